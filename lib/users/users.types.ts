// The contract of the admin's user screens (client-safe: no database).
import { z } from "zod";
import { JsonDate } from "../validation/json";

export const ROLES = ["admin", "editor", "reviewer", "viewer"] as const;
export const RoleInput = z.enum(ROLES, { error: "must be one of admin, editor, reviewer, viewer" });

/** One account as the admin's list shows it. */
export const UserAdminView = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: RoleInput,
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  /** Refused at sign-in for now: too many failed sign-ins within the window. */
  locked: z.boolean(),
  failedSignIns: z.number(),
  createdAt: JsonDate,
});
export type UserAdminView = z.output<typeof UserAdminView>;
/** The view as the server hands it over (dates as Date). */
export type UserAdminData = z.input<typeof UserAdminView>;

export const UserResponse = z.object({ user: UserAdminView });
export const ListUsersResponse = z.object({ users: z.array(UserAdminView) });

/** A one-time password is shown once, in this answer, and never stored in clear. */
export const OneTimePasswordResponse = z.object({ user: UserAdminView, oneTimePassword: z.string() });
