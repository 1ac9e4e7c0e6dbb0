import "server-only";
import { z } from "zod";
import { diffVersions, type VersionChange } from "../anchoring/diff-versions";
import { getDb } from "../db/client";
import { InvalidInputError, NotFoundError } from "../errors";

export const CompareVersionsInput = z.object({
  from: z.coerce.number({ error: "must be a version number" }).int("must be a version number").min(1, "must be a version number"),
  to: z.coerce.number({ error: "must be a version number" }).int("must be a version number").min(1, "must be a version number"),
});
export type CompareVersionsInput = z.infer<typeof CompareVersionsInput>;

export interface VersionComparison {
  from: { number: number; sha256: string; createdAt: Date };
  to: { number: number; sha256: string; createdAt: Date };
  changes: VersionChange[];
  stats: { insertions: number; deletions: number; wordsInserted: number; wordsDeleted: number };
}

const words = (text: string) => text.match(/\S+/g)?.length ?? 0;

/** Word-level changes from one stored version of an article's text to another (see diffVersions). */
export async function compareArticleVersions(articleId: string, input: CompareVersionsInput): Promise<VersionComparison> {
  const versions = await getDb().articleVersion.findMany({
    where: { articleId, number: { in: [input.from, input.to] } },
    select: { number: true, text: true, sha256: true, createdAt: true },
  });
  const from = versions.find((v) => v.number === input.from);
  const to = versions.find((v) => v.number === input.to);
  if (!from && !to && !(await getDb().article.count({ where: { id: articleId } }))) throw new NotFoundError("Article");
  if (!from) throw new InvalidInputError("from", `from: the article has no version ${input.from}`);
  if (!to) throw new InvalidInputError("to", `to: the article has no version ${input.to}`);
  const changes = diffVersions(from.text, to.text);
  const stats = { insertions: 0, deletions: 0, wordsInserted: 0, wordsDeleted: 0 };
  for (const c of changes) {
    if (c.kind === "insert") {
      stats.insertions++;
      stats.wordsInserted += words(c.text);
    } else if (c.kind === "delete") {
      stats.deletions++;
      stats.wordsDeleted += words(c.text);
    }
  }
  const meta = ({ number, sha256, createdAt }: typeof from) => ({ number, sha256, createdAt });
  return { from: meta(from), to: meta(to), changes, stats };
}
