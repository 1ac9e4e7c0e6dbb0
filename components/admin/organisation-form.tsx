"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useApiAction } from "@/components/ui/use-api-action";
import { api } from "@/lib/client/api";
import type { UpdateOrganisationSettingsInput } from "@/lib/organisation/update-organisation-settings.types";

const SWITCHES = [
  { name: "twoPersonRule", label: "Two-person rule", hint: "An editor may not approve their own verdict, nor publish a claim whose approved verdict is their own." },
  { name: "publishRequiresEvidence", label: "Publishing needs evidence", hint: "A verdict is published only when it rests on at least one piece of evidence." },
  { name: "reportsNameReviewers", label: "Reports name the reviewers", hint: "Off: published reports and ClaimReview leave reviewers unnamed." },
] as const;

export function OrganisationForm({ settings }: { settings: UpdateOrganisationSettingsInput }) {
  const router = useRouter();
  const { pending, error, fieldErrors, run } = useApiAction();
  const [saved, setSaved] = useState(false);
  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const form = new FormData(event.currentTarget);
    const result = await run(() =>
      api.admin.organisation.update({
        name: String(form.get("name") ?? ""),
        url: String(form.get("url") ?? ""),
        logoText: String(form.get("logoText") ?? ""),
        twoPersonRule: form.get("twoPersonRule") === "on",
        publishRequiresEvidence: form.get("publishRequiresEvidence") === "on",
        reportsNameReviewers: form.get("reportsNameReviewers") === "on",
      }),
    );
    if (result) {
      setSaved(true);
      router.refresh();
    }
  }
  return (
    <form className="card admin-form narrow-form" onSubmit={onSubmit} noValidate aria-labelledby="organisation-heading">
      <h2 id="organisation-heading">Organisation</h2>
      <p className="muted small flush">
        Used by reports, ClaimReview and the review rules.
      </p>
      <FormError error={error} fieldErrors={fieldErrors} />
      {saved && (
        <div className="form-ok" role="status">
          Saved.
        </div>
      )}
      <Field label="Name" name="org-name" error={fieldErrors.name}>
        <input id="org-name" name="name" defaultValue={settings.name} />
      </Field>
      <Field label="URL" name="org-url" error={fieldErrors.url}>
        <input id="org-url" name="url" type="url" defaultValue={settings.url} />
      </Field>
      <Field label="Logo text" name="org-logo" error={fieldErrors.logoText}>
        <input id="org-logo" name="logoText" defaultValue={settings.logoText} />
      </Field>
      {SWITCHES.map((s) => (
        <div key={s.name} className="switch-row">
          <input id={`org-${s.name}`} name={s.name} type="checkbox" defaultChecked={settings[s.name]} aria-describedby={`org-${s.name}-hint`} />
          <div>
            <label htmlFor={`org-${s.name}`}>{s.label}</label>
            <div id={`org-${s.name}-hint`} className="muted small">
              {s.hint}
            </div>
          </div>
        </div>
      ))}
      <div>
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? "Saving…" : "Save settings"}
        </Button>
      </div>
    </form>
  );
}
