"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useApiAction } from "@/components/ui/use-api-action";
import { api } from "@/lib/client/api";
import type { RatingAdminView } from "@/lib/ratings/rating-admin.types";
import { RatingPill } from "@/components/ui/rating-pill";

/** The number field of a form: blank is "no ClaimReview number". */
function claimReviewValue(raw: FormDataEntryValue | null): number | null {
  const text = String(raw ?? "").trim();
  return text === "" ? null : Number(text);
}

function RatingRow({ rating, index, order }: { rating: RatingAdminView; index: number; order: string[] }) {
  const router = useRouter();
  const { pending, error, fieldErrors, run } = useApiAction();
  const key = rating.id;
  async function act<T>(action: () => Promise<T>) {
    const result = await run(action);
    if (result) router.refresh();
  }
  function move(by: number) {
    const next = [...order];
    [next[index], next[index + by]] = [next[index + by]!, next[index]!];
    void act(() => api.admin.ratings.reorder({ order: next }));
  }
  async function onSave(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    await act(() =>
      api.admin.ratings.update(rating.id, {
        label: String(form.get("label") ?? ""),
        description: String(form.get("description") ?? ""),
        color: String(form.get("color") ?? ""),
        value: claimReviewValue(form.get("value")),
      }),
    );
  }
  return (
    <li className={`card rating-admin-row${rating.active ? "" : " is-retired"}`} data-testid={`rating-row-${rating.slug}`}>
      <form onSubmit={onSave} noValidate aria-label={`Rating ${rating.label}`}>
        <div className="rating-admin-head">
          <RatingPill rating={rating} />
          <span className="muted small">
            {rating.verdictCount === 1 ? "1 verdict" : `${rating.verdictCount} verdicts`}
            {rating.isDismissal && " · dismissal"}
          </span>
          {!rating.active && <span className="badge badge-gone">Retired</span>}
          <span className="spacer" />
          <Button size="sm" variant="ghost" disabled={pending || index === 0} onClick={() => move(-1)} aria-label={`Move ${rating.label} up`}>
            ↑
          </Button>
          <Button size="sm" variant="ghost" disabled={pending || index === order.length - 1} onClick={() => move(1)} aria-label={`Move ${rating.label} down`}>
            ↓
          </Button>
        </div>
        <FormError error={error} fieldErrors={fieldErrors} />
        <div className="rating-admin-fields">
          <Field label="Label" name={`label-${key}`} error={fieldErrors.label}>
            <input id={`label-${key}`} name="label" defaultValue={rating.label} />
          </Field>
          <Field label="Colour" name={`color-${key}`} error={fieldErrors.color}>
            <input id={`color-${key}`} name="color" type="color" defaultValue={rating.color} />
          </Field>
          <Field label="ClaimReview number" name={`value-${key}`} error={fieldErrors.value} hint="Blank: outside the numeric scale">
            <input id={`value-${key}`} name="value" type="number" min={0} max={100} step={1} defaultValue={rating.value ?? ""} />
          </Field>
          <Field label="Description" name={`description-${key}`} error={fieldErrors.description}>
            <input id={`description-${key}`} name="description" defaultValue={rating.description} />
          </Field>
        </div>
        <div className="row-wrap">
          <Button type="submit" size="sm" variant="primary" disabled={pending}>
            Save
          </Button>
          <Button size="sm" disabled={pending} onClick={() => void act(() => api.admin.ratings.update(rating.id, { active: !rating.active }))}>
            {rating.active ? "Retire" : "Bring back"}
          </Button>
          {rating.verdictCount === 0 && (
            <Button size="sm" variant="danger" disabled={pending} onClick={() => void act(() => api.admin.ratings.delete(rating.id))}>
              Delete
            </Button>
          )}
        </div>
      </form>
    </li>
  );
}

function NewRatingForm() {
  const router = useRouter();
  const { pending, error, fieldErrors, run } = useApiAction();
  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const result = await run(() =>
      api.admin.ratings.create({
        label: String(form.get("label") ?? ""),
        description: String(form.get("description") ?? ""),
        color: String(form.get("color") ?? ""),
        value: claimReviewValue(form.get("value")),
        isDismissal: form.get("isDismissal") === "on",
      }),
    );
    if (result) {
      formElement.reset();
      router.refresh();
    }
  }
  return (
    <form className="card admin-form" onSubmit={onSubmit} noValidate aria-labelledby="new-rating-heading">
      <h2 id="new-rating-heading">New rating</h2>
      <FormError error={error} fieldErrors={fieldErrors} />
      <div className="rating-admin-fields">
        <Field label="Label" name="new-rating-label" error={fieldErrors.label}>
          <input id="new-rating-label" name="label" />
        </Field>
        <Field label="Colour" name="new-rating-color" error={fieldErrors.color}>
          <input id="new-rating-color" name="color" type="color" defaultValue="#6e7781" />
        </Field>
        <Field label="ClaimReview number" name="new-rating-value" error={fieldErrors.value}>
          <input id="new-rating-value" name="value" type="number" min={0} max={100} step={1} />
        </Field>
        <Field label="Description" name="new-rating-description" error={fieldErrors.description}>
          <input id="new-rating-description" name="description" />
        </Field>
      </div>
      <label className="row small">
        <input type="checkbox" name="isDismissal" /> Used to dismiss claims (outside the scale)
      </label>
      <div>
        <Button type="submit" variant="primary" disabled={pending}>
          Add to the scale
        </Button>
      </div>
    </form>
  );
}

export function RatingScaleAdmin({ ratings }: { ratings: RatingAdminView[] }) {
  const order = ratings.map((r) => r.id);
  return (
    <div className="stack" style={{ gap: 16 }}>
      <p className="muted" style={{ margin: 0 }}>
        Best first. The order is the ordinal scale of the agreement measure; a rating in use can be retired (hidden from new verdicts, kept on old ones) but not deleted.
      </p>
      <ol className="rating-admin-list">
        {ratings.map((rating, index) => (
          <RatingRow key={`${rating.id}-${rating.label}-${rating.color}-${rating.value}-${rating.description}`} rating={rating} index={index} order={order} />
        ))}
      </ol>
      <NewRatingForm />
    </div>
  );
}
