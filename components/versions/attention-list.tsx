import Link from "next/link";
import type { ArticleVersions } from "@/lib/articles/get-article-versions";
import { CLAIM_STATUS_LABELS } from "@/lib/claims/claim-status";
import { FLAG_KIND_LABELS } from "@/lib/flags/flag-kinds";

function AnchorBadge({ state }: { state: "anchored" | "fuzzy" | "orphaned" }) {
  return state === "orphaned" ? <span className="badge badge-gone">text gone</span> : <span className="badge badge-check">check the span</span>;
}

/** The claims and flags that need a look since the text changed, each linking to the workspace with it open. */
export function AttentionList({ attention, workspace }: { attention: ArticleVersions["attention"]; workspace: string }) {
  return (
    <section className="card" aria-label="Needs a look">
      <h3 className="versions-card-title">Needs a look now</h3>
      {attention.claims.length + attention.flags.length === 0 ? (
        <div className="empty">Every claim and flag is anchored in the current text.</div>
      ) : (
        <ul className="claim-list" data-testid="attention-list">
          {attention.claims.map((c) => (
            <li key={c.id}>
              <Link className="attention-item" href={`${workspace}?claim=${encodeURIComponent(c.id)}`}>
                <div className="row-wrap attention-item-head">
                  <span className="small muted">Claim</span>
                  <span className={`badge badge-status-${c.status}`}>{CLAIM_STATUS_LABELS[c.status]}</span>
                  <AnchorBadge state={c.anchorState} />
                </div>
                <span className="claim-text">“{c.exact}”</span>
              </Link>
            </li>
          ))}
          {attention.flags.map((f) => (
            <li key={f.id}>
              <Link className="attention-item" href={`${workspace}?flag=${encodeURIComponent(f.id)}`}>
                <div className="row-wrap attention-item-head">
                  <span className="small muted">Flag</span>
                  <strong className="small">{FLAG_KIND_LABELS[f.kind]}</strong>
                  <AnchorBadge state={f.anchorState} />
                </div>
                <span className="claim-text">“{f.exact}”</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
