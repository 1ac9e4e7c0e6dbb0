import "server-only";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { getDb, type Prisma } from "../db/client";
import { ForbiddenError } from "../errors";
import { assertCanExport } from "./build-article-report";
import { buildArticleReports, type ReportContext } from "./build-article-reports";
import type { ExportReportsQuery } from "./export-reports.types";
import { getOrganisationSettings } from "../organisation/get-organisation-settings";
import { publicBaseUrl } from "./public-url";
import { csvColumns, CSV_OPTIONS } from "./report-csv";
import { readReportCsvRows, type CsvExportArticle } from "./read-report-csv-rows";
import { HTML_DOCUMENT_END, htmlDocumentStart, renderReportSection } from "./render-report-html";
import { renderReportMarkdown } from "./render-report-markdown";
import { REPORT_SCHEMA_VERSION } from "./report.types";
import { toClaimReviews } from "./to-claim-review";
import { toWebAnnotations } from "./to-web-annotations";
import { stringify } from "csv-stringify/sync";

/**
 * Articles read per batch: each batch is one keyset query of articles and one read of their reports (the
 * CSV: its two statements, lib/reports/read-report-csv-rows.ts).
 */
export const EXPORT_BATCH_ARTICLES = 50;

export interface ExportOptions {
  now?: Date;
  baseUrl?: string;
  batchSize?: number;
  /** Called after each batch with the number of articles written so far. */
  onProgress?: (articles: number) => void;
  /** Who reads it (blind second review in a reviewer's working report). */
  reader?: Actor;
}

/** The claims a cross-article export keeps: the kind's own rule, then the query's filters. */
export function exportClaimWhere(query: ExportReportsQuery): Prisma.ClaimWhereInput {
  const where: Prisma.ClaimWhereInput = query.kind === "published" ? { status: "published", finalVerdictId: { not: null } } : {};
  if (query.status) where.status = query.status;
  if (query.rating || query.reviewer) where.finalVerdict = { ...(query.rating ? { rating: { slug: query.rating } } : {}), ...(query.reviewer ? { reviewerId: query.reviewer } : {}) };
  return where;
}

function articleWhere(query: ExportReportsQuery): Prisma.ArticleWhereInput {
  const where: Prisma.ArticleWhereInput = {};
  if (query.article) where.id = query.article;
  if (query.from || query.to) where.publishedAt = { ...(query.from ? { gte: query.from } : {}), ...(query.to ? { lt: new Date(query.to.getTime() + 86_400_000) } : {}) };
  if (query.publisher) where.publisher = { equals: query.publisher, mode: "insensitive" };
  // A published export lists the articles with something published; a claim filter keeps those with a matching claim.
  const claimFilter = query.kind === "published" || query.status || query.rating || query.reviewer;
  if (claimFilter) where.claims = { some: exportClaimWhere(query) };
  return where;
}

/** Who may run this export: the kind's permission, and filtering by reviewer only for the desk. */
export function assertCanExportReports(actor: Actor, query: ExportReportsQuery): void {
  assertCanExport(actor, query.kind);
  if (query.reviewer) {
    try {
      assertCan(actor, "report.export_working");
    } catch {
      throw new ForbiddenError(`Your role (${actor.role}) may not filter reports by reviewer`);
    }
  }
}

/** How many articles the export will hold (shown as the progress total). */
export async function countExportArticles(query: ExportReportsQuery): Promise<number> {
  return getDb().article.count({ where: articleWhere(query) });
}

/**
 * The reports of every article the query selects, in one format, as text chunks written as they are read:
 * keyset batches of articles in (createdAt, id) order, each rendered and handed on before the next is read,
 * so memory holds one batch whatever the size of the export. The caller checks the actor first
 * (assertCanExportReports).
 */
export async function* exportReports(query: ExportReportsQuery, options: ExportOptions = {}): AsyncGenerator<string> {
  const db = getDb();
  const baseUrl = options.baseUrl ?? publicBaseUrl();
  const now = options.now ?? new Date();
  const take = options.batchSize ?? EXPORT_BATCH_ARTICLES;
  // The scale and the settings are read once for the whole file, not once per batch.
  const [ratings, organisation] = await Promise.all([db.rating.findMany({ orderBy: { position: "asc" } }), getOrganisationSettings(db)]);
  const context: ReportContext & { claimWhere: Prisma.ClaimWhereInput } = { kind: query.kind, now, baseUrl, claimWhere: exportClaimWhere(query), reader: options.reader, ratings, organisation };
  const where = articleWhere(query);
  const format = query.format;
  const generatedAt = now.toISOString();

  // The opening of the file.
  if (format === "csv") yield stringify([csvColumns(query.kind)], { ...CSV_OPTIONS, bom: query.bom === "1" });
  else if (format === "html") yield htmlDocumentStart(`${query.kind === "working" ? "Working reports" : "Fact-check reports"} · ${generatedAt.slice(0, 10)}`);
  else if (format === "json") yield `{"schemaVersion":${REPORT_SCHEMA_VERSION},"kind":${JSON.stringify(query.kind)},"generatedAt":${JSON.stringify(generatedAt)},"reports":[\n`;
  else if (format === "claimreview") yield "[\n";
  else if (format === "annotations") {
    yield `{"@context":"http://www.w3.org/ns/anno.jsonld","id":${JSON.stringify(`${baseUrl}/annotations/exports/${now.getTime()}`)},"type":"AnnotationCollection","label":${JSON.stringify(`Factdesk ${query.kind} annotations`)},"first":{"type":"AnnotationPage","startIndex":0,"items":[\n`;
  }

  let articles = 0;
  let items = 0;
  let written = 0;
  const separated = (text: string) => (items++ ? ",\n" : "") + text;
  type Page = (CsvExportArticle & { createdAt: Date })[];
  type Batch = { page: Page; loaded: Awaited<ReturnType<typeof buildArticleReports>>; csv: string[][] };
  const readBatch = async (cursor: { createdAt: Date; id: string } | null): Promise<Batch> => {
    const page: Page = await db.article.findMany({
      where: cursor ? { AND: [where, { OR: [{ createdAt: { gt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { gt: cursor.id } }] }] } : where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      // The columns a CSV row repeats come with the page; the other formats read the article again with its report.
      select: { id: true, createdAt: true, title: true, url: true, publisher: true, publishedAt: true },
      take,
    });
    if (!page.length) return { page, loaded: [], csv: [] };
    // The CSV reads its own projection (only the columns it writes); every other format renders the report model.
    if (format === "csv") return { page, loaded: [], csv: await readReportCsvRows(page, { query, baseUrl, ratings, reader: options.reader }) };
    return { page, loaded: await buildArticleReports(page.map((a) => a.id), context), csv: [] };
  };
  // The next batch is read while this one is rendered and written: the database and the renderer overlap,
  // and memory holds two batches at most.
  let next: Promise<Batch> | null = readBatch(null);
  while (next) {
    const batch: Batch = await next;
    const { page, loaded, csv } = batch;
    if (!page.length) break;
    const last = page[page.length - 1]!;
    next = page.length < take ? null : readBatch({ createdAt: last.createdAt, id: last.id });
    // When the reader goes away mid-file, a failure of the batch read ahead must not become an unhandled rejection.
    next?.catch(() => undefined);
    let chunk = csv.length ? stringify(csv, CSV_OPTIONS) : "";
    for (const { report, text, bounds } of loaded) {
      if (format === "md") chunk += (written ? "\n---\n\n" : "") + renderReportMarkdown(report) + "\n";
      else if (format === "html") chunk += renderReportSection(report, toClaimReviews(report, bounds)) + "\n";
      else if (format === "json") chunk += separated(JSON.stringify(report));
      else if (format === "claimreview") for (const review of toClaimReviews(report, bounds)) chunk += separated(JSON.stringify(review));
      else for (const annotation of toWebAnnotations(report, text, baseUrl)) chunk += separated(JSON.stringify(annotation));
      written++;
    }
    articles += page.length;
    if (chunk) yield chunk;
    options.onProgress?.(articles);
  }

  // The close.
  if (format === "html") yield HTML_DOCUMENT_END;
  else if (format === "json") yield "\n]}\n";
  else if (format === "claimreview") yield "\n]\n";
  else if (format === "annotations") yield `\n]},"total":${items}}\n`;
}
