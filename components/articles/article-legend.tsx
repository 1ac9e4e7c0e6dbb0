import { CLAIM_STATUS_LABELS } from "@/lib/claims/claim-status";
import { FLAG_KIND_LABELS, type FlagKind } from "@/lib/flags/flag-kinds";
import type { RatingView } from "@/lib/ratings/list-ratings";
import { FLAG_STYLE } from "@/components/flags/flag-style";

const STATUS_VARS = ["new", "in_review", "needs_second_review", "approved", "published"] as const;

export function ArticleLegend({ ratings, flags }: { ratings: RatingView[]; flags: { kind: FlagKind }[] }) {
  const kinds = [...new Set(flags.map((f) => f.kind))];
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
          <span className="flag-pin" style={{ background: FLAG_STYLE[k].color }} aria-hidden>
            {FLAG_STYLE[k].glyph}
          </span>
          {FLAG_KIND_LABELS[k]}
        </span>
      ))}
    </div>
  );
}
