"use client";

import { useId, useState } from "react";
import { api } from "@/lib/client/api";
import type { AssignClaimsInput } from "@/lib/assignments/assign-claims.types";
import { Field } from "@/components/ui/field";
import { useApiAction } from "@/components/ui/use-api-action";
import { ActionRow } from "@/components/ui/action-row";
import { usePeople } from "@/components/people/use-people";

/**
 * Who and by when: a person of the desk (or nobody, to unassign) and an optional due date, sent to
 * POST /api/assignments for the claims or the article named by `target`.
 */
export function AssignForm({
  target,
  current,
  submitLabel,
  allowNobody,
  onDone,
  onCancel,
}: {
  target: { claimIds: string[] } | { articleId: string };
  current?: { assigneeId: string | null; dueAt: string | null };
  submitLabel: string;
  allowNobody: boolean;
  onDone(result: { assigned: number }): void;
  onCancel(): void;
}) {
  const people = usePeople();
  const ids = useId();
  const [assigneeId, setAssigneeId] = useState(current?.assigneeId ?? "");
  const [dueAt, setDueAt] = useState(current?.dueAt?.slice(0, 10) ?? "");
  const { pending, error, fieldErrors, run } = useApiAction();

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    const body: AssignClaimsInput = { ...target, assigneeId: assigneeId || null, dueAt: dueAt || null };
    const result = await run(() => api.assignments.assign(body));
    if (result) onDone(result);
  }

  return (
    <form className="stack assign-form" onSubmit={onSubmit} aria-label={submitLabel} noValidate>
      <Field label="Assign to" name={`${ids}-assignee`} error={fieldErrors.assigneeId}>
        <select id={`${ids}-assignee`} value={assigneeId} onChange={(e) => setAssigneeId(e.target.value)} disabled={!people}>
          <option value="">{allowNobody ? "Nobody (unassigned)" : "Choose a person…"}</option>
          {people?.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} ({p.role})
            </option>
          ))}
        </select>
      </Field>
      <Field label="Due date (optional)" name={`${ids}-due`} error={fieldErrors.dueAt}>
        <input id={`${ids}-due`} type="date" value={dueAt} onChange={(e) => setDueAt(e.target.value)} />
      </Field>
      {error && !fieldErrors.assigneeId && !fieldErrors.dueAt && (
        <div className="form-error" role="alert">
          {error}
        </div>
      )}
      <ActionRow label={pending ? "Saving…" : submitLabel} disabled={pending || (!allowNobody && !assigneeId)} onCancel={onCancel} />
    </form>
  );
}
