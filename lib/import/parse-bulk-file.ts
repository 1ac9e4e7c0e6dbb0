import { CsvError, parse } from "csv-parse/sync";
import { findUnsafeInput } from "../http/unsafe-text";

/** One raw record of a bulk import file, with the 1-based line where it starts (CSV: the header is line 1). */
export interface BulkRow {
  line: number;
  data: unknown;
}

export interface BulkParseError {
  line: number;
  message: string;
}

const CSV_COLUMNS = ["title", "text", "url", "publisher", "author", "publishedAt", "language"] as const;
// Header names match leniently: "Published at", "published_at" and "PUBLISHEDAT" all mean publishedAt.
const COLUMN_BY_KEY = new Map<string, string>(CSV_COLUMNS.map((name) => [headerKey(name), name]));

/**
 * Splits a bulk import file into raw rows, each with its line number, and per-line errors; a bad line never
 * stops the others. JSONL: one JSON object per non-blank line. CSV (RFC 4180): a header row naming the
 * columns title, text, url, publisher, author, publishedAt, language (any order; a "text" column is
 * required, unknown columns are ignored); empty cells are left out. Rows are validated elsewhere.
 */
export function parseBulkFile(content: string, format: "jsonl" | "csv"): { rows: BulkRow[]; errors: BulkParseError[] } {
  const text = content.replace(/^\uFEFF/, "");
  const parsed = format === "jsonl" ? parseJsonLines(text) : parseCsv(text);
  // A record no database column can hold (NUL, an unpaired surrogate, absurd nesting) is that row's error,
  // not the batch's.
  const rows: BulkRow[] = [];
  const errors = [...parsed.errors];
  for (const row of parsed.rows) {
    const unsafe = findUnsafeInput(row.data, "row");
    if (unsafe) errors.push({ line: row.line, message: `${unsafe.field}: ${unsafe.message}` });
    else rows.push(row);
  }
  return { rows, errors: errors.sort((a, b) => a.line - b.line) };
}

function parseJsonLines(text: string): { rows: BulkRow[]; errors: BulkParseError[] } {
  const rows: BulkRow[] = [];
  const errors: BulkParseError[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === "") return;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch (error) {
      errors.push({ line, message: `invalid JSON: ${error instanceof Error ? error.message : String(error)}` });
      return;
    }
    if (typeof data !== "object" || data === null || Array.isArray(data)) {
      errors.push({ line, message: `expected a JSON object, got ${Array.isArray(data) ? "an array" : data === null ? "null" : typeof data}` });
      return;
    }
    rows.push({ line, data });
  });
  return { rows, errors };
}

// Each malformed quoted field restarts the parser after it; past this many, the file is hopeless.
const MAX_CSV_RESTARTS = 200;

function parseCsv(content: string): { rows: BulkRow[]; errors: BulkParseError[] } {
  const rows: BulkRow[] = [];
  const errors: BulkParseError[] = [];
  // One line ending, so that line numbers count the same way everywhere (csv-parse miscounts CRLF).
  const lines = content.replace(/\r\n?/g, "\n").split("\n");
  if (lines.every((line) => line.trim() === "")) {
    return { rows, errors: [{ line: 1, message: "the file is empty: expected a header row and data rows" }] };
  }

  const records = readCsvRecords(lines, errors);
  const [header, ...data] = records;
  if (!header || header.line !== 1 + lines.findIndex((line) => line.trim() !== "")) {
    return { rows, errors: [{ line: 1, message: "the header row cannot be read (a malformed quoted field?)" }, ...errors] };
  }
  const columns = header.record.map((name) => COLUMN_BY_KEY.get(headerKey(name)) ?? null);
  const duplicate = columns.find((name, i) => name !== null && columns.indexOf(name) !== i);
  if (!columns.includes("text")) {
    const known = columns.filter((name) => name !== null).length;
    const message =
      known === 0
        ? `missing header row: the first line must name the columns (${CSV_COLUMNS.join(",")})`
        : `the header has no "text" column (columns: ${CSV_COLUMNS.join(",")})`;
    return { rows, errors: [{ line: header.line, message }, ...errors] };
  }
  if (duplicate) return { rows, errors: [{ line: header.line, message: `the header names the column "${duplicate}" twice` }, ...errors] };

  for (const { record, line } of data) {
    if (record.length !== columns.length) {
      errors.push({ line, message: `the row has ${record.length} fields but the header has ${columns.length} (a comma in an unquoted field?)` });
      continue;
    }
    const row: Record<string, string> = {};
    record.forEach((value, i) => {
      const name = columns[i];
      if (name && value.trim() !== "") row[name] = value;
    });
    rows.push({ line, data: row });
  }
  errors.sort((a, b) => a.line - b.line);
  return { rows, errors };
}

/**
 * All well-formed records with the line each starts on. csv-parse stops at a malformed quoted field (and a
 * skipped record would swallow the rest of the file): record the error at the line where that record
 * starts, and parse again after the line where the error showed.
 */
function readCsvRecords(lines: string[], errors: BulkParseError[]): { record: string[]; line: number }[] {
  const records: { record: string[]; line: number }[] = [];
  let first = 0; // index in `lines` where this pass starts
  for (let pass = 0; first < lines.length; pass += 1) {
    if (pass > MAX_CSV_RESTARTS) {
      errors.push({ line: first + 1, message: "too many malformed rows: stopped reading here" });
      break;
    }
    let lastEnd = first; // 1-based line where the last good record of this pass ends, in file terms
    try {
      parse(lines.slice(first).join("\n"), {
        info: true,
        raw: true,
        // Column counts are checked by the caller, so that the error names the line and the counts.
        relax_column_count: true,
        skip_empty_lines: true,
        on_record: (value: unknown) => {
          if (isParsedRecord(value)) {
            records.push({ record: value.record, line: first + startLine(value) });
            lastEnd = first + value.info.lines;
          }
          return null; // nothing to accumulate: the records are kept here
        },
      });
      break;
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      let brokenStart = lastEnd + 1;
      while (brokenStart <= lines.length && (lines[brokenStart - 1] ?? "").trim() === "") brokenStart += 1;
      const errorLine = typeof error.lines === "number" && error.lines > 0 ? first + error.lines : brokenStart;
      const where = errorLine > brokenStart ? ` (up to line ${errorLine})` : "";
      errors.push({ line: brokenStart, message: `${describeCsvError(error)}${where}` });
      first = Math.max(errorLine, brokenStart);
    }
  }
  return records;
}

interface ParsedRecord {
  record: string[];
  raw: string;
  info: { lines: number };
}

function isParsedRecord(value: unknown): value is ParsedRecord {
  if (typeof value !== "object" || value === null) return false;
  const { record, raw, info } = value as Record<string, unknown>;
  return (
    Array.isArray(record) &&
    typeof raw === "string" &&
    typeof info === "object" &&
    info !== null &&
    typeof (info as Record<string, unknown>).lines === "number"
  );
}

function headerKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** csv-parse counts lines up to the end of a record; its first line is that minus the newlines inside it. */
function startLine({ raw, info }: { raw: string; info: { lines: number } }): number {
  const body = raw.replace(/^(?:\r?\n)+/, "").replace(/\r?\n$/, "");
  return info.lines - (body.match(/\n/g)?.length ?? 0);
}

function describeCsvError(error: CsvError): string {
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return 'a quoted field is never closed (missing closing ")';
    case "CSV_INVALID_CLOSING_QUOTE":
      return 'a quoted field is followed by other characters (a " inside a quoted field must be doubled: "")';
    case "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE":
      return "characters after the closing quote of a field";
    default:
      return error.message;
  }
}

/** The bulk format of a file by its extension: .jsonl/.ndjson (JSON Lines) or .csv; null otherwise. */
export function bulkFormatOf(fileName: string): "jsonl" | "csv" | null {
  const extension = /\.([^./\\]+)$/.exec(fileName.trim())?.[1]?.toLowerCase();
  if (extension === "jsonl" || extension === "ndjson") return "jsonl";
  if (extension === "csv") return "csv";
  return null;
}
