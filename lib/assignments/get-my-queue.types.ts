// The contract of GET /api/queue: a reviewer's queue (client-safe: no database).
import { z } from "zod";
import { JsonDate } from "../validation/json";
import { CLAIM_STATUSES } from "../claims/claim-status";
import { cursorParam, pageSizeParam } from "../pagination/keyset-cursor";

export const QueueItemView = z.object({
  id: z.string(),
  text: z.string(),
  status: z.enum(CLAIM_STATUSES),
  score: z.number().nullable(),
  dueAt: JsonDate.nullable(),
  createdAt: JsonDate,
  articleId: z.string(),
  articleTitle: z.string(),
  /** The reader has a verdict of their own on it. */
  rated: z.boolean(),
  /** Its due date has passed. */
  overdue: z.boolean(),
});
export type QueueItemView = z.output<typeof QueueItemView>;

export const QueueCounts = z.object({ assigned: z.number(), overdue: z.number(), unassigned: z.number() });
export type QueueCounts = z.output<typeof QueueCounts>;

export const QueueView = z.object({
  counts: QueueCounts,
  assigned: z.array(QueueItemView),
  /** Pass as `after` for the next page of assigned claims; null on the last page. */
  nextCursor: z.string().nullable(),
  unassigned: z.array(QueueItemView),
  /** Pass as `unassignedAfter` for the next page of unassigned claims. */
  nextUnassignedCursor: z.string().nullable(),
});
export type QueueView = z.output<typeof QueueView>;
export const QueueResponse = z.object({ queue: QueueView });

/** (due date or null, score or null, created at, id) of the last assigned row; (article created at, score, id) of the last unassigned one. */
export const QueueQuery = z.object({
  after: cursorParam(z.tuple([z.iso.datetime().nullable(), z.number().nullable(), z.iso.datetime(), z.string().max(64)])).optional(),
  unassignedAfter: cursorParam(z.tuple([z.iso.datetime(), z.number().nullable(), z.string().max(64)])).optional(),
  take: pageSizeParam(50, 200),
});
export type QueueQuery = Partial<z.output<typeof QueueQuery>>;
