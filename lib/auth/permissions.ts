import type { Role } from "../db/generated/enums";
import type { Actor } from "./actor";
import { ForbiddenError } from "../errors";

/**
 * The permission table: every action the server checks, and the roles allowed to do it.
 * Route handlers and lib/ functions check against this one table; the UI reads it only to hide controls.
 */
export const PERMISSIONS = {
  "article.read": ["admin", "editor", "reviewer", "viewer"],
  "article.import": ["admin", "editor", "reviewer"],
  "claim.create": ["admin", "editor", "reviewer"],
  "claim.update": ["admin", "editor", "reviewer"],
  "claim.assign": ["admin", "editor"],
  "evidence.add": ["admin", "editor", "reviewer"],
  "verdict.propose": ["admin", "editor", "reviewer"],
  "verdict.approve": ["admin", "editor"],
  "claim.publish": ["admin", "editor"],
  "flag.create": ["admin", "editor", "reviewer"],
  "flag.resolve": ["admin", "editor", "reviewer"],
  "comment.add": ["admin", "editor", "reviewer"],
  "report.export": ["admin", "editor", "reviewer", "viewer"],
  "audit.read": ["admin", "editor", "reviewer", "viewer"],
  "user.manage": ["admin"],
  "rating.manage": ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) {
    throw new ForbiddenError(`Your role (${actor.role}) may not ${permission.replace(".", ": ")}`);
  }
}

/** The permissions of a role, for the UI to decide which controls to show. */
export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(role, p));
}
