"use client";

import { useState } from "react";
import type { Permission } from "@/lib/auth/permissions";
import type { ActorView } from "@/lib/auth/actor";
import type { ClaimDetailView } from "@/lib/claims/get-claim-detail.types";
import { OPEN_CLAIM_STATUSES } from "@/lib/claims/claim-status";
import { api } from "@/lib/client/api";
import { formatDate } from "@/lib/format/format-date";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { useApiAction } from "@/components/ui/use-api-action";
import { AssignForm } from "./assign-form";

/**
 * The claim's assignee and due date; an editor changes or removes them, a reviewer takes an unassigned
 * open claim.
 */
export function ClaimAssignment({ detail, actor, permissions, onChanged }: { detail: ClaimDetailView; actor: ActorView; permissions: Permission[]; onChanged(): void }) {
  const [editing, setEditing] = useState(false);
  const { pending, error, run } = useApiAction();
  const open = (OPEN_CLAIM_STATUSES as readonly string[]).includes(detail.status);
  const canAssign = permissions.includes("claim.assign") && open;
  const canTake = permissions.includes("claim.take") && open && !detail.assignee;
  if (!detail.assignee && !canAssign && !canTake) return null;

  return (
    <div className="claim-assignment" data-testid="claim-assignment">
      <div className="row-wrap">
        <span className="small">
          {detail.assignee ? (
            <>
              Assigned to <strong>{detail.assignee.id === actor.id ? "you" : detail.assignee.name}</strong>
              {detail.dueAt && <>, due {formatDate(detail.dueAt)}</>}
            </>
          ) : (
            <span className="muted">Unassigned</span>
          )}
        </span>
        <span className="spacer" />
        {canTake && (
          <Button size="sm" disabled={pending} onClick={async () => (await run(() => api.claims.take(detail.id))) && onChanged()}>
            Take
          </Button>
        )}
        {canAssign && !editing && (
          <Button size="sm" onClick={() => setEditing(true)}>
            {detail.assignee ? "Reassign…" : "Assign…"}
          </Button>
        )}
      </div>
      <FormError error={error} fieldErrors={{}} />
      {editing && (
        <AssignForm
          target={{ claimIds: [detail.id] }}
          current={{ assigneeId: detail.assignee?.id ?? null, dueAt: detail.dueAt }}
          submitLabel="Save assignment"
          allowNobody
          onCancel={() => setEditing(false)}
          onDone={() => {
            setEditing(false);
            onChanged();
          }}
        />
      )}
    </div>
  );
}
