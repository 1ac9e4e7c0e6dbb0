// The contract of GET /api/inbox and POST /api/inbox/read (client-safe: no database).
import { z } from "zod";
import { JsonDate } from "../validation/json";
import { Id } from "../validation/common";
import { cursorParam, pageSizeParam } from "../pagination/keyset-cursor";

export const InboxItemView = z.object({
  id: z.string(),
  kind: z.enum(["mention", "assignment"]),
  text: z.string(),
  claimId: z.string().nullable(),
  /** The article of the claim, for the link. */
  articleId: z.string().nullable(),
  readAt: JsonDate.nullable(),
  createdAt: JsonDate,
});
export type InboxItemView = z.output<typeof InboxItemView>;

export const InboxResponse = z.object({ unread: z.number(), items: z.array(InboxItemView), nextCursor: z.string().nullable() });
export type InboxView = z.output<typeof InboxResponse>;

export const InboxQuery = z.object({
  after: cursorParam(z.tuple([z.iso.datetime(), z.string().max(64)])).optional(),
  take: pageSizeParam(30, 100),
});
export type InboxQuery = Partial<z.output<typeof InboxQuery>>;

/** Mark some items read, or all of them. */
export const MarkInboxReadInput = z
  .object({ ids: z.array(Id).min(1).max(500).optional(), all: z.literal(true).optional() })
  .refine((v) => Boolean(v.ids) !== Boolean(v.all), { message: "name either ids or all: true", path: ["ids"] });
export type MarkInboxReadInput = z.input<typeof MarkInboxReadInput>;
export const MarkInboxReadResponse = z.object({ marked: z.number(), unread: z.number() });
