import "server-only";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db/client";
import { InvalidInputError, NotFoundError } from "../errors";
import { ResolveFlagInput } from "./resolve-flag.types";
export { ResolveFlagInput } from "./resolve-flag.types";

/** Confirms, dismisses (with a reason) or reopens a flag. */
export async function resolveFlag(actor: Actor, flagId: string, input: ResolveFlagInput) {
  assertCan(actor, "flag.resolve");
  return getDb().$transaction(async (tx) => {
    const flag = await tx.flag.findUnique({ where: { id: flagId } });
    if (!flag) throw new NotFoundError("Flag");
    const reason = input.reason?.trim() || null;
    if (input.status === "dismissed" && !reason) throw new InvalidInputError("reason", "reason: say why the flag is dismissed");
    const updated = await tx.flag.update({
      where: { id: flagId },
      data: {
        status: input.status,
        dismissalReason: input.status === "dismissed" ? reason : null,
        resolvedById: input.status === "open" ? null : actor.id,
        resolvedAt: input.status === "open" ? null : new Date(),
        resolvedByVersion: null,
        // A person has now looked at it.
        needsLook: false,
      },
    });
    await recordAudit(tx, actor.id, {
      action: `flag.${input.status === "open" ? "reopen" : input.status === "confirmed" ? "confirm" : "dismiss"}`,
      entityId: flagId,
      before: { status: flag.status, dismissalReason: flag.dismissalReason },
      after: { status: updated.status, dismissalReason: updated.dismissalReason },
    });
    return updated;
  });
}
