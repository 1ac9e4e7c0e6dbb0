// Property-based fuzzing of the analyser and the importers' converters, called directly: on any text or
// file they return (or refuse with a DomainError that says why), within a time bound, with offsets that
// point into the text. Used by tests/unit/fuzz-analyser-importers.test.ts and `npm run fuzz`.
import fc from "fast-check";
import { analyzeText } from "../../lib/analysis/analyze-text";
import { detectFlags } from "../../lib/flags/detect-flags";
import { segmentSentences } from "../../lib/text/segment-sentences";
import { extractHtmlArticle } from "../../lib/import/extract-html-article";
import { markdownToText } from "../../lib/import/markdown-to-text";
import { parseBulkFile } from "../../lib/import/parse-bulk-file";
import { convertArticleFile } from "../../lib/import/convert-article-file";
import { DomainError } from "../../lib/errors";
import { fuzzArticleText, fuzzCsv, fuzzFile, fuzzHtml, fuzzJsonl, fuzzMarkdown } from "./files";
import type { FuzzFailure, FuzzReport } from "./route-fuzz";

/** The longest any one call may take on a slow, shared machine before it counts as a hang (a 200,000-character sentence takes a few seconds). */
const MAX_MS = 30_000;
/** The analyser is never handed more than an article may hold (FACTDESK_MAX_ARTICLE_CHARS). */
const articleText = fuzzArticleText.map((text) => text.slice(0, 200_000));

interface LibTarget {
  name: string;
  arbitrary: fc.Arbitrary<unknown>;
  /** Throws (or returns a reason) when the answer is wrong. */
  check: (input: never) => string | null | Promise<string | null>;
}

const inText = (text: string, ranges: { start: number; end: number }[]) => ranges.find((r) => !(r.start >= 0 && r.end <= text.length && r.start <= r.end));

export const LIB_TARGETS: LibTarget[] = [
  {
    name: "analyzeText (the analyser)",
    arbitrary: articleText,
    check: (text: string) => {
      const result = analyzeText(text);
      const bad = inText(text, result.sentences);
      if (bad) return `a sentence at ${bad.start}–${bad.end} is outside the text`;
      if (result.sentences.some((s) => !Number.isFinite(s.score))) return "a score is not a finite number";
      return null;
    },
  },
  {
    name: "segmentSentences",
    arbitrary: articleText,
    check: (text: string) => {
      const bad = segmentSentences(text).find((s) => text.slice(s.start, s.end) !== s.text);
      return bad ? `a sentence's offsets ${bad.start}–${bad.end} do not give its text` : null;
    },
  },
  {
    name: "detectFlags (the detectors)",
    arbitrary: articleText,
    check: (text: string) => {
      const bad = inText(text, detectFlags(text).flatMap((flag) => flag.spans));
      return bad ? `a flag at ${bad.start}–${bad.end} is outside the text` : null;
    },
  },
  { name: "extractHtmlArticle", arbitrary: fuzzHtml, check: (html: string) => (typeof extractHtmlArticle(html).text === "string" ? null : "no text") },
  { name: "markdownToText", arbitrary: fuzzMarkdown, check: (md: string) => (typeof markdownToText(md) === "string" ? null : "no text") },
  {
    name: "parseBulkFile (JSONL)",
    arbitrary: fuzzJsonl,
    check: (content: string) => {
      const { rows, errors } = parseBulkFile(content, "jsonl");
      const lines = content.split(/\r?\n/).filter((l) => l.trim() !== "").length;
      return rows.length + errors.length === lines ? null : `${lines} lines gave ${rows.length} rows and ${errors.length} errors`;
    },
  },
  { name: "parseBulkFile (CSV)", arbitrary: fuzzCsv, check: (content: string) => (Array.isArray(parseBulkFile(content, "csv").rows) ? null : "no rows") },
  {
    name: "convertArticleFile (the single-file importer)",
    arbitrary: fuzzFile,
    check: async (file: File) => {
      const converted = convertArticleFile({ fileName: file.name, mimeType: file.type, bytes: new Uint8Array(await file.arrayBuffer()) }, 10 * 1024 * 1024);
      return /\u0000/.test(converted.text) ? "the text holds a NUL" : null;
    },
  },
];

/** Runs `runs` generated inputs through one function; a DomainError (a refusal with a message) is fine. */
export async function fuzzLib(target: LibTarget, options: { runs: number; seed: number }): Promise<FuzzReport> {
  const started = Date.now();
  const report: FuzzReport = { route: target.name, cases: 0, statuses: {}, failures: [], ms: 0 };
  const CHUNK = 50;
  for (let done = 0; done < options.runs; done += CHUNK) {
    for (const input of fc.sample(target.arbitrary, { numRuns: Math.min(CHUNK, options.runs - done), seed: options.seed + done })) {
      const t0 = Date.now();
      let reason: string | null;
      let outcome = "ok";
      try {
        reason = await target.check(input as never);
      } catch (error) {
        if (error instanceof DomainError && error.message.length > 3) {
          reason = null;
          outcome = "refused";
        } else reason = `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
      }
      const ms = Date.now() - t0;
      if (!reason && ms > MAX_MS) reason = `took ${ms} ms`;
      report.cases++;
      report.statuses[outcome] = (report.statuses[outcome] ?? 0) + 1;
      if (reason) report.failures.push({ route: target.name, reason, input: describe(input) } satisfies FuzzFailure);
    }
  }
  report.ms = Date.now() - started;
  return report;
}

function describe(input: unknown): string {
  const text = input instanceof File ? `File(${JSON.stringify(input.name)}, ${input.size} bytes, ${input.type})` : JSON.stringify(input);
  return text.length > 300 ? `${text.slice(0, 300)}… (${text.length} chars)` : text;
}
