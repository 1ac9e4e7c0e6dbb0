import "server-only";
import { getDb } from "../db/client";

/** The choices of the Reports page's filters: the publishers of the articles, and (for the desk) the reviewers. */
export async function listReportFilters({ reviewers }: { reviewers: boolean }): Promise<{ publishers: string[]; reviewers: { id: string; name: string }[] }> {
  const db = getDb();
  const [publishers, users] = await Promise.all([
    db.article.findMany({ where: { publisher: { not: null } }, distinct: ["publisher"], select: { publisher: true }, orderBy: { publisher: "asc" }, take: 500 }),
    reviewers ? db.user.findMany({ where: { role: { in: ["reviewer", "editor", "admin"] }, disabled: false }, select: { id: true, name: true }, orderBy: { name: "asc" } }) : Promise.resolve([]),
  ]);
  return { publishers: publishers.flatMap((p) => (p.publisher ? [p.publisher] : [])), reviewers: users };
}
