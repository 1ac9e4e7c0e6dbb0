"use client";

import { useState } from "react";
import type { RatingView } from "@/lib/ratings/list-ratings.types";
import { api } from "@/lib/client/api";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useApiAction } from "@/components/ui/use-api-action";
import type { ClaimDetailView } from "@/lib/claims/get-claim-detail.types";

type VerdictJson = ClaimDetailView["verdicts"][number];

/** The signed-in reviewer's own verdict: proposed once, revised after (with its revision, so edits never cross). */
export function VerdictForm({
  claimId,
  ratings,
  evidence,
  mine,
  isFinal,
  onSaved,
}: {
  claimId: string;
  ratings: RatingView[];
  evidence: ClaimDetailView["evidence"];
  mine: VerdictJson | null;
  isFinal(id: string): boolean;
  onSaved(): void;
}) {
  const { pending, error, fieldErrors, run } = useApiAction();
  const [ratingId, setRatingId] = useState(mine?.ratingId ?? "");
  const [confidence, setConfidence] = useState(mine?.confidence ?? 70);
  const [rationale, setRationale] = useState(mine?.rationale ?? "");
  const [cited, setCited] = useState<string[]>(mine?.evidenceIds ?? evidence.map((e) => e.id));
  const [saved, setSaved] = useState(false);

  if (mine && isFinal(mine.id)) {
    return <p className="small muted">Your verdict is the approved final verdict; an editor can send the claim back if it must change.</p>;
  }

  return (
    <form
      className="stack panel-form"
      aria-label="Your verdict"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        setSaved(false);
        const done = await run(() =>
          api.claims.proposeVerdict(claimId, { ratingId, rationale, confidence, evidenceIds: cited, ...(mine ? { revision: mine.revision } : {}) }),
        );
        if (done) {
          setSaved(true);
          onSaved();
        }
      }}
    >
      <h3>{mine ? "Your verdict" : "Propose a verdict"}</h3>
      <Field label="Rating" name="ratingId" error={fieldErrors.ratingId}>
        <select id="ratingId" value={ratingId} onChange={(e) => setRatingId(e.target.value)}>
          <option value="">Choose a rating…</option>
          {ratings.map((r) => (
            <option key={r.id} value={r.id}>
              {r.label}
            </option>
          ))}
        </select>
      </Field>
      <Field label={`Confidence: ${confidence}%`} name="confidence" error={fieldErrors.confidence}>
        <input id="confidence" type="range" min={0} max={100} step={5} value={confidence} onChange={(e) => setConfidence(Number(e.target.value))} />
      </Field>
      <Field label="Rationale" name="rationale" error={fieldErrors.rationale}>
        <textarea id="rationale" value={rationale} onChange={(e) => setRationale(e.target.value)} placeholder="What the evidence shows, and why this rating" rows={4} />
      </Field>
      {evidence.length > 0 && (
        <fieldset className="field bare-fieldset">
          <legend className="label">Rests on</legend>
          {evidence.map((e) => (
            <label key={e.id} className="row small align-start">
              <input type="checkbox" checked={cited.includes(e.id)} onChange={(ev) => setCited(ev.target.checked ? [...cited, e.id] : cited.filter((id) => id !== e.id))} />
              <span>
                <span className={`stance-${e.stance}`}>{e.stance}</span> · {e.title}
              </span>
            </label>
          ))}
          {fieldErrors.evidenceIds && <span className="field-error">{fieldErrors.evidenceIds}</span>}
        </fieldset>
      )}
      {error && !Object.keys(fieldErrors).length && (
        <div className="form-error" role="alert">
          {error}
        </div>
      )}
      {saved && !error && (
        <div className="form-ok" role="status">
          Verdict saved.
        </div>
      )}
      <div>
        <Button type="submit" variant="primary" size="sm" disabled={pending}>
          {pending ? "Saving…" : mine ? "Update verdict" : "Propose verdict"}
        </Button>
      </div>
    </form>
  );
}
