import type { Actor } from "../auth/actor";
import { assertCan, can } from "../auth/permissions";
import { sqlRows } from "../db/client";
import { encodeCursor } from "../pagination/keyset-cursor";
import type { ClaimStatus } from "../db/generated/enums";
import type { QueueCounts, QueueItemView, QueueQuery } from "./get-my-queue.types";
export { QueueQuery, QueueResponse, QueueView } from "./get-my-queue.types";

/** How far back "recent articles" reach for the unassigned claims below the queue. */
export const RECENT_ARTICLE_DAYS = 30;

interface Row {
  id: string;
  text: string;
  status: ClaimStatus;
  score: number | null;
  dueAt: Date | null;
  createdAt: Date;
  articleId: string;
  articleTitle: string;
  articleCreatedAt: Date;
  rated: boolean;
  overdue: boolean;
}

const COLUMNS = `c."id", c."text", c."status", c."score", c."dueAt", c."createdAt", a."id" AS "articleId", a."title" AS "articleTitle", a."createdAt" AS "articleCreatedAt",
  EXISTS (SELECT 1 FROM "Verdict" v WHERE v."claimId" = c."id" AND v."reviewerId" = $1) AS "rated",
  COALESCE(c."dueAt" < now(), false) AS "overdue"`;

/** The statuses in which a claim waits on this person: reviewers review; editors also approve and publish. */
function waitingStatuses(actor: Actor): ClaimStatus[] {
  return can(actor.role, "claim.publish") ? ["new", "in_review", "needs_second_review", "approved"] : ["new", "in_review", "needs_second_review"];
}

const view = ({ articleCreatedAt: _a, ...row }: Row): Omit<QueueItemView, "dueAt" | "createdAt"> & { dueAt: Date | null; createdAt: Date } => row;

async function queueCounts(actor: Actor, statuses: ClaimStatus[], since: Date) {
  const [counts] = await sqlRows<QueueCounts>(
    `SELECT
       (SELECT count(*)::int FROM "Claim" c WHERE c."assigneeId" = $1 AND c."status"::text = ANY($2::text[])) AS "assigned",
       (SELECT count(*)::int FROM "Claim" c WHERE c."assigneeId" = $1 AND c."status"::text = ANY($2::text[]) AND c."dueAt" < now()) AS "overdue",
       (SELECT count(*)::int FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId"
          WHERE c."assigneeId" IS NULL AND c."status" IN ('new', 'in_review', 'needs_second_review') AND a."createdAt" >= $3) AS "unassigned"`,
    [actor.id, statuses, since],
  );
  return counts!;
}

/** The counts the header shows beside "My queue": claims waiting on me (of which overdue) and unassigned ones. */
export async function countMyQueue(actor: Actor): Promise<QueueCounts> {
  assertCan(actor, "queue.read");
  return queueCounts(actor, waitingStatuses(actor), recentSince());
}

const recentSince = () => new Date(Date.now() - RECENT_ARTICLE_DAYS * 86_400_000);

/**
 * My queue: the claims assigned to me that wait on me, by due date (none last), then check-worthiness score
 * (highest first), then age (oldest first); below, the unassigned claims of recent articles (newest article
 * first, then score). Both keyset-paginated on sort keys that are plain row comparisons (NULLs folded into
 * ±infinity), and the counts of the header.
 */
export async function getMyQueue(actor: Actor, query: QueueQuery = {}) {
  assertCan(actor, "queue.read");
  const take = query.take ?? 50;
  const statuses = waitingStatuses(actor);
  const since = recentSince();

  const assignedValues: unknown[] = [actor.id, statuses, take + 1];
  let assignedAfter = "";
  if (query.after) {
    const [due, score, createdAt, id] = query.after;
    assignedValues.push(due ?? "infinity", score === null ? 1 : -score, createdAt, id);
    assignedAfter = `AND (COALESCE(c."dueAt", 'infinity'::timestamptz), -COALESCE(c."score", -1), c."createdAt", c."id") > ($4::timestamptz, $5::float8, $6::timestamptz, $7)`;
  }
  const unassignedValues: unknown[] = [actor.id, ["new", "in_review", "needs_second_review"], take + 1, since];
  let unassignedAfter = "";
  if (query.unassignedAfter) {
    const [articleCreatedAt, score, id] = query.unassignedAfter;
    unassignedValues.push(articleCreatedAt, score ?? -1, id);
    unassignedAfter = `AND (a."createdAt", COALESCE(c."score", -1), c."id") < ($5::timestamptz, $6::float8, $7)`;
  }
  const [assigned, unassigned, counts] = await Promise.all([
    sqlRows<Row>(
      `SELECT ${COLUMNS} FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId"
       WHERE c."assigneeId" = $1 AND c."status"::text = ANY($2::text[]) ${assignedAfter}
       ORDER BY COALESCE(c."dueAt", 'infinity'::timestamptz), -COALESCE(c."score", -1), c."createdAt", c."id"
       LIMIT $3`,
      assignedValues,
    ),
    sqlRows<Row>(
      `SELECT ${COLUMNS} FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId"
       WHERE c."assigneeId" IS NULL AND c."status"::text = ANY($2::text[]) AND a."createdAt" >= $4 ${unassignedAfter}
       ORDER BY a."createdAt" DESC, COALESCE(c."score", -1) DESC, c."id" DESC
       LIMIT $3`,
      unassignedValues,
    ),
    queueCounts(actor, statuses, since),
  ]);
  const page = assigned.slice(0, take);
  const last = page.at(-1);
  const upage = unassigned.slice(0, take);
  const ulast = upage.at(-1);
  return {
    counts,
    assigned: page.map(view),
    nextCursor: assigned.length > take && last ? encodeCursor([last.dueAt?.toISOString() ?? null, last.score, last.createdAt.toISOString(), last.id] ) : null,
    unassigned: upage.map(view),
    nextUnassignedCursor: unassigned.length > take && ulast ? encodeCursor([ulast.articleCreatedAt.toISOString(), ulast.score, ulast.id] ) : null,
  };
}
