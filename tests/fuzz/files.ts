// Files for the importers: article files (.txt, .md, .html) and bulk files (.jsonl, .csv) that are
// malformed, mis-encoded, deeply nested or full of nasty text, and some that are fine.
import fc from "fast-check";
import { nastyString, wrongType } from "./nasty";

const encoder = new TextEncoder();

const articleText = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.oneof(nastyString({ sizes: [2_000, 20_000] }), fc.constant("The council said the bridge cost $120 million in 2024.")), { minLength: 1, maxLength: 6 }).map((parts) => parts.join("\n\n")) },
  { weight: 1, arbitrary: nastyString({ sizes: [5_000, 250_000] }) },
);

const htmlText = fc.oneof(
  articleText.map((t) => `<html><head><title>${t.slice(0, 80)}</title></head><body><article><p>${t}</p></article></body></html>`),
  fc.tuple(fc.constantFrom(10, 255, 257, 20_000), fc.constantFrom("div", "b", "table", "svg", "p")).map(([depth, tag]) => `<html><body>${`<${tag}>`.repeat(depth)}Deep text.${`</${tag}>`.repeat(depth)}</body></html>`),
  fc.constantFrom("<html><body>&#0;&#xD800;&#x110000;</body></html>", "<!-- unterminated", "<script>alert(1)</script>", "<html><body><img src=x onerror=alert(1)></body></html>", ""),
  nastyString(),
);

const markdownText = fc.oneof(
  articleText.map((t) => `# Title\n\n${t}\n\n- a\n- [link](javascript:alert(1))`),
  fc.tuple(fc.constantFrom(10, 65, 5_000), fc.constantFrom("> ", "- ", "  ", "[", "*")).map(([depth, unit]) => `${unit.repeat(depth)}deep`),
  nastyString(),
);

const jsonlRow = fc.oneof(
  { weight: 4, arbitrary: fc.record({ title: nastyString(), text: articleText }, { requiredKeys: [] }).map((r) => JSON.stringify(r)) },
  { weight: 1, arbitrary: fc.record({ title: nastyString(), text: nastyString(), url: nastyString(), publishedAt: nastyString(), language: nastyString() }).map((r) => JSON.stringify(r)) },
  { weight: 1, arbitrary: wrongType.map((v) => JSON.stringify(v) ?? "") },
  { weight: 1, arbitrary: fc.constantFrom(5_000, 40).map((depth) => `{"title":"Deep","text":"t","meta":${"[".repeat(depth)}${"]".repeat(depth)}}`) },
  { weight: 1, arbitrary: fc.constantFrom('{"title":"x","text":"bad \\u0000"}', '{"title":"\\ud800","text":"x"}', "{not json", "", "[]", "null", '{"title":"x","text":"y"}{"title":"z"}') },
  { weight: 1, arbitrary: nastyString() },
);

const csvCell = nastyString().map((s) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s));
const csvText = fc.oneof(
  fc.array(fc.array(csvCell, { minLength: 1, maxLength: 8 }), { maxLength: 6 }).map((rows) => ["title,text,url,publisher,author,publishedAt,language", ...rows.map((r) => r.join(","))].join("\n")),
  fc.constantFrom('title,text\n"unterminated,quote\n', "title,text\n", "", "\ufefftitle,text\nA,B", "a,b,c\n1,2,3"),
  nastyString(),
);

const bytesOf = (text: fc.Arbitrary<string>) =>
  fc.oneof(
    { weight: 6, arbitrary: text.map((t) => encoder.encode(t)) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }) },
    { weight: 1, arbitrary: text.map((t) => new Uint8Array([0xff, 0xfe, ...Buffer.from(t, "utf16le")])) },
  );

const named = (ext: string, bytes: fc.Arbitrary<Uint8Array>, types: string[]) =>
  fc.tuple(nastyString().map((n) => n.replace(/[\\/]/g, "_").slice(0, 60)), bytes, fc.constantFrom(...types)).map(([name, data, type]) => new File([data as BlobPart], `${name}${ext}`, { type }));

/** Any file an importer might be handed. */
export const fuzzFile: fc.Arbitrary<File> = fc.oneof(
  named(".txt", bytesOf(articleText), ["text/plain", ""]),
  named(".md", bytesOf(markdownText), ["text/markdown", ""]),
  named(".html", bytesOf(htmlText), ["text/html", ""]),
  named(".jsonl", bytesOf(fc.array(jsonlRow, { minLength: 0, maxLength: 5 }).map((rows) => rows.join("\n"))), ["application/x-ndjson", ""]),
  named(".csv", bytesOf(csvText), ["text/csv", ""]),
  named("", bytesOf(nastyString()), ["application/octet-stream", "application/pdf", ""]),
  fc.constant(new File([], "", { type: "application/octet-stream" })),
);

export const fuzzHtml = htmlText;
export const fuzzMarkdown = markdownText;
export const fuzzArticleText = articleText;
export const fuzzJsonl = fc.array(jsonlRow, { maxLength: 8 }).map((rows) => rows.join("\n"));
export const fuzzCsv = csvText;
