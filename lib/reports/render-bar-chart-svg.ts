import { escapeHtml } from "./safe-text";
import type { ReportCount } from "./report.types";

const ROW = 26;
const LABEL = 170;
const WIDTH = 560;

/**
 * A horizontal bar chart as inline SVG, drawn on the server (no script needed to see it, prints as vectors):
 * one bar per count with its label and number, a <title> and a text fallback for screen readers.
 */
export function renderBarChartSvg(title: string, counts: readonly ReportCount[], fallbackColor = "#4b6b8a"): string {
  const max = Math.max(1, ...counts.map((c) => c.count));
  const height = Math.max(1, counts.length) * ROW + 8;
  const barSpace = WIDTH - LABEL - 48;
  const id = `chart-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  const bars = counts
    .map((c, i) => {
      const y = 4 + i * ROW;
      const w = Math.max(2, Math.round((c.count / max) * barSpace));
      const color = /^#[0-9a-f]{3,8}$/i.test(c.color ?? "") ? c.color! : fallbackColor;
      return [
        `<text x="${LABEL - 8}" y="${y + 15}" text-anchor="end" class="chart-label">${escapeHtml(c.label)}</text>`,
        `<rect x="${LABEL}" y="${y + 2}" width="${w}" height="${ROW - 8}" rx="3" fill="${color}"/>`,
        `<text x="${LABEL + w + 6}" y="${y + 15}" class="chart-value">${c.count}</text>`,
      ].join("");
    })
    .join("");
  const empty = counts.length ? "" : `<text x="0" y="18" class="chart-label">None</text>`;
  const description = counts.map((c) => `${c.label}: ${c.count}`).join(", ") || "none";
  return `<svg class="chart" role="img" aria-labelledby="${id}" viewBox="0 0 ${WIDTH} ${height}" width="100%" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg"><title id="${id}">${escapeHtml(`${title}: ${description}`)}</title>${bars}${empty}</svg>`;
}
