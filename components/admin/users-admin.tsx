"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useApiAction } from "@/components/ui/use-api-action";
import { api } from "@/lib/client/api";
import { ROLES, type UserAdminView } from "@/lib/users/users.types";

/** A one-time password is shown once, here, to be handed to its user. */
function OneTimePasswordNotice({ email, password, onDone }: { email: string; password: string; onDone: () => void }) {
  return (
    <div className="form-ok otp-notice" role="status" data-testid="one-time-password-notice">
      <div>
        One-time password for <strong>{email}</strong>:{" "}
        <code className="otp" data-testid="one-time-password">
          {password}
        </code>
      </div>
      <div className="small">Shown only now. They sign in with it and must choose their own password at once.</div>
      <Button size="sm" onClick={onDone}>
        Done
      </Button>
    </div>
  );
}

function CreateUserForm({ onCreated }: { onCreated: (email: string, password: string) => void }) {
  const { pending, error, fieldErrors, run } = useApiAction();
  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const result = await run(() =>
      api.admin.users.create({ name: String(form.get("name") ?? ""), email: String(form.get("email") ?? ""), role: String(form.get("role") ?? "") as UserAdminView["role"] }),
    );
    if (result) {
      formElement.reset();
      onCreated(result.user.email, result.oneTimePassword);
    }
  }
  return (
    <form className="card admin-form narrow-form" onSubmit={onSubmit} noValidate aria-labelledby="new-user-heading">
      <h2 id="new-user-heading">New account</h2>
      <FormError error={error} fieldErrors={fieldErrors} />
      <div className="admin-form-row">
        <Field label="Name" name="new-name" error={fieldErrors.name}>
          <input id="new-name" name="name" required maxLength={120} />
        </Field>
        <Field label="Email" name="new-email" error={fieldErrors.email}>
          <input id="new-email" name="email" type="email" required />
        </Field>
        <Field label="Role" name="new-role" error={fieldErrors.role}>
          <select id="new-role" name="role" defaultValue="reviewer">
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </Field>
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? "Creating…" : "Create with a one-time password"}
        </Button>
      </div>
    </form>
  );
}

function UserRow({ user, isSelf, onPassword }: { user: UserAdminView; isSelf: boolean; onPassword: (email: string, password: string) => void }) {
  const router = useRouter();
  const { pending, error, run } = useApiAction();
  async function act<T>(action: () => Promise<T>) {
    const result = await run(action);
    if (result) router.refresh();
    return result;
  }
  return (
    <tr data-testid={`user-row-${user.email}`}>
      <td>
        <div className="article-title">{user.name}</div>
        <div className="muted small">{user.email}</div>
        {error && (
          <div className="field-error" role="alert">
            {error}
          </div>
        )}
      </td>
      <td>
        <label className="visually-hidden" htmlFor={`role-${user.id}`}>
          Role of {user.name}
        </label>
        <select
          id={`role-${user.id}`}
          value={user.role}
          disabled={pending || isSelf}
          onChange={(e) => void act(() => api.admin.users.changeRole(user.id, { role: e.target.value as UserAdminView["role"] }))}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </td>
      <td>
        <div className="row-wrap">
          {user.disabled ? <span className="badge badge-gone">Disabled</span> : <span className="badge badge-status-published">Active</span>}
          {user.locked && <span className="badge badge-check">Locked: {user.failedSignIns} failed sign-ins</span>}
          {user.mustChangePassword && <span className="badge">One-time password</span>}
        </div>
      </td>
      <td>
        <div className="row-wrap">
          {user.locked && (
            <Button size="sm" disabled={pending} onClick={() => void act(() => api.admin.users.unlock(user.id))}>
              Unlock
            </Button>
          )}
          <Button
            size="sm"
            disabled={pending}
            onClick={async () => {
              const result = await act(() => api.admin.users.resetPassword(user.id));
              if (result) onPassword(result.user.email, result.oneTimePassword);
            }}
          >
            Reset password
          </Button>
          {!isSelf && (
            <Button size="sm" variant={user.disabled ? "default" : "danger"} disabled={pending} onClick={() => void act(() => api.admin.users.setDisabled(user.id, { disabled: !user.disabled }))}>
              {user.disabled ? "Enable" : "Disable"}
            </Button>
          )}
        </div>
      </td>
    </tr>
  );
}

export function UsersAdmin({ users, currentUserId }: { users: UserAdminView[]; currentUserId: string }) {
  const router = useRouter();
  const [otp, setOtp] = useState<{ email: string; password: string } | null>(null);
  const show = (email: string, password: string) => {
    setOtp({ email, password });
    router.refresh();
  };
  return (
    <div className="stack stack-lg">
      {otp && <OneTimePasswordNotice email={otp.email} password={otp.password} onDone={() => setOtp(null)} />}
      <CreateUserForm onCreated={show} />
      <div className="card table-scroll">
        <table className="table">
          <caption className="visually-hidden">Accounts</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Role</th>
              <th scope="col">State</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <UserRow key={user.id} user={user} isSelf={user.id === currentUserId} onPassword={show} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
