import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import { createAnchor } from "../anchoring/create-anchor";
import { getDb } from "../db/client";
import { ConflictError, InvalidInputError, NotFoundError } from "../errors";
import { lockClaims } from "./lock-claims";
import { CLAIM_STATUS_LABELS } from "./claim-status";
import { mergeBlock, type MergeBlock } from "./can-merge";
import { quoteForMessage } from "../text/quotations";
import { checkClaimSpan, claimSnapshot, STATUS_PROGRESS, claimAnchorColumns } from "./claim-span";
import { MergeClaimsInput } from "./merge-claims.types";
export { MergeClaimsInput } from "./merge-claims.types";

type Reason = { code: string; label: string; weight: number };

function quote(text: string): string {
  return quoteForMessage(text, 80, ["“", "”"]);
}

/** Why a merge is refused, in the words of the error the API returns. */
function mergeBlockMessage(block: MergeBlock): string {
  switch (block.code) {
    case "orphaned":
      return `${quote(block.claim.text)} is no longer in the article's text; fix its span first`;
    case "status":
      return `${quote(block.claim.text)} is ${CLAIM_STATUS_LABELS[block.claim.status].toLowerCase()}; only claims that are new or in review can be merged`;
    case "paragraph":
      return `${quote(block.claim.text)} is in another paragraph; only adjacent claims can be merged`;
    case "between":
      return `the claim ${quote(block.claim.text)} lies between them; only adjacent claims can be merged`;
  }
}

/**
 * Merges adjacent or overlapping claims of one article into the first one named (the kept claim):
 * its span becomes the union of theirs, anchored again; their evidence, verdicts, comments and flags move
 * to it; the others are deleted, each leaving an audit row with its full last state ("claim.merged_into").
 *
 * One verdict per reviewer per claim: when the person merging rated more than one of the claims, their verdict
 * on the kept claim stands (or, if none, the most recently updated one); their other verdicts are removed,
 * each audited ("verdict.drop") and quoted in a comment on the merged claim so they can revise. When anyone
 * else rated more than one, the merge is refused: it never destroys another person's verdict.
 *
 * Only open claims (new, in review, needs second review) anchored in the current text merge: a claim with a
 * final verdict or a dismissed one must be sent back or reopened first.
 */
export async function mergeClaims(actor: Actor, input: MergeClaimsInput) {
  assertCan(actor, "claim.update");
  const ids = input.claims.map((c) => c.id);
  return getDb().$transaction(async (tx) => {
    await lockClaims(tx, ids);
    // Flat queries, one after another: nested includes run in parallel on the transaction's one connection.
    const found = await tx.claim.findMany({ where: { id: { in: ids } } });
    const byId = new Map(found.map((c) => [c.id, c]));
    const claims = input.claims.map(({ id, revision }) => {
      const claim = byId.get(id);
      if (!claim) throw new NotFoundError(`Claim ${id}`);
      if (claim.revision !== revision) {
        throw new ConflictError(`The claim ${quote(claim.text)} was changed by someone else since you opened it; reload to see the change.`, { revision: claim.revision, claimId: claim.id });
      }
      return claim;
    });
    const kept = claims[0]!;
    const absorbed = claims.slice(1);

    for (const claim of claims) {
      if (claim.articleId !== kept.articleId) throw new InvalidInputError("claims", "claims: every claim must be of the same article");
    }
    // Adjacent or overlapping open claims, in text order: no paragraph break and no other claim between one and the next.
    const article = await tx.article.findUniqueOrThrow({ where: { id: kept.articleId }, select: { text: true } });
    const others = await tx.claim.findMany({
      where: { articleId: kept.articleId, id: { notIn: ids }, anchorState: { not: "orphaned" } },
      select: { id: true, start: true, end: true, text: true, anchorState: true },
    });
    const block = mergeBlock(article.text, claims, others);
    if (block) throw new InvalidInputError("claims", `claims: ${mergeBlockMessage(block)}`);
    const start = Math.min(...claims.map((c) => c.start));
    const end = Math.max(...claims.map((c) => c.end));
    const span = checkClaimSpan(article.text, start, end, "claims");
    const anchor = createAnchor(article.text, span.start, span.end);

    // One verdict per reviewer: keep the one on the kept claim, else the latest; drop the rest.
    const verdictRows = await tx.verdict.findMany({ where: { claimId: { in: ids } } });
    const links = await tx.verdictEvidence.findMany({ where: { verdictId: { in: verdictRows.map((v) => v.id) } } });
    const ratingLabel = new Map((await tx.rating.findMany({ where: { id: { in: verdictRows.map((v) => v.ratingId) } }, select: { id: true, label: true } })).map((r) => [r.id, r.label]));
    const reviewerName = new Map((await tx.user.findMany({ where: { id: { in: verdictRows.map((v) => v.reviewerId) } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
    const allVerdicts = verdictRows.map((v) => ({
      ...v,
      claimText: byId.get(v.claimId)!.text,
      rating: ratingLabel.get(v.ratingId) ?? v.ratingId,
      reviewer: reviewerName.get(v.reviewerId) ?? "A reviewer",
      evidence: links.filter((l) => l.verdictId === v.id).map((l) => l.evidenceId),
    }));
    const byReviewer = new Map<string, typeof allVerdicts>();
    for (const v of allVerdicts) byReviewer.set(v.reviewerId, [...(byReviewer.get(v.reviewerId) ?? []), v]);
    const dropped: typeof allVerdicts = [];
    for (const [reviewerId, verdicts] of byReviewer) {
      if (verdicts.length < 2) continue;
      // Only your own verdicts may give way: merging never destroys another person's verdict.
      if (reviewerId !== actor.id) {
        throw new InvalidInputError(
          "claims",
          `claims: ${verdicts[0]!.reviewer} rated more than one of these claims, and a merged claim keeps one verdict per reviewer; ` +
            `merging would remove one of their verdicts. Ask them to merge these claims, or leave them apart.`,
        );
      }
      const winner = verdicts.find((v) => v.claimId === kept.id) ?? [...verdicts].sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime())[0]!;
      dropped.push(...verdicts.filter((v) => v.id !== winner.id));
    }
    for (const v of dropped) {
      const winner = byReviewer.get(v.reviewerId)!.find((w) => !dropped.includes(w))!;
      await tx.verdict.delete({ where: { id: v.id } });
      const { rating, reviewer, claimText: _claimText, ...row } = v;
      await recordAudit(tx, actor.id, {
        action: "verdict.drop",
        entityId: v.id,
        before: { ...row, rating },
        after: { reason: "claims merged", mergedIntoId: kept.id, keptVerdictId: winner.id },
      });
      const comment = await tx.comment.create({
        data: {
          claimId: kept.id,
          authorId: actor.id,
          body:
            `Claims merged: ${reviewer} had rated more than one of them, and one verdict per reviewer stands. ` +
            `Kept: the verdict given on ${quote(winner.claimText)}. Removed: the verdict on ${quote(v.claimText)} ` +
            `(${rating}, confidence ${v.confidence}%), which said: ${v.rationale}`,
        },
      });
      await recordAudit(tx, actor.id, { action: "comment.add", entityId: comment.id, after: comment });
    }

    const absorbedIds = absorbed.map((c) => c.id);
    // What each absorbed claim had, for its audit row.
    const parts = {
      evidence: await tx.evidence.findMany({ where: { claimId: { in: absorbedIds } }, select: { id: true, claimId: true } }),
      verdicts: await tx.verdict.findMany({ where: { claimId: { in: absorbedIds } }, select: { id: true, claimId: true } }),
      comments: await tx.comment.findMany({ where: { claimId: { in: absorbedIds } }, select: { id: true, claimId: true } }),
      flags: await tx.flag.findMany({ where: { claimId: { in: absorbedIds } }, select: { id: true, claimId: true } }),
    };
    const partsOf = (claimId: string) => ({
      evidenceIds: parts.evidence.filter((p) => p.claimId === claimId).map((p) => p.id),
      verdictIds: parts.verdicts.filter((p) => p.claimId === claimId).map((p) => p.id),
      droppedVerdictIds: dropped.filter((v) => v.claimId === claimId).map((v) => v.id),
      commentIds: parts.comments.filter((p) => p.claimId === claimId).map((p) => p.id),
      flagIds: parts.flags.filter((p) => p.claimId === claimId).map((p) => p.id),
    });
    const moved = {
      evidence: (await tx.evidence.updateMany({ where: { claimId: { in: absorbedIds } }, data: { claimId: kept.id } })).count,
      verdicts: (await tx.verdict.updateMany({ where: { claimId: { in: absorbedIds } }, data: { claimId: kept.id } })).count,
      comments: (await tx.comment.updateMany({ where: { claimId: { in: absorbedIds } }, data: { claimId: kept.id } })).count,
      flags: (await tx.flag.updateMany({ where: { claimId: { in: absorbedIds } }, data: { claimId: kept.id } })).count,
    };
    await tx.claim.deleteMany({ where: { id: { in: absorbedIds } } });

    const status = claims.reduce((best, c) => (STATUS_PROGRESS[c.status] > STATUS_PROGRESS[best] ? c.status : best), kept.status);
    const scores = claims.map((c) => c.score).filter((s): s is number => s !== null);
    const reasons = new Map<string, Reason>();
    for (const c of claims) for (const r of (Array.isArray(c.reasons) ? c.reasons : []) as Reason[]) if (!reasons.has(r.code)) reasons.set(r.code, r);
    const updated = await tx.claim.update({
      where: { id: kept.id, revision: kept.revision },
      data: {
        ...claimAnchorColumns(anchor),
        anchorState: "anchored",
        status,
        score: scores.length ? Math.max(...scores) : null,
        reasons: reasons.size ? [...reasons.values()] : undefined,
        assigneeId: kept.assigneeId ?? claims.find((c) => c.assigneeId)?.assigneeId ?? null,
        revision: { increment: 1 },
      },
    });

    for (const claim of absorbed) {
      await recordAudit(tx, actor.id, {
        action: "claim.merged_into",
        entityId: claim.id,
        before: {
          ...claimSnapshot(claim),
          reasons: claim.reasons,
          assigneeId: claim.assigneeId,
          ...partsOf(claim.id),
        },
        after: { mergedIntoId: kept.id },
      });
    }
    await recordAudit(tx, actor.id, {
      action: "claim.merge",
      entityId: kept.id,
      before: { claim: claimSnapshot(kept), merged: absorbed.map(claimSnapshot) },
      after: { claim: claimSnapshot(updated), absorbedIds, moved, droppedVerdictIds: dropped.map((v) => v.id) },
    });
    return { claim: updated, absorbedIds, moved, droppedVerdictIds: dropped.map((v) => v.id) };
  });
}
