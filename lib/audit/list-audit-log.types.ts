// The contract of the admin's audit log (client-safe: no database).
import { z } from "zod";
import { cursorParam, pageSizeParam } from "../pagination/keyset-cursor";
import { DateInput, Id } from "../validation/common";
import { JsonDate } from "../validation/json";
import { AUDIT_ACTIONS, type AuditAction } from "./audit-events";

const blankToUndefined = (v: unknown) => (v === "" ? undefined : v);

/** The filters of the log (who, what, when, which entity), as query parameters, and the page. */
export const ListAuditLogQuery = z.object({
  actor: z.preprocess(blankToUndefined, z.union([z.literal("system"), Id]).optional()),
  action: z.preprocess(blankToUndefined, z.enum(AUDIT_ACTIONS as [AuditAction, ...AuditAction[]], { error: "is not an action of the audit log" }).optional()),
  entityType: z.preprocess(blankToUndefined, z.string().trim().max(40, "is too long").regex(/^[a-z_]+$/, "is not an entity type").optional()),
  entityId: z.preprocess(blankToUndefined, z.string().trim().max(64, "is too long").regex(/^[A-Za-z0-9_-]+$/, "is not a valid id").optional()),
  /** From this day (inclusive) to that day (inclusive), UTC. */
  from: z.preprocess(blankToUndefined, DateInput.optional()),
  to: z.preprocess(blankToUndefined, DateInput.optional()),
  after: z.preprocess(blankToUndefined, cursorParam(z.tuple([z.string().regex(/^\d+$/)])).optional()),
  take: pageSizeParam(50, 200),
});
export type ListAuditLogQuery = z.input<typeof ListAuditLogQuery>;

export const AuditLogEntry = z.object({
  id: z.string(),
  createdAt: JsonDate,
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  /** The line the history reads, "Ana disabled the account x@y". */
  description: z.string(),
});
export type AuditLogEntry = z.output<typeof AuditLogEntry>;

export const AuditLogPage = z.object({ entries: z.array(AuditLogEntry), nextCursor: z.string().nullable() });
export type AuditLogPage = z.output<typeof AuditLogPage>;
export type AuditLogPageData = z.input<typeof AuditLogPage>;
