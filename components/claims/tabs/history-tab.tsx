import type { ClaimDetailView } from "@/lib/claims/get-claim-detail.types";
import { formatDateTime } from "@/lib/format/format-date";

/** What happened to the claim, in words (the lines come from describeAuditEvent on the server). */
export function HistoryTab({ detail }: { detail: ClaimDetailView }) {
  return (
    <div className="panel-section">
      <ul className="history" data-testid="claim-history">
        {detail.history.map((h) => (
          <li key={h.id}>
            <span className="muted">{formatDateTime(h.createdAt)}</span> · {h.description}
            {h.onMergedClaim && <span className="muted"> (on a claim since merged into this one)</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
