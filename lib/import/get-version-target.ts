import "server-only";
import { getDb } from "../db/client";
import { Id } from "../validation/common";

export interface VersionTarget {
  id: string;
  title: string;
  url: string | null;
  publisher: string | null;
  author: string | null;
  publishedAt: Date | null;
  language: string;
  versionNumber: number;
}

/** The article a new version is being imported for (the import page's `versionOf`), or null if there is none. */
export async function getVersionTarget(articleId: string): Promise<VersionTarget | null> {
  if (!Id.safeParse(articleId).success) return null;
  return getDb().article.findUnique({
    where: { id: articleId },
    select: { id: true, title: true, url: true, publisher: true, author: true, publishedAt: true, language: true, versionNumber: true },
  });
}
