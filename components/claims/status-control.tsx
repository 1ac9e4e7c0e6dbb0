"use client";

import { useState } from "react";
import type { ClaimStatus } from "@/lib/db/generated/enums";
import type { Permission } from "@/lib/auth/permissions";
import { allowedTransitions } from "@/lib/claims/claim-status";
import { api } from "@/lib/client/api";
import { Button } from "@/components/ui/button";
import { ReasonForm } from "@/components/ui/reason-form";
import { useApiAction } from "@/components/ui/use-api-action";
import { ConfirmDialog, Dialog } from "@/components/ui/dialog";
import type { ClaimDetailView } from "@/lib/claims/get-claim-detail.types";

const ACTION_LABELS: Partial<Record<`${ClaimStatus}>${ClaimStatus}`, string>> = {
  "new>in_review": "Start review",
  "in_review>new": "Back to new",
  "in_review>needs_second_review": "Ask for second review",
  "needs_second_review>in_review": "Back to review",
  "approved>in_review": "Send back",
  "approved>published": "Publish",
  "published>in_review": "Reopen for correction…",
  "dismissed>new": "Reopen",
};
const REASON_PROMPTS: Partial<Record<ClaimStatus, { label: string; submit: string }>> = {
  dismissed: { label: "Why dismiss this claim?", submit: "Dismiss claim" },
  published: { label: "Why must the published verdict be corrected?", submit: "Reopen" },
};
const SEND_BACK = { label: "What should the reviewer look at again?", submit: "Send back" };

/**
 * The workflow moves this user may make on the claim, as buttons; dismissing and sending back ask why.
 * Publishing (the verdict goes out) asks for confirmation; reopening a published claim (unpublishing it for
 * a correction) asks why in a dialog.
 */
export function StatusControl({ detail, permissions, onChanged }: { detail: ClaimDetailView; permissions: Permission[]; onChanged(): void }) {
  const { pending, error, fieldErrors, run } = useApiAction();
  const [asking, setAsking] = useState<ClaimStatus | null>(null);
  const [confirmingPublish, setConfirmingPublish] = useState(false);
  const prompt = asking === "dismissed" ? REASON_PROMPTS.dismissed! : (REASON_PROMPTS[detail.status] ?? SEND_BACK);
  const finalLabel = detail.verdicts.find((v) => v.id === detail.finalVerdictId)?.rating.label;
  const unpublishing = detail.status === "published" && asking === "in_review";
  const moves = allowedTransitions(detail.status).filter((t) => permissions.includes(t.permission));
  if (!moves.length) return null;

  async function move(to: ClaimStatus, withReason?: string) {
    const done = await run(() => api.claims.changeStatus(detail.id, { status: to, revision: detail.revision, reason: withReason }));
    if (done) {
      setAsking(null);
      setConfirmingPublish(false);
      onChanged();
    }
  }

  return (
    <div className="status-control">
      <div className="row-wrap">
        {moves.map(({ to, needsReason }) => {
          // A claim the analysis proposed is accepted into review, or dismissed.
          const accepting = detail.origin === "analysis" && detail.status === "new" && to === "in_review";
          const label = to === "dismissed" ? "Dismiss…" : accepting ? "Accept" : (ACTION_LABELS[`${detail.status}>${to}`] ?? to);
          const primary = to === "published" || accepting;
          return (
            <Button
              key={to}
              size="sm"
              variant={primary ? "primary" : to === "dismissed" ? "danger" : "default"}
              disabled={pending}
              onClick={() => (needsReason ? setAsking(to) : to === "published" ? setConfirmingPublish(true) : void move(to))}
            >
              {label}
            </Button>
          );
        })}
      </div>
      {asking && !unpublishing && (
        <ReasonForm
          key={asking}
          id="status-reason"
          formLabel={prompt.submit}
          label={prompt.label}
          submitLabel={prompt.submit}
          variant={asking === "dismissed" ? "danger" : "primary"}
          placeholder={asking === "dismissed" ? "Not a claim: opinion / prediction / duplicate…" : undefined}
          error={fieldErrors.reason}
          pending={pending}
          onSubmit={(reason) => void move(asking, reason)}
          onCancel={() => setAsking(null)}
        />
      )}
      <ConfirmDialog
        open={confirmingPublish}
        title="Publish this verdict?"
        confirmLabel="Publish"
        pending={pending}
        error={error}
        onCancel={() => setConfirmingPublish(false)}
        onConfirm={() => void move("published")}
      >
        <p>
          The verdict{finalLabel ? <> <strong>{finalLabel}</strong></> : null} goes out: in the published report, on the shared links and on the claim&rsquo;s public page.
        </p>
      </ConfirmDialog>
      <Dialog open={unpublishing} title="Unpublish and reopen for a correction?" onClose={() => setAsking(null)} testId="unpublish-dialog">
        <p className="dialog-text">The claim goes back into review and its published verdict is marked as being corrected until it is published again.</p>
        <ReasonForm
          id="status-reason"
          formLabel="Unpublish"
          label={REASON_PROMPTS.published!.label}
          submitLabel="Unpublish"
          variant="danger"
          error={fieldErrors.reason}
          pending={pending}
          onSubmit={(reason) => void move("in_review", reason)}
          onCancel={() => setAsking(null)}
        />
      </Dialog>
      {error && !fieldErrors.reason && !confirmingPublish && (
        <div className="form-error spaced" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
