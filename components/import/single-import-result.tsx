import Link from "next/link";
import type { ImportOutcome } from "@/lib/articles/import-article.types";

/** What POST /api/articles and /api/articles/upload answer. */
export type SingleImportResult = ImportOutcome;

/** A duplicate is not an error, but nothing was imported: say so and link to the article that has the text. */
export function DuplicateNotice({ result }: { result: SingleImportResult }) {
  return (
    <div className="import-notice" role="status" data-testid="duplicate-notice">
      <strong>Already imported.</strong> This exact text (same SHA-256) is version {result.version} of an article in Factdesk; nothing new was stored.{" "}
      <Link href={`/articles/${result.articleId}`}>Open the existing article →</Link>
    </div>
  );
}
