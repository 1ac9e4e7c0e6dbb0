import { FLAG_KINDS, FLAG_KIND_LABELS, FLAG_SEVERITIES, type FlagKind } from "@/lib/flags/flag-kinds";
import type { RatingView } from "@/lib/ratings/list-ratings.types";
import { FLAG_SEVERITY_LABELS, FlagGlyph } from "@/components/flags/flag-badges";

/**
 * What the reader's marks mean, in two lines: a claim's highlight is its verdict; a flag is a pin whose glyph
 * is its kind and whose colour is its severity. Statuses are not encoded in the text (the list and panel say).
 */
export function ArticleLegend({ ratings, flags }: { ratings: RatingView[]; flags: { kind: FlagKind }[] }) {
  // The kinds this article has, in the order of the flags list's kind filter.
  const kinds = FLAG_KINDS.filter((k) => flags.some((f) => f.kind === k));
  return (
    <div className="legend" role="group" aria-label="Legend" data-testid="legend">
      <div className="legend-row" data-testid="legend-verdicts">
        <span className="legend-label">Claims, by verdict</span>
        <span className="legend-item">
          <span className="legend-swatch claim-swatch" />
          No verdict yet
        </span>
        {ratings
          .filter((r) => !r.isDismissal)
          .map((r) => (
            <span key={r.id} className="legend-item">
              <span className="legend-swatch claim-swatch has-verdict" style={{ "--verdict-color": r.color } as React.CSSProperties} />
              {r.label}
            </span>
          ))}
      </div>
      {kinds.length > 0 && (
        <div className="legend-row" data-testid="legend-flags">
          <span className="legend-label">Flags, by severity</span>
          {FLAG_SEVERITIES.toReversed().map((s) => (
            <span key={s} className="legend-item">
              <FlagGlyph kind={kinds[0]!} severity={s} />
              {FLAG_SEVERITY_LABELS[s]}
            </span>
          ))}
        </div>
      )}
      {kinds.length > 0 && (
        // At phone width this row is left out (CSS): a pin's kind is in its tooltip and panel.
        <div className="legend-row legend-kinds" data-testid="legend-kinds">
          <span className="legend-label">Flag kinds</span>
          {kinds.map((k) => (
            <span key={k} className="legend-item">
              <FlagGlyph kind={k} />
              {FLAG_KIND_LABELS[k]}
            </span>
          ))}
        </div>
      )}
    </div>
  );
}
