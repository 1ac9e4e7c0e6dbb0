import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { getDb, type Db } from "../db/client";
import { encodeCursor } from "../pagination/keyset-cursor";
import type { InboxQuery } from "./list-inbox.types";
export { InboxQuery, InboxResponse } from "./list-inbox.types";

/** How many items of my inbox are unread: the bell's count. */
export async function countUnread(actor: Actor, db: Db = getDb()): Promise<number> {
  assertCan(actor, "inbox.read");
  return db.notification.count({ where: { userId: actor.id, readAt: null } });
}

/** My inbox, newest first (keyset on (createdAt, id)), with the unread count the bell shows. */
export async function listInbox(actor: Actor, query: InboxQuery = {}) {
  assertCan(actor, "inbox.read");
  const take = query.take ?? 30;
  const db = getDb();
  const after = query.after ? { OR: [{ createdAt: { lt: new Date(query.after[0]) } }, { createdAt: new Date(query.after[0]), id: { lt: query.after[1] } }] } : {};
  const [rows, unread] = await Promise.all([
    db.notification.findMany({
      where: { userId: actor.id, ...after },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: take + 1,
      include: { claim: { select: { articleId: true } } },
    }),
    countUnread(actor, db),
  ]);
  const page = rows.slice(0, take);
  const last = page.at(-1);
  return {
    unread,
    items: page.map((n) => ({ id: n.id, kind: n.kind, text: n.text, claimId: n.claimId, articleId: n.claim?.articleId ?? null, readAt: n.readAt, createdAt: n.createdAt })),
    nextCursor: rows.length > take && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
  };
}
