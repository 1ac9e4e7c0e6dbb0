"use client";

import { useId, useState } from "react";
import { api } from "@/lib/client/api";
import type { ClaimDetailView } from "@/lib/claims/get-claim-detail.types";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useApiAction } from "@/components/ui/use-api-action";
import { ActionRow } from "@/components/ui/action-row";
import { EvidenceFieldsForm } from "./evidence-form";

type EvidenceView = ClaimDetailView["evidence"][number];
type Mode = "view" | "edit" | "delete" | "archive";

/** Edit, delete (with a reason, kept in the history) and archive a copy of one piece of evidence. */
export function EvidenceItemActions({ evidence, onChanged, children }: { evidence: EvidenceView; onChanged(): void; children: React.ReactNode }) {
  const [mode, setMode] = useState<Mode>("view");
  const done = () => {
    setMode("view");
    onChanged();
  };
  if (mode === "edit") {
    return (
      <EvidenceFieldsForm
        label="Edit evidence"
        submitLabel="Save changes"
        initial={evidence}
        send={(fields) => api.evidence.update(evidence.id, { ...(fields as Parameters<typeof api.evidence.update>[1]), revision: evidence.revision })}
        onDone={done}
        onCancel={() => setMode("view")}
      />
    );
  }
  return (
    <>
      {children}
      {mode === "view" && (
        <div className="evidence-actions">
          <Button size="sm" onClick={() => setMode("edit")} aria-label={`Edit evidence “${evidence.title}”`}>
            Edit
          </Button>
          {!evidence.archive && (
            <Button size="sm" onClick={() => setMode("archive")} aria-label={`Archive a copy of “${evidence.title}”`}>
              Archive a copy…
            </Button>
          )}
          <Button size="sm" variant="danger" onClick={() => setMode("delete")} aria-label={`Delete evidence “${evidence.title}”`}>
            Delete…
          </Button>
        </div>
      )}
      {mode === "delete" && <DeleteEvidence evidence={evidence} onDone={done} onCancel={() => setMode("view")} />}
      {mode === "archive" && <ArchiveEvidence evidence={evidence} onDone={done} onCancel={() => setMode("view")} />}
    </>
  );
}

/** One request's small form: its fields (given the field errors), its message, the action and Cancel. */
function ActionForm({
  label,
  submitLabel,
  variant,
  send,
  onDone,
  onCancel,
  children,
}: {
  label: string;
  submitLabel: string;
  variant: "primary" | "danger";
  send(form: FormData): Promise<unknown>;
  onDone(): void;
  onCancel(): void;
  children(fieldErrors: Record<string, string>): React.ReactNode;
}) {
  const { pending, error, fieldErrors, run } = useApiAction();
  return (
    <form
      className="stack evidence-form"
      aria-label={label}
      onSubmit={async (e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        if (await run(() => send(form))) onDone();
      }}
    >
      {children(fieldErrors)}
      <FormError error={error} fieldErrors={fieldErrors} />
      <ActionRow label={submitLabel} variant={variant} disabled={pending} onCancel={onCancel} />
    </form>
  );
}

function DeleteEvidence({ evidence, onDone, onCancel }: { evidence: EvidenceView; onDone(): void; onCancel(): void }) {
  const ids = useId();
  return (
    <ActionForm
      label="Delete evidence"
      submitLabel="Delete evidence"
      variant="danger"
      send={(form) => api.evidence.delete(evidence.id, { revision: evidence.revision, reason: String(form.get("reason") ?? "") })}
      onDone={onDone}
      onCancel={onCancel}
    >
      {(fieldErrors) => (
        <>
      <p className="small" style={{ margin: 0 }}>
        It leaves the list and no verdict can rest on it; the history keeps it, and so does any correction of a verdict once published on it.
      </p>
      <Field label="Why (optional)" name={`${ids}-reason`} error={fieldErrors.reason}>
        <input id={`${ids}-reason`} name="reason" />
      </Field>
        </>
      )}
    </ActionForm>
  );
}

function ArchiveEvidence({ evidence, onDone, onCancel }: { evidence: EvidenceView; onDone(): void; onCancel(): void }) {
  const ids = useId();
  return (
    <ActionForm label="Archive a copy" submitLabel="Archive the copy" variant="primary" send={(form) => api.evidence.archive(evidence.id, form)} onDone={onDone} onCancel={onCancel}>
      {(fieldErrors) => (
        <>
      <p className="small" style={{ margin: 0 }}>
        Keep the source as you saw it: paste its text or upload a file (a PDF, a saved page). It is stored with its SHA-256 and is never replaced.
      </p>
      <Field label="Pasted text" name={`${ids}-text`} error={fieldErrors.text}>
        <textarea id={`${ids}-text`} name="text" />
      </Field>
      <Field label="Or a file" name={`${ids}-file`} error={fieldErrors.file}>
        <input id={`${ids}-file`} name="file" type="file" />
      </Field>
      <Field label="Captured on (optional, default now)" name={`${ids}-captured`} error={fieldErrors.capturedAt}>
        <input id={`${ids}-captured`} name="capturedAt" type="date" />
      </Field>
        </>
      )}
    </ActionForm>
  );
}
