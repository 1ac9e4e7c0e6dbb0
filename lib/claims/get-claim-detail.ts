import type { Actor } from "../auth/actor";
import { assertCan, can } from "../auth/permissions";
import { getDb } from "../db/client";
import { NotFoundError } from "../errors";
import { describeAuditEvent } from "../audit/describe-audit-event";
import { canSeeVerdictsOf, isBlindTo, VERDICT_REVEALING_CLAIM_ACTIONS } from "../verdicts/verdict-visibility";
import type { ClaimDetail } from "./get-claim-detail.types";
export { ClaimDetailView, ClaimDetailResponse, type ClaimDetail } from "./get-claim-detail.types";

/** The audit entity types of a claim's parts; naming them keeps the lookup on the (entityType, entityId) index. */
const PART_ENTITY_TYPES = ["evidence", "verdict", "comment"];

/**
 * A claim with its evidence, verdicts, flags, comments and history (audit rows of the claim and its parts),
 * as far as the actor may read them: a viewer gets the final verdict and evidence of a published claim only,
 * no comments and no history; a reviewer in a blind second review gets no verdict and no history line of one. Four statements whatever the claim holds: the claim with all its relations in
 * one (LATERAL joins), then its flags and merge history side by side, then the audit rows.
 */
export async function getClaimDetail(actor: Actor, claimId: string): Promise<ClaimDetail> {
  assertCan(actor, "article.read");
  const db = getDb();
  const claim = await db.claim.findUnique({
    where: { id: claimId },
    relationLoadStrategy: "join",
    include: {
      article: { select: { id: true, title: true, versionNumber: true } },
      assignee: { select: { id: true, name: true } },
      // Deleted evidence too: its history stays on the claim; the list shows the live ones.
      evidence: {
        orderBy: { createdAt: "asc" },
        include: {
          addedBy: { select: { id: true, name: true } },
          archive: { select: { kind: true, fileName: true, mimeType: true, byteSize: true, sha256: true, capturedAt: true } },
        },
      },
      verdicts: {
        orderBy: { createdAt: "asc" },
        include: {
          rating: true,
          reviewer: { select: { id: true, name: true } },
          approvedBy: { select: { name: true } },
          evidence: { select: { evidenceId: true } },
        },
      },
      comments: { orderBy: { createdAt: "asc" }, include: { author: { select: { name: true } } } },
    },
  });
  if (!claim) throw new NotFoundError("Claim");
  // The claim's flags: those raised on it and those on words inside its span (detectors flag words, not claims).
  const [flags, merged] = await Promise.all([
    db.flag.findMany({
      where: { articleId: claim.articleId, OR: [{ claimId: claim.id }, { start: { lt: claim.end }, end: { gt: claim.start }, anchorState: { not: "orphaned" } }] },
      orderBy: { start: "asc" },
    }),
    mergedHistoryIds(claim.id),
  ]);
  const seesVerdicts = canSeeVerdictsOf(actor, claim.status);
  const seesWork = can(actor.role, "verdict.read_unpublished");
  // Blind second review: a reviewer yet to rate a claim that needs a second review sees no other verdict.
  const blind = isBlindTo(actor, claim.status, claim.verdicts.map((v) => v.reviewerId));
  const verdicts = blind ? [] : claim.verdicts.filter((v) => seesWork || (seesVerdicts && v.id === claim.finalVerdictId));
  const partIds = [...claim.evidence.map((e) => e.id), ...claim.verdicts.map((v) => v.id), ...claim.comments.map((c) => c.id)];
  const readsHistory = can(actor.role, "audit.read");
  const history = !readsHistory ? [] : await db.auditLog.findMany({
    where: { OR: [{ entityType: "claim", entityId: { in: merged.claimIds } }, { entityType: { in: PART_ENTITY_TYPES }, entityId: { in: [...partIds, ...merged.droppedVerdictIds] } }] },
    orderBy: { createdAt: "desc" },
    take: 100,
    relationLoadStrategy: "join",
    include: { actor: { select: { name: true } } },
  });
  return {
    ...claim,
    finalVerdictId: seesVerdicts ? claim.finalVerdictId : null,
    evidence: seesVerdicts ? claim.evidence.filter((e) => !e.deletedAt).map((e) => ({ ...e, archive: e.archive ? { ...e.archive, kind: e.archive.kind as "text" | "file" } : null })) : [],
    comments: can(actor.role, "comment.read") ? claim.comments : [],
    flags,
    verdicts: verdicts.map(({ evidence, ...v }) => ({ ...v, evidenceIds: evidence.map((e) => e.evidenceId) })),
    blindReview: blind,
    history: history.filter((h) => !blind || (h.entityType !== "verdict" && !VERDICT_REVEALING_CLAIM_ACTIONS.includes(h.action))).map((h) => ({
      id: h.id.toString(),
      action: h.action,
      actor: h.actor?.name ?? "system",
      createdAt: h.createdAt,
      description: describeAuditEvent(h, { actor: h.actor?.name ?? "The system" }),
      onMergedClaim: h.entityType === "claim" && h.entityId !== claim.id,
    })),
  };
}

/**
 * The claim and every claim merged into it, however long ago, and the verdicts dropped in those merges:
 * their history is the merged claim's history.
 */
async function mergedHistoryIds(claimId: string): Promise<{ claimIds: string[]; droppedVerdictIds: string[] }> {
  const ids = new Set([claimId]);
  const dropped: string[] = [];
  let frontier = [claimId];
  for (let depth = 0; frontier.length && depth < 20; depth++) {
    const merges = await getDb().auditLog.findMany({ where: { action: "claim.merge", entityType: "claim", entityId: { in: frontier } }, select: { after: true } });
    const afters = merges.map((m) => (m.after ?? {}) as { absorbedIds?: unknown; droppedVerdictIds?: unknown });
    const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
    dropped.push(...afters.flatMap((a) => strings(a.droppedVerdictIds)));
    frontier = afters.flatMap((a) => strings(a.absorbedIds)).filter((id) => !ids.has(id));
    for (const id of frontier) ids.add(id);
  }
  return { claimIds: [...ids], droppedVerdictIds: dropped };
}

