import { getDb } from "../db/client";
import { NotFoundError } from "../errors";

/**
 * Everything the article reader shows at once: the text, its claims with their final ratings, its flags.
 * One SQL statement (relation joins) whatever the number of claims.
 */
export async function getArticleWorkspace(articleId: string) {
  const db = getDb();
  const article = await db.article.findUnique({
    where: { id: articleId },
    relationLoadStrategy: "join",
    include: {
      claims: {
        orderBy: { start: "asc" },
        include: {
          finalVerdict: { include: { rating: true } },
          _count: { select: { verdicts: true, evidence: true, comments: true } },
        },
      },
      flags: { orderBy: [{ start: "asc" }], include: { createdBy: { select: { name: true } } } },
      versions: { orderBy: { number: "desc" }, select: { id: true, number: true, sha256: true, createdAt: true } },
    },
  });
  if (!article) throw new NotFoundError("Article");
  return article;
}

export type ArticleWorkspace = Awaited<ReturnType<typeof getArticleWorkspace>>;
