import type { WorkspaceClaim, WorkspaceFlag } from "@/lib/articles/to-workspace-view";
import { CLAIM_STATUSES, CLAIM_STATUS_LABELS } from "@/lib/claims/claim-status";
import { FLAG_KINDS, FLAG_KIND_LABELS, isFlagClosed } from "@/lib/flags/flag-kinds";
import type { RatingView } from "@/lib/ratings/list-ratings.types";
import { FLAG_STYLE } from "@/components/flags/flag-style";
import { FlagGlyph } from "@/components/flags/flag-badges";

// Strong status colours for bars (the status badges' tints are too pale for them).
const STATUS_BAR_COLOR = { new: "#6b93e6", in_review: "#dba21c", needs_second_review: "#a56bd6", approved: "#2f9e7a", published: "#2d9a4a", dismissed: "#9aa3ad" } as const;

function Bars({ rows, total }: { rows: { key: string; label: React.ReactNode; count: number; color: string }[]; total: number }) {
  return (
    <div className="summary-rows">
      {rows.map((r) => (
        <div key={r.key} className="summary-row">
          <span className="summary-label">{r.label}</span>
          <span className="summary-track" aria-hidden>
            <span className="summary-fill" style={{ width: `${total ? (100 * r.count) / total : 0}%`, background: r.color }} />
          </span>
          <span className="summary-count">{r.count}</span>
        </div>
      ))}
    </div>
  );
}

/** The article at a glance: where its claims stand, how they were rated, what its flags are. */
export function ArticleSummary({ claims, flags, ratings }: { claims: WorkspaceClaim[]; flags: WorkspaceFlag[]; ratings: RatingView[] }) {
  const count = <T,>(items: T[], pick: (item: T) => string | null | undefined) => {
    const m = new Map<string, number>();
    for (const i of items) {
      const k = pick(i);
      if (k) m.set(k, (m.get(k) ?? 0) + 1);
    }
    return m;
  };
  const byStatus = count(claims, (c) => c.status);
  const byRating = count(claims, (c) => c.finalRating?.slug);
  const liveFlags = flags.filter((f) => !isFlagClosed(f.status));
  const byKind = count(liveFlags, (f) => f.kind);
  const rated = [...byRating.values()].reduce((a, b) => a + b, 0);
  return (
    <div className="panel-section" data-testid="article-summary">
      <h3>Claims by status</h3>
      <Bars
        total={claims.length}
        rows={CLAIM_STATUSES.filter((s) => byStatus.has(s)).map((s) => ({ key: s, label: CLAIM_STATUS_LABELS[s], count: byStatus.get(s) ?? 0, color: STATUS_BAR_COLOR[s] }))}
      />
      <h3 className="summary-heading">Final verdicts</h3>
      {rated === 0 ? (
        <p className="muted small">No final verdicts yet.</p>
      ) : (
        <Bars total={rated} rows={ratings.filter((r) => byRating.has(r.slug)).map((r) => ({ key: r.slug, label: r.label, count: byRating.get(r.slug) ?? 0, color: r.color }))} />
      )}
      <h3 className="summary-heading">Flags by kind</h3>
      {liveFlags.length === 0 ? (
        <p className="muted small">No open or confirmed flags.</p>
      ) : (
        <Bars
          total={liveFlags.length}
          rows={FLAG_KINDS.filter((k) => byKind.has(k)).map((k) => ({
            key: k,
            label: (
              <>
                <FlagGlyph kind={k} />
                {FLAG_KIND_LABELS[k]}
              </>
            ),
            count: byKind.get(k) ?? 0,
            color: FLAG_STYLE[k].color,
          }))}
        />
      )}
    </div>
  );
}
