import type { z } from "zod";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { getDb } from "../db/client";
import { MarkInboxReadInput } from "./list-inbox.types";
import { countUnread } from "./list-inbox";
export { MarkInboxReadInput, MarkInboxReadResponse } from "./list-inbox.types";

/** Marks items of my own inbox read (others' items are never touched); answers the unread count left. */
export async function markInboxRead(actor: Actor, input: z.output<typeof MarkInboxReadInput>) {
  assertCan(actor, "inbox.read");
  const db = getDb();
  const { count } = await db.notification.updateMany({
    where: { userId: actor.id, readAt: null, ...(input.ids ? { id: { in: input.ids } } : {}) },
    data: { readAt: new Date() },
  });
  return { marked: count, unread: await countUnread(actor, db) };
}
