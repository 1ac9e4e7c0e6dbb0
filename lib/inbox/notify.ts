import type { Tx } from "../db/client";
import type { NotificationKind } from "../db/generated/enums";

/** Puts an item in a user's inbox, inside the caller's transaction (so it exists only if the change does). */
export async function notify(tx: Tx, item: { userId: string; actorId: string | null; kind: NotificationKind; claimId?: string | null; commentId?: string | null; text: string }) {
  await tx.notification.create({ data: { ...item, claimId: item.claimId ?? null, commentId: item.commentId ?? null } });
}
