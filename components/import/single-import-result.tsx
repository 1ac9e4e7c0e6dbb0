import Link from "next/link";
import type { ImportOutcome } from "@/lib/articles/import-article.types";
import { Button } from "@/components/ui/button";

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

/** The end of a one-article import form: the refusal not tied to a field, the duplicate notice, the submit button. */
export function SingleImportFooter({ error, fieldErrors, duplicate, pending, label, pendingLabel }: { error: string | null; fieldErrors: Record<string, string>; duplicate: SingleImportResult | null; pending: boolean; label: string; pendingLabel: string }) {
  return (
    <>
      {error && Object.keys(fieldErrors).length === 0 && (
        <div className="form-error" role="alert">
          {error}
        </div>
      )}
      {duplicate && <DuplicateNotice result={duplicate} />}
      <div className="row">
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? pendingLabel : label}
        </Button>
      </div>
    </>
  );
}
