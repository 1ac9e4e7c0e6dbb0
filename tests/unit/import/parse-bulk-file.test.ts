import { describe, expect, it } from "vitest";
import { bulkFormatOf, parseBulkFile } from "@/lib/import/parse-bulk-file";

describe("parseBulkFile (JSONL)", () => {
  it("parses one object per line; a bad line is an error for that line only", () => {
    const content = ['{"title":"A","text":"First"}', "", "{not json}", "[1,2]", '{"text":"Second"}', ""].join("\n");
    const { rows, errors } = parseBulkFile(content, "jsonl");
    expect(rows).toEqual([
      { line: 1, data: { title: "A", text: "First" } },
      { line: 5, data: { text: "Second" } },
    ]);
    expect(errors.map((e) => e.line)).toEqual([3, 4]);
    expect(errors[0]?.message).toMatch(/invalid JSON/);
    expect(errors[1]?.message).toMatch(/expected a JSON object/);
  });

  it("handles CRLF line endings and a byte-order mark", () => {
    expect(parseBulkFile('\uFEFF{"text":"a"}\r\n{"text":"b"}\r\n', "jsonl").rows).toEqual([
      { line: 1, data: { text: "a" } },
      { line: 2, data: { text: "b" } },
    ]);
  });
});

describe("parseBulkFile (CSV)", () => {
  it("reads quoted commas, doubled quotes and newlines inside quotes, with the right line numbers", () => {
    const content = [
      "title,text,url,extra",
      '"Trump, Xi meet","First line',
      'second line, with ""quotes""",https://example.com/a,ignored',
      "Plain,Short text,,",
    ].join("\n");
    const { rows, errors } = parseBulkFile(content, "csv");
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { line: 2, data: { title: "Trump, Xi meet", text: 'First line\nsecond line, with "quotes"', url: "https://example.com/a" } },
      { line: 4, data: { title: "Plain", text: "Short text" } },
    ]);
  });

  it("matches header names leniently and leaves empty cells out", () => {
    const { rows } = parseBulkFile("Text,Published At,LANGUAGE\r\nBody,2025-10-30,\r\n", "csv");
    expect(rows).toEqual([{ line: 2, data: { text: "Body", publishedAt: "2025-10-30" } }]);
  });

  it("reports a bad row and keeps reading", () => {
    const content = ["title,text", "A,one,extra", 'B,"broken" quote', "C,three", 'D,"never closed', "E,five"].join("\n");
    const { rows, errors } = parseBulkFile(content, "csv");
    expect(rows).toEqual([{ line: 4, data: { title: "C", text: "three" } }]);
    expect(errors.map((e) => e.line)).toEqual([2, 3, 5]);
    expect(errors[0]?.message).toMatch(/3 fields but the header has 2/);
  });

  it("requires a header row naming a text column", () => {
    expect(parseBulkFile("Trump and Xi meet,The two leaders met.\n", "csv")).toEqual({
      rows: [],
      errors: [{ line: 1, message: expect.stringMatching(/missing header row/) }],
    });
    expect(parseBulkFile("title,url\nA,https://x\n", "csv").errors[0]?.message).toMatch(/no "text" column/);
    expect(parseBulkFile("", "csv").errors[0]?.message).toMatch(/empty/);
  });
});

describe("bulkFormatOf", () => {
  it("knows JSONL and CSV by extension", () => {
    expect(bulkFormatOf("articles.jsonl")).toBe("jsonl");
    expect(bulkFormatOf("articles.NDJSON")).toBe("jsonl");
    expect(bulkFormatOf("articles.csv")).toBe("csv");
    expect(bulkFormatOf("articles.json")).toBeNull();
    expect(bulkFormatOf("csv")).toBeNull();
  });
});
