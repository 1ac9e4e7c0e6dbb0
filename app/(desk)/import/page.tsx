import { requirePageActor } from "@/lib/auth/require-page-actor";
import { getLimits } from "@/lib/config/limits";
import { formatBytes, getImportLimits } from "@/lib/config/import-limits";
import { getVersionTarget } from "@/lib/import/get-version-target";
import { ImportWorkspace, type ImportTab } from "@/components/import/import-workspace";

export const metadata = { title: "Import" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (typeof value === "string" && value ? value : null);

export default async function ImportPage({ searchParams }: Props) {
  const params = await searchParams;
  const versionOf = one(params.versionOf);
  const batchId = one(params.batch);
  const requested = one(params.tab);
  await requirePageActor("article.import", "/import");
  const target = versionOf ? await getVersionTarget(versionOf) : null;
  const tab: ImportTab = batchId ? "bulk" : requested === "upload" || requested === "bulk" ? requested : "paste";
  const { maxArticleChars } = getLimits();
  const { maxUploadBytes, maxBulkFileBytes, maxBulkRows } = getImportLimits();

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{target ? "Import a new version" : "Import articles"}</h1>
          <p>
            {target
              ? "Paste or upload the changed text. Every version's text is kept; the article's claims and flags follow the words into the new text."
              : "Paste an article, upload a file, or import many at once. Each text is kept as an immutable snapshot; its claims are proposed and its flags raised on import."}
          </p>
        </div>
      </div>
      {versionOf && !target && (
        <div className="form-error page-notice" role="alert">
          The article to version (versionOf={versionOf}) does not exist; what you import now becomes a new article.
        </div>
      )}
      <div className="import-layout">
        <ImportWorkspace
          initialTab={tab}
          initialBatchId={batchId}
          versionTarget={target ? { id: target.id, title: target.title, versionNumber: target.versionNumber } : null}
          defaults={
            target
              ? {
                  title: target.title,
                  url: target.url ?? undefined,
                  publisher: target.publisher ?? undefined,
                  author: target.author ?? undefined,
                  publishedAt: target.publishedAt?.toISOString().slice(0, 10),
                  language: target.language,
                }
              : {}
          }
        />
        <aside className="card import-help" aria-label="Formats and limits">
          <h3>Formats</h3>
          <p>
            <strong>Files:</strong> .txt, .md or .html in UTF-8, up to {formatBytes(maxUploadBytes)}. HTML is reduced to its readable text (navigation, scripts and
            footers dropped, paragraphs kept); Markdown to its words.
          </p>
          <p>
            <strong>Bulk:</strong> a JSONL file (one JSON object per line) or a CSV file with a header row, up to {formatBytes(maxBulkFileBytes)} and{" "}
            {maxBulkRows.toLocaleString("en")} rows. Fields: <code>title</code> and <code>text</code> (required), <code>url</code>, <code>publisher</code>,{" "}
            <code>author</code>, <code>publishedAt</code> (2025-10-30), <code>language</code> (en).
          </p>
          <pre className="import-example">{`{"title": "…", "text": "…", "url": "https://…"}`}</pre>
          <p>A bad row is rejected with its line number and the field; the other rows are still imported.</p>
          <h3>Limits</h3>
          <p>An article&apos;s text may be up to {maxArticleChars.toLocaleString("en")} characters.</p>
          <h3>Duplicates and versions</h3>
          <p>
            The same text twice (same SHA-256) is recognised as a duplicate. A different text at the same URL is stored as a new version of that article; the old text
            is kept. To version a particular article, use <em>Import new version</em> on its page.
          </p>
        </aside>
      </div>
    </>
  );
}
