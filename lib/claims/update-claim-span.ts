import "server-only";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import { createAnchor } from "../anchoring/create-anchor";
import { getDb } from "../db/client";
import { loadClaimForEdit } from "./load-claim-for-edit";
import { checkClaimSpan, claimSnapshot, claimAnchorColumns } from "./claim-span";
import { UpdateClaimSpanInput } from "./update-claim-span.types";
import { rescoreClaim } from "./rescore-claim";
export { UpdateClaimSpanInput } from "./update-claim-span.types";

/**
 * Moves a claim to another span of the article's current text and anchors it there again (text, exact,
 * prefix, suffix; anchored). Evidence, verdicts, comments and flags stay with the claim. Also the way a
 * reviewer confirms a fuzzily re-anchored span or puts an orphaned claim back into the text.
 */
export async function updateClaimSpan(actor: Actor, claimId: string, input: UpdateClaimSpanInput) {
  assertCan(actor, "claim.update");
  return getDb().$transaction(async (tx) => {
    const { claim, article } = await loadClaimForEdit(tx, claimId, input);
    const text = article.text;
    const span = checkClaimSpan(text, input.start, input.end);
    const anchor = createAnchor(text, span.start, span.end);
    const updated = await tx.claim.update({
      where: { id: claimId, revision: input.revision },
      data: {
        ...claimAnchorColumns(anchor),
        anchorState: "anchored",
        ...(anchor.exact !== claim.exact ? rescoreClaim(claim, anchor.exact) : null),
        revision: { increment: 1 },
      },
    });
    await recordAudit(tx, actor.id, {
      action: "claim.span",
      entityId: claimId,
      before: claimSnapshot(claim),
      after: claimSnapshot(updated),
    });
    return updated;
  });
}
