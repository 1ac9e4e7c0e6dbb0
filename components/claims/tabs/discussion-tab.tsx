import type { ClaimDetailView } from "@/lib/claims/get-claim-detail.types";
import { formatDateTime } from "@/lib/format/format-date";
import { CommentForm } from "../comment-form";
import { CommentBody } from "@/components/comments/comment-body";

/** The comments on the claim, oldest first, and the form to add one. */
export function DiscussionTab({ detail, canComment, onChanged }: { detail: ClaimDetailView; canComment: boolean; onChanged(): void }) {
  return (
    <div className="panel-section">
      {detail.comments.length === 0 && <p className="muted small">No comments yet.</p>}
      {detail.comments.map((c) => (
        <div key={c.id} className="item">
          <div className="small">
            <strong>{c.author.name}</strong> <span className="muted">{formatDateTime(c.createdAt)}</span>
          </div>
          <CommentBody body={c.body} />
        </div>
      ))}
      {canComment && <CommentForm claimId={detail.id} onAdded={onChanged} />}
    </div>
  );
}
