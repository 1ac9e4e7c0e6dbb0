"use client";

import { useState } from "react";
import { api, ApiError } from "@/lib/client/api";
import { CLAIM_STATUSES, CLAIM_STATUS_LABELS } from "@/lib/claims/claim-status";
import { REPORT_FORMATS, type ReportFormat } from "@/lib/reports/report.types";
import { formatBytes } from "@/lib/config/import-limits";
import { countOf } from "@/lib/format/count";
import { Button, buttonClasses } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FORMAT_LABELS } from "./export-menu";

type Progress = { bytes: number; articles: number | null; done: boolean };

/**
 * The cross-article export: filters, a format and a kind, then the file streams in with its progress (bytes
 * received of how many articles) and is saved. A plain link gives the same file to the browser's own download.
 */
export function ReportsExport({
  canExportWorking,
  ratings,
  publishers,
  reviewers,
}: {
  canExportWorking: boolean;
  ratings: { slug: string; label: string }[];
  publishers: string[];
  reviewers: { id: string; name: string }[];
}) {
  const [query, setQuery] = useState<Record<string, string>>({ format: "csv", kind: "published", from: "", to: "", publisher: "", reviewer: "", rating: "", status: "", bom: "1" });
  const [progress, setProgress] = useState<Progress | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const set = (name: string) => (event: { target: { value: string } }) => setQuery((q) => ({ ...q, [name]: event.target.value }));
  const sent: Record<string, string> = { ...query, bom: query.format === "csv" ? (query.bom ?? "1") : "" };

  async function run() {
    setErrors({});
    setMessage(null);
    setProgress({ bytes: 0, articles: null, done: false });
    try {
      const { blob, fileName } = await api.reports.download(sent, (p) => setProgress({ ...p, done: false }));
      setProgress((p) => ({ bytes: blob.size, articles: p?.articles ?? null, done: true }));
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = fileName;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setProgress(null);
      if (e instanceof ApiError) {
        setErrors(e.byField());
        setMessage(e.message);
      } else setMessage("The export failed; try again.");
    }
  }

  const busy = progress !== null && !progress.done;
  return (
    <section className="card reports-card" aria-label="Export reports">
      <form
        className="reports-form"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <Field label="Format" name="format" error={errors.format}>
          <select id="format" value={query.format} onChange={set("format")}>
            {REPORT_FORMATS.map((f: ReportFormat) => (
              <option key={f} value={f}>
                {FORMAT_LABELS[f]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Report" name="kind" error={errors.kind}>
          <select id="kind" value={query.kind} onChange={set("kind")}>
            <option value="published">Published report</option>
            {canExportWorking && <option value="working">Working report (desk only)</option>}
          </select>
        </Field>
        <Field label="Articles published from" name="from" error={errors.from}>
          <input id="from" type="date" value={query.from} onChange={set("from")} />
        </Field>
        <Field label="to" name="to" error={errors.to}>
          <input id="to" type="date" value={query.to} onChange={set("to")} />
        </Field>
        <Field label="Publisher" name="publisher" error={errors.publisher}>
          <select id="publisher" value={query.publisher} onChange={set("publisher")}>
            <option value="">Any</option>
            {publishers.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </Field>
        {reviewers.length > 0 && (
          <Field label="Reviewer" name="reviewer" error={errors.reviewer}>
            <select id="reviewer" value={query.reviewer} onChange={set("reviewer")}>
              <option value="">Any</option>
              {reviewers.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field label="Rating" name="rating" error={errors.rating}>
          <select id="rating" value={query.rating} onChange={set("rating")}>
            <option value="">Any</option>
            {ratings.map((r) => (
              <option key={r.slug} value={r.slug}>
                {r.label}
              </option>
            ))}
          </select>
        </Field>
        {query.kind === "working" && (
          <Field label="Status" name="status" error={errors.status}>
            <select id="status" value={query.status} onChange={set("status")}>
              <option value="">Any</option>
              {CLAIM_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {CLAIM_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </Field>
        )}
        {query.format === "csv" && (
          <label className="reports-check">
            <input type="checkbox" checked={query.bom === "1"} onChange={(e) => setQuery((q) => ({ ...q, bom: e.target.checked ? "1" : "0" }))} /> Byte order mark (for spreadsheet apps)
          </label>
        )}
        <div className="reports-actions">
          <Button variant="primary" type="submit" disabled={busy} data-testid="reports-export">
            {busy ? "Exporting…" : "Export"}
          </Button>
          <a className={buttonClasses()} href={api.reports.url(sent)} download>
            Download directly
          </a>
        </div>
      </form>
      {progress && (
        <div className="reports-progress" role="status" aria-live="polite" data-testid="reports-progress">
          <progress max={1} value={progress.done ? 1 : undefined} aria-label="Export progress" />
          <span>
            {progress.done ? "Done: " : "Writing "}
            {progress.articles !== null ? countOf(progress.articles, { one: "article", other: "articles" }) : "the reports"} · {formatBytes(progress.bytes)}
            {progress.done ? " saved." : " received…"}
          </span>
        </div>
      )}
      {message && (
        <div className="form-error" role="alert">
          {message}
        </div>
      )}
    </section>
  );
}
