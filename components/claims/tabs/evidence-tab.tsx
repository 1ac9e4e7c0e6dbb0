import type { ClaimDetailView } from "@/lib/claims/get-claim-detail.types";
import { formatDate } from "@/lib/format/format-date";
import { EvidenceForm } from "../evidence-form";

/** The sources gathered for the claim, and the form to add one. */
export function EvidenceTab({ detail, canAdd, onChanged }: { detail: ClaimDetailView; canAdd: boolean; onChanged(): void }) {
  return (
    <div className="panel-section">
      {detail.evidence.length === 0 && <p className="muted small">No evidence yet.</p>}
      {detail.evidence.map((e) => (
        <div key={e.id} className="item" data-testid="evidence-item">
          <div className="row-wrap">
            <strong className={`small stance-${e.stance}`}>{e.stance}</strong>
            <a className="item-title" href={e.url} target="_blank" rel="noreferrer noopener">
              {e.title}
            </a>
          </div>
          <div className="small muted">
            {[e.publisher, e.publishedAt && formatDate(e.publishedAt)].filter(Boolean).join(" · ")} · accessed {formatDate(e.accessedAt)}
            {e.addedBy && ` · added by ${e.addedBy.name}`}
          </div>
          {e.excerpt && <p className="excerpt">{e.excerpt}</p>}
        </div>
      ))}
      {canAdd && <EvidenceForm claimId={detail.id} onAdded={onChanged} />}
    </div>
  );
}
