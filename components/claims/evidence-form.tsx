"use client";

import { useId, useState } from "react";
import { api } from "@/lib/client/api";
import type { AddEvidenceInput } from "@/lib/evidence/add-evidence.types";
import type { ClaimDetailView } from "@/lib/claims/get-claim-detail.types";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useApiAction } from "@/components/ui/use-api-action";
import { ActionRow } from "@/components/ui/action-row";

const STANCES = [
  ["supports", "Supports"],
  ["refutes", "Refutes"],
  ["context", "Context"],
] as const;

type EvidenceView = ClaimDetailView["evidence"][number];
/** What the form sends: the fields as typed (the server checks them and names the one that is wrong). */
export type EvidenceFields = Record<"url" | "title" | "publisher" | "publishedAt" | "excerpt" | "stance", string>;

/** "+ Add evidence", opening the form that adds a source to the claim. */
export function EvidenceForm({ claimId, onAdded }: { claimId: string; onAdded(): void }) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button size="sm" className="evidence-add" onClick={() => setOpen(true)}>
        + Add evidence
      </Button>
    );
  }
  return (
    <EvidenceFieldsForm
      label="Add evidence"
      submitLabel="Save evidence"
      send={(fields) => api.claims.addEvidence(claimId, fields as unknown as AddEvidenceInput)}
      onDone={() => {
        setOpen(false);
        onAdded();
      }}
      onCancel={() => setOpen(false)}
    />
  );
}

/** The evidence's fields, empty or as `initial` holds them; `send` makes the request. */
export function EvidenceFieldsForm({
  label,
  submitLabel,
  initial,
  send,
  onDone,
  onCancel,
}: {
  label: string;
  submitLabel: string;
  initial?: EvidenceView;
  send(fields: Partial<EvidenceFields>): Promise<unknown>;
  onDone(): void;
  onCancel(): void;
}) {
  const { pending, error, fieldErrors, run } = useApiAction();
  const ids = useId();
  // The add form keeps the plain ids ("url"); an edit form's are its own, as several may be open.
  const id = (name: string) => (initial ? `${ids}-${name}` : name);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    const fields: Partial<EvidenceFields> = Object.fromEntries(["url", "title", "publisher", "publishedAt", "excerpt", "stance"].map((k) => [k, String(f.get(k) ?? "")]));
    if (!fields.stance) delete fields.stance;
    if (await run(() => send(fields))) onDone();
  }

  return (
    <form className="stack evidence-form" onSubmit={onSubmit} noValidate aria-label={label}>
      <h3>{label}</h3>
      <Field label="Source URL" name={id("url")} error={fieldErrors.url}>
        <input id={id("url")} name="url" type="url" placeholder="https://" defaultValue={initial?.url} />
      </Field>
      <Field label="Title" name={id("title")} error={fieldErrors.title}>
        <input id={id("title")} name="title" defaultValue={initial?.title} />
      </Field>
      <div className="grid-2">
        <Field label="Publisher" name={id("publisher")} error={fieldErrors.publisher}>
          <input id={id("publisher")} name="publisher" defaultValue={initial?.publisher ?? ""} />
        </Field>
        <Field label="Published" name={id("publishedAt")} error={fieldErrors.publishedAt}>
          <input id={id("publishedAt")} name="publishedAt" type="date" defaultValue={initial?.publishedAt?.slice(0, 10) ?? ""} />
        </Field>
      </div>
      <div className="field">
        <span className="label" id={id("stance-label")}>
          Stance
        </span>
        <div className="segmented" role="radiogroup" aria-labelledby={id("stance-label")}>
          {STANCES.map(([value, text]) => (
            <label key={value}>
              <input type="radio" name="stance" value={value} defaultChecked={initial?.stance === value} />
              {text}
            </label>
          ))}
        </div>
        {fieldErrors.stance && (
          <span className="field-error" role="alert">
            {fieldErrors.stance}
          </span>
        )}
      </div>
      <Field label="Quoted excerpt" name={id("excerpt")} error={fieldErrors.excerpt}>
        <textarea id={id("excerpt")} name="excerpt" placeholder="The passage of the source that bears on the claim" defaultValue={initial?.excerpt ?? ""} />
      </Field>
      {error && Object.keys(fieldErrors).length === 0 && (
        <div className="form-error" role="alert">
          {error}
        </div>
      )}
      <ActionRow label={pending ? "Saving…" : submitLabel} disabled={pending} onCancel={onCancel} />
    </form>
  );
}
