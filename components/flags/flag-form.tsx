"use client";

import { useState } from "react";
import { FLAG_KINDS, FLAG_KIND_LABELS, FLAG_SEVERITIES, type FlagKind, type FlagSeverity } from "@/lib/flags/flag-kinds";
import { api } from "@/lib/client/api";
import type { CreateFlagInput } from "@/lib/flags/create-flag.types";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useApiAction } from "@/components/ui/use-api-action";

/** Flag an error by hand, on a claim or on a selected span. */
export function FlagForm({
  articleId,
  target,
  onCreated,
  onCancel,
}: {
  articleId: string;
  target: { claimId: string } | { start: number; end: number };
  onCreated(id: string): void;
  onCancel?(): void;
}) {
  const { pending, error, fieldErrors, run } = useApiAction();
  const [kind, setKind] = useState<FlagKind | "">("");
  const [severity, setSeverity] = useState<FlagSeverity>("medium");
  const [note, setNote] = useState("");

  return (
    <form
      className="stack panel-form"
      aria-label="Flag an error"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const result = await run(() => api.articles.createFlag(articleId, { ...target, kind: (kind || undefined) as CreateFlagInput["kind"], severity, note }));
        if (result) onCreated(result.flag.id);
      }}
    >
      <Field label="Kind of error" name="flag-kind" error={fieldErrors.kind}>
        <select id="flag-kind" value={kind} onChange={(e) => setKind(e.target.value as FlagKind)}>
          <option value="">Choose…</option>
          {FLAG_KINDS.map((k) => (
            <option key={k} value={k}>
              {FLAG_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </Field>
      <div className="field">
        <span className="label" id="severity-label">
          Severity
        </span>
        <div className="segmented" role="radiogroup" aria-labelledby="severity-label">
          {FLAG_SEVERITIES.map((s) => (
            <label key={s}>
              <input type="radio" name="flag-severity" value={s} checked={severity === s} onChange={() => setSeverity(s)} />
              {s}
            </label>
          ))}
        </div>
      </div>
      <Field label="What is wrong" name="flag-note" error={fieldErrors.note}>
        <textarea id="flag-note" value={note} onChange={(e) => setNote(e.target.value)} placeholder="e.g. The date contradicts the article's own timeline" />
      </Field>
      {error && !Object.keys(fieldErrors).length && (
        <div className="form-error" role="alert">
          {error}
        </div>
      )}
      <div className="row">
        <Button type="submit" size="sm" variant="primary" disabled={pending}>
          Flag
        </Button>
        {onCancel && (
          <Button size="sm" variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
