import "server-only";
import { z } from "zod";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { getDb, type Prisma } from "../db/client";
import { encodeCursor } from "../pagination/keyset-cursor";
import { describeAuditEvent } from "./describe-audit-event";
import { ListAuditLogQuery, type AuditLogPageData } from "./list-audit-log.types";
export { ListAuditLogQuery };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The whole audit log, newest first, filtered by who (a user, or "system"), what (the action), when (a day
 * range) and which entity; one keyset page at a time (id before the cursor: ids grow with time).
 */
export async function listAuditLog(actor: Actor, query: z.output<typeof ListAuditLogQuery>): Promise<AuditLogPageData> {
  assertCan(actor, "audit.read_all");
  const where: Prisma.AuditLogWhereInput = {
    ...(query.actor ? { actorId: query.actor === "system" ? null : query.actor } : {}),
    ...(query.action ? { action: query.action } : {}),
    ...(query.entityType ? { entityType: query.entityType } : {}),
    ...(query.entityId ? { entityId: query.entityId } : {}),
    ...(query.from || query.to ? { createdAt: { ...(query.from ? { gte: query.from } : {}), ...(query.to ? { lt: new Date(query.to.getTime() + DAY_MS) } : {}) } } : {}),
    ...(query.after ? { id: { lt: BigInt(query.after[0]) } } : {}),
  };
  const rows = await getDb().auditLog.findMany({
    where,
    orderBy: { id: "desc" },
    take: query.take + 1,
    include: { actor: { select: { name: true } } },
  });
  const page = rows.slice(0, query.take);
  const last = page[page.length - 1];
  return {
    entries: page.map((row) => ({
      id: row.id.toString(),
      createdAt: row.createdAt,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      actorId: row.actorId,
      actorName: row.actor?.name ?? null,
      description: describeAuditEvent(row, { actor: row.actor?.name ?? "The system" }),
    })),
    nextCursor: rows.length > query.take && last ? encodeCursor([last.id.toString()]) : null,
  };
}
