import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../lib/db/client";
import type { Actor } from "../../lib/auth/actor";
import { importArticle, ImportArticleInput } from "../../lib/articles/import-article";
import { importUploadedFile, ImportUploadedFileForm, UploadMetadata } from "../../lib/import/import-uploaded-file";
import { InvalidInputError } from "../../lib/errors";
import { fieldIssues } from "../../lib/http/api-route";
import { countRows, createUser, resetDatabase } from "./helpers/db";

const encode = (text: string) => new TextEncoder().encode(text);
const noMetadata = UploadMetadata.parse({});

const HTML = `<!doctype html>
<html><head><title>Harbour expansion | Coastline Gazette</title><style>p { color: red }</style><script>var tracking = "<p>not text</p>";</script></head>
<body>
  <nav><a href="/">Home</a> <a href="/news">News</a></nav>
  <header class="site">Coastline Gazette — subscribe today</header>
  <article>
    <h1>Port of Selby to double its container capacity</h1>
    <p>The Port of Selby will double its container capacity by 2027, the harbour authority said on Tuesday.</p>
    <p>The expansion will cost &euro;310 million, according to figures published by the regional government in May 2025.</p>
    <p>Critics say the plan <em>might</em> harm the estuary.</p>
  </article>
  <aside>Most read: something else entirely</aside>
  <footer>© Coastline Gazette</footer>
</body></html>`;

const MARKDOWN = `---
layout: post
---
# Rail line to reopen in Dunmore

The **Dunmore branch line** will reopen on 14 September 2026, the transport ministry [announced](https://example.org/rail) on Friday.

Ticket sales rose by 12 percent in the first quarter, according to the operator.
`;

let reviewer: Actor;

beforeAll(async () => {
  await resetDatabase();
  reviewer = await createUser("reviewer");
});

describe("importing one article", () => {
  it("imports pasted text with its metadata, proposes scored claims and audits it", async () => {
    const text = "The Lakeside council approved a budget of $48 million on March 3, 2025, the mayor said.\n\nThe budget is 9 percent larger than last year's, according to the treasurer.";
    const result = await importArticle(reviewer, ImportArticleInput.parse({ title: "Lakeside budget", text, publisher: "Lakeside Ledger", publishedAt: "2025-03-04", language: "en" }));
    expect(result.outcome).toBe("imported");
    const article = await getDb().article.findUniqueOrThrow({ where: { id: result.articleId }, include: { claims: true, versions: true } });
    expect(article).toMatchObject({ title: "Lakeside budget", publisher: "Lakeside Ledger", text, versionNumber: 1, createdById: reviewer.id });
    expect(article.versions).toHaveLength(1);
    expect(article.claims.length).toBeGreaterThan(0);
    for (const claim of article.claims) {
      expect(claim.score).toBeGreaterThan(0);
      expect(text.slice(claim.start, claim.end)).toBe(claim.exact);
    }
    const audit = await getDb().auditLog.findFirst({ where: { entityId: result.articleId, action: "article.import" } });
    expect(audit?.actorId).toBe(reviewer.id);
  });

  it("uploads an .html file: page furniture dropped, paragraphs kept, title from the <h1>", async () => {
    const result = await importUploadedFile(reviewer, { fileName: "harbour.html", mimeType: "text/html", bytes: encode(HTML), metadata: UploadMetadata.parse({ publisher: "Coastline Gazette", url: "https://gazette.example/harbour" }) });
    expect(result.outcome).toBe("imported");
    expect(result.title).toBe("Port of Selby to double its container capacity");
    const article = await getDb().article.findUniqueOrThrow({ where: { id: result.articleId }, include: { claims: true } });
    expect(article.title).toBe("Port of Selby to double its container capacity");
    expect(article.url).toBe("https://gazette.example/harbour");
    expect(article.text).toBe(
      [
        "Port of Selby to double its container capacity",
        "The Port of Selby will double its container capacity by 2027, the harbour authority said on Tuesday.",
        "The expansion will cost €310 million, according to figures published by the regional government in May 2025.",
        "Critics say the plan might harm the estuary.",
      ].join("\n\n"),
    );
    expect(article.text).not.toMatch(/Home|subscribe|Most read|tracking|©/);
    expect(article.claims.length).toBeGreaterThan(0);
  });

  it("uploads a .md file: markup removed, title from the first line", async () => {
    const result = await importUploadedFile(reviewer, { fileName: "rail.md", bytes: encode(MARKDOWN), metadata: noMetadata });
    expect(result.outcome).toBe("imported");
    const article = await getDb().article.findUniqueOrThrow({ where: { id: result.articleId } });
    expect(article.title).toBe("Rail line to reopen in Dunmore");
    expect(article.text).toBe(
      "Rail line to reopen in Dunmore\n\nThe Dunmore branch line will reopen on 14 September 2026, the transport ministry announced on Friday.\n\nTicket sales rose by 12 percent in the first quarter, according to the operator.",
    );
  });

  it("uploads a .txt file with the title given, and keeps its text as it is", async () => {
    const text = "\uFEFFFerry fares rise\r\n\r\nFerry fares will rise by 4 percent from 1 July 2026, the operator said.\r\n";
    const result = await importUploadedFile(reviewer, { fileName: "ferry.txt", bytes: encode(text), metadata: UploadMetadata.parse({ title: "Ferry fares to rise", author: "J. Doe" }) });
    const article = await getDb().article.findUniqueOrThrow({ where: { id: result.articleId } });
    expect(article.title).toBe("Ferry fares to rise");
    expect(article.author).toBe("J. Doe");
    expect(article.text).toBe("Ferry fares rise\n\nFerry fares will rise by 4 percent from 1 July 2026, the operator said.\n");
  });

  it("recognises the same text imported twice as a duplicate of the existing article", async () => {
    const first = await importUploadedFile(reviewer, { fileName: "rail-again.md", bytes: encode(MARKDOWN), metadata: UploadMetadata.parse({ title: "Another title" }) });
    expect(first).toMatchObject({ outcome: "duplicate", version: 1 });
    const original = await getDb().article.findFirstOrThrow({ where: { title: "Rail line to reopen in Dunmore" } });
    expect(first.articleId).toBe(original.id);
    expect(await getDb().article.count({ where: { title: "Another title" } })).toBe(0);
  });

  it("stores an uploaded file as a new version of the article chosen, keeping the old text", async () => {
    const original = await getDb().article.findFirstOrThrow({ where: { title: "Rail line to reopen in Dunmore" } });
    const changed = MARKDOWN.replace("12 percent", "14 percent");
    const result = await importUploadedFile(reviewer, { fileName: "rail-v2.md", bytes: encode(changed), metadata: UploadMetadata.parse({ versionOf: original.id }) });
    expect(result).toMatchObject({ outcome: "new_version", articleId: original.id, version: 2 });
    const versions = await getDb().articleVersion.findMany({ where: { articleId: original.id }, orderBy: { number: "asc" } });
    expect(versions.map((v) => v.number)).toEqual([1, 2]);
    expect(versions[0]?.text).toBe(original.text);
    expect(versions[1]?.text).toContain("14 percent");
  });

  it("refuses a wrong file type, undecodable bytes, an empty file and too long a text, naming the field and writing nothing", async () => {
    const before = await countRows();
    const refuse = (fileName: string, bytes: Uint8Array) => importUploadedFile(reviewer, { fileName, bytes, metadata: noMetadata });

    await expect(refuse("report.pdf", encode("%PDF-1.7"))).rejects.toMatchObject({ field: "file", message: "file: must be a .txt, .md or .html file (not .pdf)" });
    await expect(refuse("latin1.txt", new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6c, 0xe9]))).rejects.toMatchObject({
      field: "file",
      message: "file: the file is not valid UTF-8 text (invalid byte at offset 3)",
    });
    await expect(refuse("utf16.txt", new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).rejects.toMatchObject({ field: "file", message: expect.stringMatching(/UTF-16/) });
    await expect(refuse("blank.txt", encode("  \n\n  "))).rejects.toMatchObject({ field: "file", message: "file: has no readable text" });
    await expect(refuse("scripts-only.html", encode("<html><body><script>alert(1)</script></body></html>"))).rejects.toMatchObject({ field: "file", message: "file: has no readable text" });
    await expect(refuse("nothing.txt", new Uint8Array())).rejects.toBeInstanceOf(InvalidInputError);

    const previous = process.env.FACTDESK_MAX_ARTICLE_CHARS;
    process.env.FACTDESK_MAX_ARTICLE_CHARS = "1000";
    try {
      await expect(refuse("long.txt", encode("word ".repeat(300)))).rejects.toMatchObject({ field: "file", message: "file: its text is 1,500 characters; the limit is 1,000" });
    } finally {
      if (previous === undefined) delete process.env.FACTDESK_MAX_ARTICLE_CHARS;
      else process.env.FACTDESK_MAX_ARTICLE_CHARS = previous;
    }
    expect(await countRows()).toEqual(before);
  });

  it("validates the upload form: a file is required and each metadata field is checked", () => {
    const missing = ImportUploadedFileForm.safeParse({ title: "x" });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0]).toMatchObject({ path: ["file"], message: "is required: choose a file" });

    // What a browser sends when no file was chosen.
    const empty = ImportUploadedFileForm.safeParse({ file: new File([], "") });
    expect(empty.error?.issues[0]).toMatchObject({ path: ["file"], message: "is required: choose a file" });

    const bad = ImportUploadedFileForm.safeParse({ file: new File(["x"], "a.txt"), url: "javascript:alert(1)", publishedAt: "last week", language: "English" });
    expect(bad.error?.issues.map((i) => i.path.join("."))).toEqual(["url", "publishedAt", "language"]);
    // What the API answers: the message of the branch meant, not the union's "Invalid input".
    expect(fieldIssues(bad.error!)).toEqual([
      { field: "url", message: "must be an http:// or https:// URL" },
      { field: "publishedAt", message: "must be a date like 2025-10-30" },
      { field: "language", message: "must be a language code such as en or pt-BR" },
    ]);

    const blank = ImportUploadedFileForm.parse({ file: new File(["x"], "a.txt"), title: "", url: "", publisher: "", publishedAt: "", language: "", versionOf: "" });
    expect(blank).toMatchObject({ title: undefined, url: undefined, publisher: undefined, publishedAt: undefined, language: undefined });
  });
});
