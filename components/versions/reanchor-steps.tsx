import type { VersionSummary } from "@/lib/articles/get-article-versions";
import { countOf } from "@/lib/format/count";
import { ReanchorSummary } from "./reanchor-summary";

/** How the claims and flags were re-anchored at each step between the two versions compared. */
export function ReanchorSteps({ steps }: { steps: VersionSummary[] }) {
  if (!steps.some((s) => s.reanchored)) return null;
  return (
    <section className="card" aria-label="Re-anchoring">
      <h3 className="versions-card-title">Re-anchoring of claims and flags</h3>
      <div className="stack versions-card-body" data-testid="reanchor-summary">
        {steps.map((s) =>
          s.reanchored ? (
            <div key={s.number}>
              <div className="small muted reanchor-step-title">
                When v{s.number} came in
                {s.claimsProposed ? ` (${countOf(s.claimsProposed, { one: "new claim", other: "new claims" })} proposed)` : ""}
              </div>
              <ReanchorSummary summary={s.reanchored} />
            </div>
          ) : null,
        )}
      </div>
    </section>
  );
}
