"use client";

import { useEffect, useImperativeHandle, useRef, useState, type Ref } from "react";
import { ActionRow } from "./action-row";
import { Field } from "./field";

/**
 * The one form that asks why (dismissing a flag or a claim, sending a claim back, reopening a published
 * verdict): a labelled reason field with its error, the action and Cancel. The field takes the focus when
 * the form opens; Enter submits, Shift+Enter starts a new line, Escape cancels. `ref` reaches the field,
 * e.g. to bring the focus back to it.
 */
export function ReasonForm({
  id,
  formLabel,
  label,
  submitLabel,
  variant = "primary",
  placeholder,
  error,
  pending,
  onSubmit,
  onCancel,
  onEdit,
  ref,
}: {
  /** The field's id (its error is `${id}-error`). */
  id: string;
  /** The form's accessible name, e.g. "Dismiss flag". */
  formLabel?: string;
  label: string;
  submitLabel: string;
  variant?: "primary" | "danger";
  placeholder?: string;
  /** The server's message for the reason field. */
  error?: string;
  pending: boolean;
  onSubmit(reason: string): void;
  onCancel(): void;
  /** Called as the reason is typed (e.g. to clear a stale error). */
  onEdit?(): void;
  ref?: Ref<HTMLTextAreaElement>;
}) {
  const [reason, setReason] = useState("");
  const field = useRef<HTMLTextAreaElement>(null);
  useImperativeHandle(ref, () => field.current!, []);
  useEffect(() => {
    field.current?.focus();
  }, []);

  return (
    <form
      className="stack reason-form"
      aria-label={formLabel}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(reason);
      }}
    >
      <Field label={label} name={id} error={error} hint="Enter submits · Shift+Enter for a new line · Esc cancels">
        <textarea
          id={id}
          ref={field}
          value={reason}
          placeholder={placeholder}
          onChange={(e) => {
            setReason(e.target.value);
            onEdit?.();
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
              e.preventDefault();
              e.currentTarget.form?.requestSubmit();
            } else if (e.key === "Escape") {
              e.preventDefault();
              e.stopPropagation();
              onCancel();
            }
          }}
        />
      </Field>
      <ActionRow label={submitLabel} variant={variant} disabled={pending} onCancel={onCancel} />
    </form>
  );
}
