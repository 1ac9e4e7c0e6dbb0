"use client";

import { useState } from "react";
import { api } from "@/lib/client/api";
import type { AddEvidenceInput } from "@/lib/evidence/add-evidence.types";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useApiAction } from "@/components/ui/use-api-action";

const STANCES = [
  ["supports", "Supports"],
  ["refutes", "Refutes"],
  ["context", "Context"],
] as const;

export function EvidenceForm({ claimId, onAdded }: { claimId: string; onAdded(): void }) {
  const { pending, error, fieldErrors, run } = useApiAction();
  const [open, setOpen] = useState(false);
  const [formKey, setFormKey] = useState(0);

  if (!open) {
    return (
      <Button size="sm" className="gap-above" onClick={() => setOpen(true)}>
        + Add evidence
      </Button>
    );
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    const body = Object.fromEntries(["url", "title", "publisher", "publishedAt", "excerpt", "stance"].map((k) => [k, String(f.get(k) ?? "")]));
    if (!body.stance) delete body.stance;
    // What was typed goes as typed: the server checks it and names the field that is wrong.
    const done = await run(() => api.claims.addEvidence(claimId, body as unknown as AddEvidenceInput));
    if (done) {
      setFormKey((k) => k + 1);
      setOpen(false);
      onAdded();
    }
  }

  return (
    <form key={formKey} className="stack panel-form" onSubmit={onSubmit} noValidate aria-label="Add evidence">
      <h3>Add evidence</h3>
      <Field label="Source URL" name="url" error={fieldErrors.url}>
        <input id="url" name="url" type="url" placeholder="https://" />
      </Field>
      <Field label="Title" name="title" error={fieldErrors.title}>
        <input id="title" name="title" />
      </Field>
      <div className="grid-2">
        <Field label="Publisher" name="publisher" error={fieldErrors.publisher}>
          <input id="publisher" name="publisher" />
        </Field>
        <Field label="Published" name="publishedAt" error={fieldErrors.publishedAt}>
          <input id="publishedAt" name="publishedAt" type="date" />
        </Field>
      </div>
      <div className="field">
        <span className="label" id="stance-label">
          Stance
        </span>
        <div className="segmented" role="radiogroup" aria-labelledby="stance-label">
          {STANCES.map(([value, label]) => (
            <label key={value}>
              <input type="radio" name="stance" value={value} />
              {label}
            </label>
          ))}
        </div>
        {fieldErrors.stance && (
          <span className="field-error" role="alert">
            {fieldErrors.stance}
          </span>
        )}
      </div>
      <Field label="Quoted excerpt" name="excerpt" error={fieldErrors.excerpt}>
        <textarea id="excerpt" name="excerpt" placeholder="The passage of the source that bears on the claim" />
      </Field>
      {error && Object.keys(fieldErrors).length === 0 && (
        <div className="form-error" role="alert">
          {error}
        </div>
      )}
      <div className="row">
        <Button type="submit" variant="primary" size="sm" disabled={pending}>
          {pending ? "Saving…" : "Save evidence"}
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
