import { CLAIM_STATUS_LABELS } from "@/lib/claims/claim-status";
import { FLAG_KINDS, FLAG_KIND_LABELS, FLAG_SEVERITIES, type FlagKind } from "@/lib/flags/flag-kinds";
import type { RatingView } from "@/lib/ratings/list-ratings.types";
import { FlagGlyph } from "@/components/flags/flag-badges";

const STATUS_VARS = ["new", "in_review", "needs_second_review", "approved", "published"] as const;

export function ArticleLegend({ ratings, flags }: { ratings: RatingView[]; flags: { kind: FlagKind }[] }) {
  // The kinds this article has, in the order of the flags list's kind filter.
  const kinds = FLAG_KINDS.filter((k) => flags.some((f) => f.kind === k));
  return (
    <div className="legend" aria-label="Legend">
      {STATUS_VARS.map((s) => (
        <span key={s} className="legend-item">
          <span className="legend-swatch" style={{ background: `var(--st-${s})` }} />
          {CLAIM_STATUS_LABELS[s]}
        </span>
      ))}
      <span className="legend-item muted">· verdict underline:</span>
      {ratings
        .filter((r) => !r.isDismissal)
        .map((r) => (
          <span key={r.id} className="legend-item">
            <span className="legend-swatch" style={{ background: r.color, height: 4 }} />
            {r.label}
          </span>
        ))}
      {kinds.length > 0 && <span className="legend-item muted">· flags:</span>}
      {kinds.map((k) => (
        <span key={k} className="legend-item">
          <FlagGlyph kind={k} />
          {FLAG_KIND_LABELS[k]}
        </span>
      ))}
      {kinds.length > 0 && (
        <span className="legend-item">
          <span className="muted">underlined by severity:</span>
          {FLAG_SEVERITIES.toReversed().map((s) => (
            <span key={s} className={`flag-mark sev-${s}`}>
              {s}
            </span>
          ))}
        </span>
      )}
    </div>
  );
}
