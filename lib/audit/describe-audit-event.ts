import { AUDIT_EVENTS, isAuditAction, type AuditContext, type StoredAuditEvent } from "./audit-events";

/** An audit row as stored: the action and the JSON of its before/after. */
export interface AuditRow {
  action: string;
  before: unknown;
  after: unknown;
}

/** The row read back with its action's shapes; null for an action no longer known or a row that does not fit it. */
export function parseAuditEvent(row: AuditRow): StoredAuditEvent | null {
  if (!isAuditAction(row.action)) return null;
  const kind = AUDIT_EVENTS[row.action];
  // The JSON column holds null where the event has no before/after.
  const before = kind.before.safeParse(row.before ?? undefined);
  const after = kind.after.safeParse(row.after ?? undefined);
  if (!before.success || !after.success) return null;
  return { action: row.action, before: before.data, after: after.data } as StoredAuditEvent;
}

/** One line of history, e.g. "Ana changed the status from In review to Approved". */
export function describeAuditEvent(row: AuditRow, context: AuditContext): string {
  const event = parseAuditEvent(row);
  if (!event) return `${context.actor} recorded ${row.action.replace(/[._]/g, " ")}`;
  const describe = AUDIT_EVENTS[event.action].describe as (e: { before: unknown; after: unknown }, c: AuditContext) => string;
  return describe(event, context);
}
