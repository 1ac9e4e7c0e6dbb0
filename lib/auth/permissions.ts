import type { Role } from "../db/generated/enums";
import type { Actor } from "./actor";
import { ForbiddenError } from "../errors";

interface PermissionEntry {
  /** The roles allowed. */
  roles: readonly Role[];
  /** What the permission lets a person do, worded to follow "may": "import articles". */
  description: string;
}

const ALL: readonly Role[] = ["admin", "editor", "reviewer", "viewer"];
const DESK: readonly Role[] = ["admin", "editor", "reviewer"];
const EDITORS: readonly Role[] = ["admin", "editor"];
const ADMINS: readonly Role[] = ["admin"];

/**
 * The permission table: every action the server checks, who may do it and what it means. Route handlers
 * check it through lib/http/api-route.ts and the lib/ verbs check it again themselves, so the API, the UI
 * and the CLI give one answer; the UI reads it only to hide controls. A test fails when an entry is no
 * longer checked anywhere, and when a route has no entry.
 */
export const PERMISSIONS = {
  "article.read": { roles: ALL, description: "read articles, their claims and published verdicts" },
  "article.import": { roles: DESK, description: "import articles" },
  "claim.create": { roles: DESK, description: "create claims" },
  "claim.update": { roles: DESK, description: "edit claims or change their status" },
  "evidence.add": { roles: DESK, description: "add evidence" },
  /** Their own evidence of a claim not yet published: edit, delete (softly, kept for the history), archive a copy. */
  "evidence.edit_own": { roles: DESK, description: "edit, delete or archive the evidence they added" },
  /** Anyone's evidence, under the same rules. */
  "evidence.edit_any": { roles: EDITORS, description: "edit, delete or archive anyone's evidence" },
  "verdict.propose": { roles: DESK, description: "propose verdicts" },
  /** Verdicts before publication, every reviewer's verdict, comments: the desk's work in progress. */
  "verdict.read_unpublished": { roles: DESK, description: "read verdicts that are not yet published" },
  "verdict.approve": { roles: EDITORS, description: "approve verdicts or send claims back" },
  "claim.publish": { roles: EDITORS, description: "publish claims" },
  /** Reopening a published claim starts a correction: the verdict published next is recorded as one. */
  "claim.reopen": { roles: EDITORS, description: "reopen published claims to correct their verdict" },
  /** During a blind second review a reviewer without a verdict of their own sees no other verdict; editors see all. */
  "verdict.read_blind": { roles: EDITORS, description: "read every verdict during a blind second review" },
  "flag.create": { roles: DESK, description: "flag errors in articles" },
  "flag.resolve": { roles: DESK, description: "confirm or dismiss flags" },
  "comment.add": { roles: DESK, description: "comment on claims" },
  "comment.read": { roles: DESK, description: "read reviewers' comments" },
  "report.export": { roles: ALL, description: "export reports" },
  /** The working report (every verdict in progress, scores, rule ids): never for viewers or the public. */
  "report.export_working": { roles: DESK, description: "export working reports" },
  /** Public links to an article's published report (anyone holding the link reads it signed out). */
  "report.share": { roles: EDITORS, description: "create or revoke public links to published reports" },
  "audit.read": { roles: DESK, description: "read the history of changes" },
  "claim.assign": { roles: EDITORS, description: "assign claims to people of the desk" },
  "claim.take": { roles: DESK, description: "take unassigned claims" },
  "queue.read": { roles: DESK, description: "read their review queue" },
  /** The desk's names and handles, to assign claims and to @mention in comments. */
  "people.list": { roles: DESK, description: "list the people of the desk" },
  "inbox.read": { roles: DESK, description: "read their inbox" },
  /** Viewers search too, but match and read only what is published (lib/search/search-claims.ts). */
  "search.read": { roles: ALL, description: "search claims" },
  /** The desk's figures: load, throughput, agreement between reviewers, per-person counts. */
  "dashboard.read": { roles: EDITORS, description: "open the dashboard" },
  /** Every signed-in person's own account: the one thing left to do while a one-time password is in use. */
  "account.change_password": { roles: ALL, description: "change their own password" },
  "admin.access": { roles: ADMINS, description: "open the admin screens" },
  "user.manage": { roles: ADMINS, description: "create users, change their roles, disable, unlock them or reset their passwords" },
  "rating.manage": { roles: ADMINS, description: "edit the rating scale" },
  "organisation.manage": { roles: ADMINS, description: "change the organisation's settings" },
  "audit.read_all": { roles: ADMINS, description: "read the whole audit log" },
} as const satisfies Record<string, PermissionEntry>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission].roles as readonly Role[]).includes(role);
}

/** The refusal a person reads: "Your role (viewer) may not import articles". */
export function forbiddenMessage(role: Role, permission: Permission): string {
  return `Your role (${role}) may not ${PERMISSIONS[permission].description}`;
}

export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) throw new ForbiddenError(forbiddenMessage(actor.role, permission));
}

export function isPermission(value: string): value is Permission {
  return Object.hasOwn(PERMISSIONS, value);
}

/** The permissions of a role, for the UI to decide which controls to show. */
export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(role, p));
}
