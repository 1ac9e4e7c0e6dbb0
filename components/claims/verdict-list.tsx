"use client";

import { api } from "@/lib/client/api";
import { formatDateTime } from "@/lib/format/format-date";
import { Button } from "@/components/ui/button";
import { useApiAction } from "@/components/ui/use-api-action";
import { ConfirmDialog } from "@/components/ui/dialog";
import { useState } from "react";
import type { ClaimDetailView } from "@/lib/claims/get-claim-detail.types";
import { RatingPill } from "@/components/ui/rating-pill";
import { countOf } from "@/lib/format/count";

/** Every reviewer's verdict side by side, whether they agree, and (for editors) the approve buttons. */
export function VerdictList({ detail, canApprove, onChanged }: { detail: ClaimDetailView; canApprove: boolean; onChanged(): void }) {
  const { pending, error, run } = useApiAction();
  const [approving, setApproving] = useState<string | null>(null);
  const toApprove = detail.verdicts.find((v) => v.id === approving);
  const verdicts = detail.verdicts;
  const labels = [...new Set(verdicts.map((v) => v.rating.label))];
  const approvable = canApprove && detail.status !== "published" && detail.status !== "dismissed";

  if (!verdicts.length) return <p className="muted small">No verdicts yet.</p>;
  return (
    <div data-testid="verdict-list">
      {verdicts.length > 1 && (
        <p className="small flush-top">
          {labels.length === 1 ? (
            <span className="stance-supports">✓ {countOf(verdicts.length, { one: "reviewer agrees", other: "reviewers agree" })}: {labels[0]}</span>
          ) : (
            <span className="stance-refutes">≠ Reviewers disagree: {labels.join(" vs ")}</span>
          )}
        </p>
      )}
      {verdicts.map((v) => {
        const isFinal = v.id === detail.finalVerdictId;
        return (
          <div key={v.id} className="item" data-testid="verdict-item" style={isFinal ? { borderColor: v.rating.color, boxShadow: `inset 3px 0 0 ${v.rating.color}` } : undefined}>
            <div className="row-wrap">
              <RatingPill rating={v.rating} />
              <strong className="small">{v.reviewer.name}</strong>
              <span className="small muted">confidence {v.confidence}%</span>
              {isFinal && <span className="badge badge-status-approved">Final</span>}
            </div>
            <p className="verdict-rationale">{v.rationale}</p>
            <div className="row-wrap small muted verdict-meta">
              <span data-testid="verdict-rated-at">
                {v.evidenceIds.length} evidence · {formatDateTime(v.ratedAt)}
              </span>
              {v.approvedAt && (
                <span data-testid="verdict-approved-at">
                  · approved {formatDateTime(v.approvedAt)}
                  {v.approvedBy && ` by ${v.approvedBy.name}`}
                </span>
              )}
              <span className="spacer" />
              {approvable && !isFinal && (
                <Button
                  size="sm"
                  variant="primary"
                  disabled={pending}
                  onClick={() => setApproving(v.id)}
                >
                  Approve as final
                </Button>
              )}
            </div>
          </div>
        );
      })}
      {error && !toApprove && (
        <div className="form-error spaced" role="alert">
          {error}
        </div>
      )}
      <ConfirmDialog
        open={Boolean(toApprove)}
        title="Approve this verdict as final?"
        confirmLabel="Approve"
        pending={pending}
        error={error}
        onCancel={() => setApproving(null)}
        onConfirm={async () => {
          if (!toApprove) return;
          if (await run(() => api.verdicts.approve(toApprove.id, { claimRevision: detail.revision }))) {
            setApproving(null);
            onChanged();
          }
        }}
      >
        {toApprove && (
          <p>
            {toApprove.reviewer.name}&rsquo;s verdict <strong>{toApprove.rating.label}</strong> becomes the claim&rsquo;s final verdict, and the claim is approved, ready to publish.
          </p>
        )}
      </ConfirmDialog>
    </div>
  );
}
