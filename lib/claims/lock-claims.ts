import type { Tx } from "../db/client";

/**
 * Locks the claim rows for the rest of the transaction, in id order so two writers naming the same claims
 * cannot deadlock: a write that then checks the revision it was given sees the latest one.
 */
export async function lockClaims(tx: Tx, ids: string[]): Promise<void> {
  for (const id of [...new Set(ids)].sort()) {
    await tx.$queryRaw`SELECT id FROM "Claim" WHERE id = ${id} FOR UPDATE`;
  }
}
