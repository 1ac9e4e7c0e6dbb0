import type { ClaimDetailView } from "@/lib/claims/get-claim-detail.types";
import { api } from "@/lib/client/api";
import { formatDate } from "@/lib/format/format-date";
import { EvidenceForm } from "../evidence-form";
import { EvidenceItemActions } from "../evidence-item-actions";

/** "text, 1,204 bytes, SHA-256 3f2a…, captured 2 Nov 2025". */
function archiveLine(a: NonNullable<ClaimDetailView["evidence"][number]["archive"]>): string {
  return `${a.kind === "file" ? (a.fileName ?? "file") : "pasted text"}, ${a.byteSize.toLocaleString("en")} bytes, captured ${formatDate(a.capturedAt)}`;
}

/**
 * The sources gathered for the claim, and the form to add one. Their own evidence (anyone's, for editors)
 * can be edited, deleted or archived while the claim is not published.
 */
export function EvidenceTab({ detail, canAdd, actorId, canEditAny, onChanged }: { detail: ClaimDetailView; canAdd: boolean; actorId: string; canEditAny: boolean; onChanged(): void }) {
  const editable = (e: ClaimDetailView["evidence"][number]) => canAdd && detail.status !== "published" && (canEditAny || e.addedBy?.id === actorId);
  return (
    <div className="panel-section">
      {detail.evidence.length === 0 && <p className="muted small">No evidence yet.</p>}
      {detail.evidence.map((e) => {
        const body = (
          <>
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
            {e.archive && (
              <div className="evidence-archive" data-testid="evidence-archive">
                Archived copy: {archiveLine(e.archive)} ·{" "}
                <span className="mono" title="SHA-256">
                  {e.archive.sha256}
                </span>{" "}
                · <a href={api.evidence.archiveUrl(e.id)}>Download</a>
              </div>
            )}
          </>
        );
        return (
          <div key={e.id} className="item" data-testid="evidence-item">
            {editable(e) ? (
              <EvidenceItemActions key={e.revision} evidence={e} onChanged={onChanged}>
                {body}
              </EvidenceItemActions>
            ) : (
              body
            )}
          </div>
        );
      })}
      {canAdd && <EvidenceForm claimId={detail.id} onAdded={onChanged} />}
    </div>
  );
}
