import "server-only";
import type { Actor } from "../auth/actor";
import { assertCan, can } from "../auth/permissions";
import { sqlRows } from "../db/client";
import type { AnchorState, ClaimOrigin, ClaimStatus } from "../db/generated/enums";
import { NotFoundError } from "../errors";
import { describeAuditEvent } from "../audit/describe-audit-event";
import { canSeeVerdictsOf, isBlindTo, VERDICT_REVEALING_CLAIM_ACTIONS } from "../verdicts/verdict-visibility";
import type { ClaimDetail } from "./get-claim-detail.types";
export { ClaimDetailView, ClaimDetailResponse, type ClaimDetail } from "./get-claim-detail.types";

/** A timestamp inside the JSON parts, as the ISO string a Date serialises to (JSON has no dates). */
const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
/** …read back as a Date, so the parts hold Dates like the claim's own columns. */
const toDate = (value: string | Date): Date => (typeof value === "string" ? new Date(value) : value);
const toDateOrNull = (value: string | Date | null | undefined): Date | null => (value == null ? null : toDate(value));

type ClaimDetailRow = Omit<ClaimDetail, "history" | "blindReview" | "verdicts"> & {
  verdicts: (Omit<ClaimDetail["verdicts"][number], "reviewer"> & { reviewer: { id: string; name: string } })[];
  anchorState: AnchorState;
  status: ClaimStatus;
  origin: ClaimOrigin;
};

/**
 * The claim with its article, assignee, live evidence, verdicts, comments and flags — the flags raised on it
 * and those on words inside its span (detectors flag words, not claims) — as one row, its parts aggregated
 * as JSON in the shapes of the view.
 */
const CLAIM_SQL = `
SELECT c."id", c."articleId", c."text", c."start", c."end", c."anchorState", c."status", c."origin", c."score",
       c."dismissalReason", c."finalVerdictId", c."revision", c."dueAt",
       json_build_object('id', a."id", 'title', a."title", 'versionNumber', a."versionNumber") AS "article",
       CASE WHEN au."id" IS NULL THEN NULL ELSE json_build_object('id', au."id", 'name', au."name") END AS "assignee",
       (SELECT coalesce(json_agg(json_build_object(
                 'id', e."id", 'url', e."url", 'title', e."title", 'publisher', e."publisher", 'publishedAt', ${iso(`e."publishedAt"`)},
                 'excerpt', e."excerpt", 'stance', e."stance", 'accessedAt', ${iso(`e."accessedAt"`)}, 'revision', e."revision",
                 'addedBy', CASE WHEN eu."id" IS NULL THEN NULL ELSE json_build_object('id', eu."id", 'name', eu."name") END,
                 'archive', CASE WHEN ar."id" IS NULL THEN NULL ELSE json_build_object('kind', ar."kind", 'fileName', ar."fileName", 'mimeType', ar."mimeType",
                   'byteSize', ar."byteSize", 'sha256', ar."sha256", 'capturedAt', ${iso(`ar."capturedAt"`)}) END
               ) ORDER BY e."createdAt", e."id"), '[]'::json)
          FROM "Evidence" e
          LEFT JOIN "User" eu ON eu."id" = e."addedById"
          LEFT JOIN "EvidenceArchive" ar ON ar."evidenceId" = e."id"
         WHERE e."claimId" = c."id" AND e."deletedAt" IS NULL) AS "evidence",
       (SELECT coalesce(json_agg(json_build_object(
                 'id', v."id", 'ratingId', v."ratingId", 'rationale', v."rationale", 'confidence', v."confidence", 'revision', v."revision",
                 'rating', json_build_object('id', r."id", 'slug', r."slug", 'label', r."label", 'value', r."value", 'color', r."color",
                   'isDismissal', r."isDismissal", 'description', r."description"),
                 'reviewer', json_build_object('id', vu."id", 'name', vu."name"),
                 'approvedBy', CASE WHEN ap."id" IS NULL THEN NULL ELSE json_build_object('name', ap."name") END,
                 'approvedAt', ${iso(`v."approvedAt"`)}, 'ratedAt', ${iso(`v."ratedAt"`)},
                 'evidenceIds', (SELECT coalesce(json_agg(ve."evidenceId" ORDER BY ve."evidenceId"), '[]'::json) FROM "VerdictEvidence" ve WHERE ve."verdictId" = v."id")
               ) ORDER BY v."createdAt", v."id"), '[]'::json)
          FROM "Verdict" v
          JOIN "Rating" r ON r."id" = v."ratingId"
          JOIN "User" vu ON vu."id" = v."reviewerId"
          LEFT JOIN "User" ap ON ap."id" = v."approvedById"
         WHERE v."claimId" = c."id") AS "verdicts",
       (SELECT coalesce(json_agg(json_build_object('id', m."id", 'body', m."body", 'createdAt', ${iso(`m."createdAt"`)}, 'author', json_build_object('name', mu."name"))
               ORDER BY m."createdAt", m."id"), '[]'::json)
          FROM "Comment" m JOIN "User" mu ON mu."id" = m."authorId"
         WHERE m."claimId" = c."id") AS "comments",
       (SELECT coalesce(json_agg(json_build_object('id', f."id", 'kind', f."kind", 'severity', f."severity", 'status', f."status", 'explanation', f."explanation")
               ORDER BY f."start", f."id"), '[]'::json)
          FROM "Flag" f
         WHERE f."articleId" = c."articleId"
           AND (f."claimId" = c."id" OR (f."start" < c."end" AND f."end" > c."start" AND f."anchorState" <> 'orphaned'))) AS "flags"
  FROM "Claim" c
  JOIN "Article" a ON a."id" = c."articleId"
  LEFT JOIN "User" au ON au."id" = c."assigneeId"
 WHERE c."id" = $1`;

interface HistoryRow {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  createdAt: Date;
  actorName: string | null;
}

/**
 * The claim's history: audit rows of the claim and of every claim merged into it however long ago (the
 * merges' `absorbedIds`, followed to depth 20), and of its parts — evidence (deleted too: its history stays),
 * verdicts, comments, and the verdicts dropped in those merges. Newest first, at most 100.
 */
const HISTORY_SQL = `
WITH RECURSIVE merged("id", "depth") AS (
  SELECT $1::text, 0
  UNION
  SELECT absorbed.value #>> '{}', merged."depth" + 1
    FROM merged
    JOIN "AuditLog" l ON l."action" = 'claim.merge' AND l."entityType" = 'claim' AND l."entityId" = merged."id"
   CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(l."after" -> 'absorbedIds') = 'array' THEN l."after" -> 'absorbedIds' ELSE '[]'::jsonb END) AS absorbed
   WHERE merged."depth" < 20 AND jsonb_typeof(absorbed.value) = 'string'
),
dropped AS (
  SELECT d.value #>> '{}' AS "id"
    FROM "AuditLog" l
   CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(l."after" -> 'droppedVerdictIds') = 'array' THEN l."after" -> 'droppedVerdictIds' ELSE '[]'::jsonb END) AS d
   WHERE l."action" = 'claim.merge' AND l."entityType" = 'claim' AND l."entityId" IN (SELECT "id" FROM merged) AND jsonb_typeof(d.value) = 'string'
),
parts AS (
  SELECT "id" FROM "Evidence" WHERE "claimId" = $1
  UNION ALL SELECT "id" FROM "Verdict" WHERE "claimId" = $1
  UNION ALL SELECT "id" FROM "Comment" WHERE "claimId" = $1
  UNION ALL SELECT "id" FROM dropped
)
SELECT l."id"::text AS "id", l."action", l."entityType", l."entityId", l."before", l."after", l."createdAt", u."name" AS "actorName"
  FROM "AuditLog" l
  LEFT JOIN "User" u ON u."id" = l."actorId"
 WHERE (l."entityType" = 'claim' AND l."entityId" IN (SELECT "id" FROM merged))
    OR (l."entityType" IN ('evidence', 'verdict', 'comment') AND l."entityId" IN (SELECT "id" FROM parts))
 ORDER BY l."createdAt" DESC, l."id" DESC
 LIMIT 100`;

/**
 * A claim with its evidence, verdicts, flags, comments and history (audit rows of the claim and its parts),
 * as far as the actor may read them: a viewer gets the final verdict and evidence of a published claim only,
 * no comments and no history; a reviewer in a blind second review gets no verdict and no history line of one.
 * Two statements whatever the claim holds, in plain SQL: the reviewer's most frequent read, where Prisma's
 * per-query compilation cost more than the statements themselves (README, benchmarks).
 */
export async function getClaimDetail(actor: Actor, claimId: string): Promise<ClaimDetail> {
  assertCan(actor, "article.read");
  const readsHistory = can(actor.role, "audit.read");
  const [[claim], history] = await Promise.all([
    sqlRows<ClaimDetailRow>(CLAIM_SQL, [claimId]),
    readsHistory ? sqlRows<HistoryRow>(HISTORY_SQL, [claimId]) : Promise.resolve([]),
  ]);
  if (!claim) throw new NotFoundError("Claim");
  const seesVerdicts = canSeeVerdictsOf(actor, claim.status);
  const seesWork = can(actor.role, "verdict.read_unpublished");
  // Blind second review: a reviewer yet to rate a claim that needs a second review sees no other verdict.
  const blind = isBlindTo(actor, claim.status, claim.verdicts.map((v) => v.reviewer.id));
  const verdicts = blind ? [] : claim.verdicts.filter((v) => seesWork || (seesVerdicts && v.id === claim.finalVerdictId));
  return {
    ...claim,
    finalVerdictId: seesVerdicts ? claim.finalVerdictId : null,
    evidence: seesVerdicts
      ? claim.evidence.map((e) => ({ ...e, publishedAt: toDateOrNull(e.publishedAt), accessedAt: toDate(e.accessedAt), archive: e.archive ? { ...e.archive, capturedAt: toDate(e.archive.capturedAt) } : null }))
      : [],
    comments: can(actor.role, "comment.read") ? claim.comments.map((m) => ({ ...m, createdAt: toDate(m.createdAt) })) : [],
    verdicts: verdicts.map((v) => ({ ...v, approvedAt: toDateOrNull(v.approvedAt), ratedAt: toDate(v.ratedAt) })),
    blindReview: blind,
    history: history
      .filter((h) => !blind || (h.entityType !== "verdict" && !VERDICT_REVEALING_CLAIM_ACTIONS.includes(h.action)))
      .map((h) => ({
        id: h.id,
        action: h.action,
        actor: h.actorName ?? "system",
        createdAt: h.createdAt,
        description: describeAuditEvent(h, { actor: h.actorName ?? "The system" }),
        onMergedClaim: h.entityType === "claim" && h.entityId !== claimId,
      })),
  };
}
