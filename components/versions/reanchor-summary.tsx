import type { ReanchorSummary as Summary } from "@/lib/articles/reanchor-annotations";

const PARTS = [
  { key: "anchored", label: "found again", className: "ra-anchored" },
  { key: "fuzzy", label: "re-anchored fuzzily (check the span)", className: "ra-fuzzy" },
  { key: "orphaned", label: "orphaned (text gone)", className: "ra-orphaned" },
] as const;

/** How the claims and flags fared when a new version came in: a stacked bar and the three counts (compact: the counts on one line). */
export function ReanchorSummary({ summary, compact = false }: { summary: Summary; compact?: boolean }) {
  const total = summary.anchored + summary.fuzzy + summary.orphaned;
  if (total === 0) return <span className="small muted">nothing to re-anchor</span>;
  return (
    <div className={compact ? "ra ra-compact" : "ra"}>
      {!compact && (
        <div className="ra-bar" role="img" aria-label={PARTS.map((p) => `${summary[p.key]} ${p.label}`).join(", ")}>
          {PARTS.map((p) => (summary[p.key] ? <span key={p.key} className={p.className} style={{ flexGrow: summary[p.key] }} /> : null))}
        </div>
      )}
      <ul className={compact ? "ra-counts ra-inline" : "ra-counts"}>
        {PARTS.map((p) => (
          <li key={p.key} className={summary[p.key] ? undefined : "muted"}>
            <span className={`ra-dot ${p.className}`} aria-hidden />
            <strong>{summary[p.key]}</strong> {compact ? p.label.replace(/ \(.*\)$/, "") : p.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
