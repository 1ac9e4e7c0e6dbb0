"use client";

import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useApiAction } from "@/components/ui/use-api-action";
import { api } from "@/lib/client/api";
import { MIN_PASSWORD_LENGTH } from "@/lib/users/change-own-password.types";

/** Changing the password ends every session (the server bumps the session version): sign in again with the new one. */
export function ChangePasswordForm({ email, forced }: { email: string; forced: boolean }) {
  const { pending, error, fieldErrors, run } = useApiAction();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const currentPassword = String(form.get("currentPassword") ?? "");
    const newPassword = String(form.get("newPassword") ?? "");
    const done = await run(() => api.account.changePassword({ currentPassword, newPassword }));
    if (!done) return;
    const result = await signIn("credentials", { email, password: newPassword, redirect: false });
    window.location.assign(result && !result.error ? "/articles" : "/signin");
  }

  return (
    <form onSubmit={onSubmit} className="stack auth-form" noValidate>
      <FormError error={error} fieldErrors={fieldErrors} />
      <Field label={forced ? "One-time password" : "Current password"} name="currentPassword" error={fieldErrors.currentPassword}>
        <input id="currentPassword" name="currentPassword" type="password" autoComplete="current-password" required autoFocus />
      </Field>
      <Field label="New password" name="newPassword" error={fieldErrors.newPassword} hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}>
        <input id="newPassword" name="newPassword" type="password" autoComplete="new-password" minLength={MIN_PASSWORD_LENGTH} required />
      </Field>
      <Button type="submit" variant="primary" disabled={pending}>
        {pending ? "Saving…" : "Save the new password"}
      </Button>
    </form>
  );
}
