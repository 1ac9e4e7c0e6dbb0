"use client";

import Link from "next/link";
import { useCallback, useEffect, useState } from "react";
import type { ImportBatchView } from "@/lib/import/get-import-batch.types";
import { api } from "@/lib/client/api";
import { Button, buttonClasses } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useApiAction } from "@/components/ui/use-api-action";
import { countOf } from "@/lib/format/count";

type Batch = ImportBatchView;

const POLL_MS = 600;

const OUTCOME_LABELS: Record<string, string> = {
  pending: "Pending",
  imported: "Imported",
  new_version: "New version",
  duplicate: "Duplicate",
  rejected: "Rejected",
};

/**
 * A bulk import: the file goes to POST /api/imports (queued for the workers), then the progress bar polls
 * GET /api/imports/{id} for the committed counts until the batch is done, and the per-row results follow.
 * The batch id is kept in the address, so a reload picks the progress up again.
 */
export function BulkImport({ initialBatchId }: { initialBatchId: string | null }) {
  const { pending, error, fieldErrors, run } = useApiAction();
  const [batchId, setBatchId] = useState<string | null>(initialBatchId);
  const [batch, setBatch] = useState<Batch | null>(null);
  const [pollError, setPollError] = useState<string | null>(null);

  useEffect(() => {
    if (!batchId) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const { batch: progress } = await api.imports.get(batchId, { rows: false });
        if (cancelled) return;
        if (progress.status === "done") {
          const { batch: full } = await api.imports.get(batchId);
          if (!cancelled) setBatch(full);
          return;
        }
        setBatch(progress);
        setPollError(null);
      } catch (e) {
        if (cancelled) return;
        setPollError((e as Error).message);
      }
      timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
    };
  }, [batchId]);

  const rememberBatch = useCallback((id: string | null) => {
    const url = new URL(window.location.href);
    url.searchParams.set("tab", "bulk");
    if (id) url.searchParams.set("batch", id);
    else url.searchParams.delete("batch");
    window.history.replaceState(null, "", url);
  }, []);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await run(() => api.imports.enqueue(form));
    if (!result) return;
    setBatch(null);
    setBatchId(result.batch.id);
    rememberBatch(result.batch.id);
  }

  function startOver() {
    setBatch(null);
    setBatchId(null);
    rememberBatch(null);
  }

  if (batchId) {
    return (
      <div className="import-form">
        <BatchProgress batch={batch} />
        {pollError && (
          <div className="form-error" role="alert">
            {pollError}
          </div>
        )}
        {batch?.status === "done" && batch.rows && <BatchResults batch={batch} />}
        {batch?.status === "done" && (
          <div className="row">
            <Button onClick={startOver}>Import another file</Button>
            <Link className={buttonClasses()} href="/articles">
              Go to the articles
            </Link>
          </div>
        )}
      </div>
    );
  }

  return (
    <form className="import-form" onSubmit={onSubmit} noValidate aria-label="Bulk import">
      <Field label="JSONL or CSV file" name="bulk-file" error={fieldErrors.file} hint="One article per line (JSONL) or per row (CSV, with a header row).">
        <input id="bulk-file" name="file" type="file" accept=".jsonl,.ndjson,.csv,application/json,text/csv" />
      </Field>
      {error && Object.keys(fieldErrors).length === 0 && (
        <div className="form-error" role="alert">
          {error}
        </div>
      )}
      <div className="row">
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? "Uploading…" : "Start import"}
        </Button>
      </div>
    </form>
  );
}

function BatchProgress({ batch }: { batch: Batch | null }) {
  const total = batch?.total ?? 0;
  const processed = batch?.processed ?? 0;
  const percent = total > 0 ? Math.floor((processed / total) * 100) : 0;
  const state = !batch ? "Starting…" : batch.status === "queued" ? "Waiting for a worker…" : batch.status === "running" ? "Importing…" : "Done";
  return (
    <section aria-label="Import progress" className="stack">
      <div className="row">
        <strong>{batch?.fileName ?? "Bulk import"}</strong>
        <span className="spacer" />
        <span className="small muted" data-testid="import-state">
          {state}
        </span>
      </div>
      <div className="import-progress" role="progressbar" aria-label="Rows imported" aria-valuemin={0} aria-valuemax={total} aria-valuenow={processed} aria-valuetext={`${percent}%`}>
        <div className="import-progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <div className="row-wrap small">
        <span data-testid="import-percent">{percent}%</span>
        <span className="muted">
          {processed.toLocaleString("en")} of {countOf(total, { one: "row", other: "rows" })}
        </span>
        <span className="spacer" />
        {batch && (
          <>
            <span className="badge badge-outcome-imported">{batch.imported} imported</span>
            <span className="badge badge-outcome-new_version">{countOf(batch.newVersions, { one: "new version", other: "new versions" })}</span>
            <span className="badge badge-outcome-duplicate">{countOf(batch.duplicates, { one: "duplicate", other: "duplicates" })}</span>
            <span className="badge badge-outcome-rejected">{batch.rejected} rejected</span>
          </>
        )}
      </div>
    </section>
  );
}

function BatchResults({ batch }: { batch: Batch }) {
  const rows = batch.rows ?? [];
  return (
    <div className="import-results">
      <table className="table" aria-label="Import results">
        <thead>
          <tr>
            <th className="num">Line</th>
            <th>Title</th>
            <th>Outcome</th>
            <th>Details</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line} data-testid="import-row" data-outcome={row.outcome}>
              <td className="num">{row.line}</td>
              <td>{row.title ?? <span className="muted">—</span>}</td>
              <td>
                <span className={`badge badge-outcome-${row.outcome}`}>{OUTCOME_LABELS[row.outcome] ?? row.outcome}</span>
              </td>
              <td>
                {row.outcome === "rejected" ? (
                  <span className="field-error">{row.reason}</span>
                ) : row.articleId ? (
                  <Link href={`/articles/${row.articleId}`}>
                    {row.outcome === "duplicate" ? `Existing article (version ${row.version})` : row.outcome === "new_version" ? `Article, now version ${row.version}` : "Open article"}
                  </Link>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
