"use client";

import { useState } from "react";
import type { ClaimStatus } from "@/lib/db/generated/enums";
import type { Permission } from "@/lib/auth/permissions";
import { allowedTransitions } from "@/lib/claims/claim-status";
import { api } from "@/lib/client/api";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useApiAction } from "@/components/ui/use-api-action";
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

/** The workflow moves this user may make on the claim, as buttons; dismissing and sending back ask why. */
export function StatusControl({ detail, permissions, onChanged }: { detail: ClaimDetailView; permissions: Permission[]; onChanged(): void }) {
  const { pending, error, fieldErrors, run } = useApiAction();
  const [asking, setAsking] = useState<ClaimStatus | null>(null);
  const prompt = asking === "dismissed" ? REASON_PROMPTS.dismissed! : (REASON_PROMPTS[detail.status] ?? SEND_BACK);
  const [reason, setReason] = useState("");
  const moves = allowedTransitions(detail.status).filter((t) => permissions.includes(t.permission));
  if (!moves.length) return null;

  async function move(to: ClaimStatus, withReason?: string) {
    const done = await run(() => api.claims.changeStatus(detail.id, { status: to, revision: detail.revision, reason: withReason }));
    if (done) {
      setAsking(null);
      setReason("");
      onChanged();
    }
  }

  return (
    <div style={{ marginTop: 12 }}>
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
              onClick={() => (needsReason ? setAsking(to) : void move(to))}
            >
              {label}
            </Button>
          );
        })}
      </div>
      {asking && (
        <form
          className="stack"
          style={{ marginTop: 10 }}
          onSubmit={(e) => {
            e.preventDefault();
            void move(asking, reason);
          }}
        >
          <Field label={prompt.label} name="status-reason" error={fieldErrors.reason}>
            <textarea id="status-reason" value={reason} onChange={(e) => setReason(e.target.value)} placeholder={asking === "dismissed" ? "Not a claim: opinion / prediction / duplicate…" : ""} />
          </Field>
          <div className="row">
            <Button type="submit" size="sm" variant={asking === "dismissed" ? "danger" : "primary"} disabled={pending}>
              {prompt.submit}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setAsking(null)}>
              Cancel
            </Button>
          </div>
        </form>
      )}
      {error && !fieldErrors.reason && (
        <div className="form-error" role="alert" style={{ marginTop: 8 }}>
          {error}
        </div>
      )}
    </div>
  );
}
