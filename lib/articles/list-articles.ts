import { getDb } from "../db/client";

export interface ArticleListItem {
  id: string;
  title: string;
  publisher: string | null;
  author: string | null;
  url: string | null;
  publishedAt: Date | null;
  language: string;
  versionNumber: number;
  createdAt: Date;
  claimCount: number;
  publishedCount: number;
  openFlagCount: number;
}

/** Articles, newest first, with the counts a desk scans for. Two grouped queries, not one per article. */
export async function listArticles(options: { take?: number } = {}): Promise<ArticleListItem[]> {
  const db = getDb();
  const articles = await db.article.findMany({
    orderBy: { createdAt: "desc" },
    take: options.take ?? 200,
    select: { id: true, title: true, publisher: true, author: true, url: true, publishedAt: true, language: true, versionNumber: true, createdAt: true },
  });
  const ids = articles.map((a) => a.id);
  const [claimCounts, flagCounts] = await Promise.all([
    db.claim.groupBy({ by: ["articleId", "status"], where: { articleId: { in: ids } }, _count: { _all: true } }),
    db.flag.groupBy({ by: ["articleId"], where: { articleId: { in: ids }, status: "open" }, _count: { _all: true } }),
  ]);
  return articles.map((a) => {
    const mine = claimCounts.filter((c) => c.articleId === a.id);
    return {
      ...a,
      claimCount: mine.filter((c) => c.status !== "dismissed").reduce((n, c) => n + c._count._all, 0),
      publishedCount: mine.filter((c) => c.status === "published").reduce((n, c) => n + c._count._all, 0),
      openFlagCount: flagCounts.find((f) => f.articleId === a.id)?._count._all ?? 0,
    };
  });
}
