import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { getDb } from "../db/client";
import { NotFoundError } from "../errors";
import { canReadUnpublished, canSeeVerdictsOf } from "../verdicts/verdict-visibility";

/**
 * Everything the article reader shows at once: the text, its claims with their final ratings, its flags.
 * A viewer sees the final rating of published claims only, and no counts of the desk's work in progress.
 * One SQL statement (relation joins) whatever the number of claims.
 */
export async function getArticleWorkspace(actor: Actor, articleId: string) {
  assertCan(actor, "article.read");
  const db = getDb();
  const article = await db.article.findUnique({
    where: { id: articleId },
    relationLoadStrategy: "join",
    include: {
      claims: {
        orderBy: { start: "asc" },
        include: {
          finalVerdict: { include: { rating: true } },
          _count: { select: { verdicts: true, evidence: { where: { deletedAt: null } }, comments: true } },
        },
      },
      flags: { orderBy: [{ start: "asc" }], include: { createdBy: { select: { name: true } } } },
      versions: { orderBy: { number: "desc" }, select: { id: true, number: true, sha256: true, createdAt: true } },
    },
  });
  if (!article) throw new NotFoundError("Article");
  if (canReadUnpublished(actor)) return article;
  return {
    ...article,
    claims: article.claims.map((c) => {
      const visible = canSeeVerdictsOf(actor, c.status);
      return {
        ...c,
        finalVerdictId: visible ? c.finalVerdictId : null,
        finalVerdict: visible ? c.finalVerdict : null,
        _count: { verdicts: visible && c.finalVerdict ? 1 : 0, evidence: visible ? c._count.evidence : 0, comments: 0 },
      };
    }),
  };
}

export type ArticleWorkspace = Awaited<ReturnType<typeof getArticleWorkspace>>;
