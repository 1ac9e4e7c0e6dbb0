const ROW = 26;
const LABEL = 190;
const WIDTH = 560;
const FALLBACK_COLOR = "#4b6b8a";

export interface BarRow {
  label: string;
  value: number | null;
  color?: string;
  /** The table's cells for this row when it has more columns than the bar's value. */
  cells?: (string | number)[];
}

/**
 * A horizontal bar chart drawn on the server as SVG (the geometry of lib/reports/render-bar-chart-svg.ts), each
 * bar with its number beside it and on hover. The chart is hidden from screen readers, which read the table
 * after it instead: the same numbers, with their column headings.
 */
export function BarChart({ title, rows, columns, caption = title, format = String, max }: { title: string; rows: BarRow[]; columns: string[]; caption?: string; format?: (value: number) => string; max?: number }) {
  const top = Math.max(max ?? 0, 1e-9, ...rows.map((r) => r.value ?? 0));
  const height = Math.max(1, rows.length) * ROW + 8;
  const barSpace = WIDTH - LABEL - 64;
  return (
    <figure className="chart-figure">
      <figcaption className="chart-title">{title}</figcaption>
      <svg className="chart" aria-hidden="true" viewBox={`0 0 ${WIDTH} ${height}`} width="100%" preserveAspectRatio="xMinYMin meet">
        {rows.map((r, i) => {
          const y = 4 + i * ROW;
          const w = r.value === null ? 0 : Math.max(2, Math.round((Math.max(0, r.value) / top) * barSpace));
          const color = /^#[0-9a-f]{3,8}$/i.test(r.color ?? "") ? r.color : FALLBACK_COLOR;
          const shown = r.value === null ? "—" : format(r.value);
          return (
            <g key={i}>
              <title>{`${r.label}: ${shown}`}</title>
              <text x={LABEL - 8} y={y + 15} textAnchor="end" className="chart-label">
                {r.label}
              </text>
              <rect x={LABEL} y={y + 2} width={w} height={ROW - 8} rx={3} fill={color} />
              <text x={LABEL + w + 6} y={y + 15} className="chart-value">
                {shown}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="visually-hidden">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <th scope="row">{r.label}</th>
              {(r.cells ?? [r.value === null ? "—" : format(r.value)]).map((cell, j) => (
                <td key={j}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
