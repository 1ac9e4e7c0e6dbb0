import "server-only";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import { createAnchor } from "../anchoring/create-anchor";
import { rescoreClaim } from "./rescore-claim";
import { getDb } from "../db/client";
import { InvalidInputError } from "../errors";
import { loadClaimForEdit } from "./load-claim-for-edit";
import { CLAIM_STATUS_LABELS } from "./claim-status";
import { claimSnapshot, isCuratable, trimSpan, claimAnchorColumns } from "./claim-span";
import { SplitClaimInput } from "./split-claim.types";
export { SplitClaimInput } from "./split-claim.types";

/**
 * Cuts a claim in two at an offset. The claim keeps its identity, status and everything attached to it
 * (evidence, verdicts, comments — a verdict cannot be copied without the reviewer's word) and becomes the
 * first part; the second part is a new claim, status new, made by the reviewer. Flags raised on the claim
 * whose words lie wholly in the second part go with it.
 */
export async function splitClaim(actor: Actor, claimId: string, input: SplitClaimInput) {
  assertCan(actor, "claim.update");
  return getDb().$transaction(async (tx) => {
    const { claim, article } = await loadClaimForEdit(tx, claimId, input);
    if (claim.anchorState === "orphaned") throw new InvalidInputError("at", "at: the claim's text is no longer in the article; fix its span first");
    if (!isCuratable(claim.status)) {
      throw new InvalidInputError("at", `at: the claim is ${CLAIM_STATUS_LABELS[claim.status].toLowerCase()}; only claims that are new or in review can be split`);
    }
    const text = article.text;
    if (input.at <= claim.start || input.at >= claim.end) {
      throw new InvalidInputError("at", `at: must fall inside the claim (between ${claim.start} and ${claim.end})`);
    }
    const first = trimSpan(text, claim.start, input.at);
    const second = trimSpan(text, input.at, claim.end);
    if (first.end - first.start < 3 || second.end - second.start < 3) {
      throw new InvalidInputError("at", "at: both parts must keep a few words; cut between words nearer the middle");
    }
    const a = createAnchor(text, first.start, first.end);
    const b = createAnchor(text, second.start, second.end);

    const updated = await tx.claim.update({
      where: { id: claimId, revision: input.revision },
      data: { ...claimAnchorColumns(a), ...rescoreClaim(claim, a.exact), anchorState: "anchored", revision: { increment: 1 } },
    });
    const created = await tx.claim.create({
      data: {
        articleId: claim.articleId,
        ...claimAnchorColumns(b),
        ...rescoreClaim(claim, b.exact),
        origin: "reviewer",
        status: "new",
        assigneeId: claim.assigneeId,
      },
    });
    const movedFlags = await tx.flag.findMany({ where: { claimId, start: { gte: second.start }, end: { lte: second.end } }, select: { id: true } });
    if (movedFlags.length) await tx.flag.updateMany({ where: { id: { in: movedFlags.map((f) => f.id) } }, data: { claimId: created.id } });

    await recordAudit(tx, actor.id, {
      action: "claim.split",
      entityId: claimId,
      before: claimSnapshot(claim),
      after: { claim: claimSnapshot(updated), at: input.at, newClaimId: created.id, movedFlagIds: movedFlags.map((f) => f.id) },
    });
    await recordAudit(tx, actor.id, {
      action: "claim.split_from",
      entityId: created.id,
      before: { splitFromId: claimId },
      after: claimSnapshot(created),
    });
    return { claim: updated, created };
  });
}
