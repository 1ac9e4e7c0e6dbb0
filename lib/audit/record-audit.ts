import "server-only";
import type { Tx } from "../db/client";
import { Prisma } from "../db/client";
import { AUDIT_EVENTS, type AuditEvent } from "./audit-events";

/** JSON-safe copy (Dates → ISO strings, BigInt → string) for the before/after columns. */
function toJson(value: unknown): Prisma.InputJsonValue | typeof Prisma.DbNull {
  if (value === undefined || value === null) return Prisma.DbNull;
  return JSON.parse(JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v))) as Prisma.InputJsonValue;
}

/**
 * The row of one event: before/after go through the event's own shapes, so what is stored is what the
 * history can read back (fields outside the shape are left out).
 */
function auditRow(actorId: string | null, event: AuditEvent) {
  const kind = AUDIT_EVENTS[event.action];
  return {
    actorId,
    action: event.action,
    entityType: kind.entityType,
    entityId: event.entityId,
    before: toJson(kind.before.parse(event.before)),
    after: toJson(kind.after.parse(event.after)),
  };
}

/**
 * Writes one audit event inside the caller's transaction, so the change and its record commit together.
 * `actorId` is the person who acted; null for what the system did on its own (analysis, detectors,
 * re-anchoring).
 */
export async function recordAudit(tx: Tx, actorId: string | null, event: AuditEvent): Promise<void> {
  await tx.auditLog.create({ data: auditRow(actorId, event) });
}

/** Many events in one statement (claims proposed by analysis, flags raised by the detectors, re-anchoring). */
export async function recordAuditMany(tx: Tx, actorId: string | null, events: AuditEvent[]): Promise<void> {
  if (!events.length) return;
  await tx.auditLog.createMany({ data: events.map((event) => auditRow(actorId, event)) });
}
