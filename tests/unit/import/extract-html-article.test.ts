import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractHtmlArticle, htmlNestingDepth, MAX_HTML_DEPTH } from "@/lib/import/extract-html-article";
import { convertArticleFile } from "@/lib/import/convert-article-file";
import { InvalidInputError } from "@/lib/errors";

const NEWS_PAGE = readFileSync("tests/fixtures/import/news-page.html", "utf8");

describe("extractHtmlArticle", () => {
  it("reads a news page: title, author, date and site from its metadata, the story's paragraphs without the page furniture", () => {
    const article = extractHtmlArticle(NEWS_PAGE);
    expect(article.title).toBe("Tariff truce leaves farmers waiting");
    expect(article.author).toBe("Maria Okafor");
    expect(article.publishedAt?.toISOString()).toBe("2025-10-31T08:15:00.000Z");
    expect(article.publisher).toBe("The Harbour Times");
    expect(article.language).toBe("en-GB");
    const paragraphs = article.text.split("\n\n");
    expect(paragraphs).toContain(
      "Soybean farmers in the Midwest said on Friday that the truce agreed in Busan had not yet brought back a single order from Chinese buyers.",
    );
    expect(paragraphs).toContain("“We are still waiting,” said Dale Whitaker, who farms 1,200 acres near Ames. “A handshake does not fill a silo.”");
    expect(paragraphs).toContain("Tariffs fall to 47 percent");
    expect(paragraphs.at(-1)).toBe("Analysts at the Peterson Institute said the truce was fragile and could unravel before the spring planting season.");
    for (const furniture of ["Advertisement", "Business", "Ten things about soybeans", "Privacy", "tracking", "display: block"]) {
      expect(article.text).not.toContain(furniture);
    }
  });

  it("takes the date and author from JSON-LD NewsArticle when there are no meta tags", () => {
    const html = `<html><head><title>Dam reopens</title><script type="application/ld+json">
      {"@context":"https://schema.org","@type":"NewsArticle","headline":"Kestrel dam reopens after repairs",
       "datePublished":"2026-04-02T09:00:00+02:00","author":[{"@type":"Person","name":"Sam Lee"}]}</script></head>
      <body><article><p>The Kestrel Valley reservoir reopened to the public on Thursday after repairs to the dam that cost $18.4 million.</p></article></body></html>`;
    const article = extractHtmlArticle(html);
    expect(article.title).toBe("Kestrel dam reopens after repairs");
    expect(article.author).toBe("Sam Lee");
    expect(article.publishedAt?.toISOString()).toBe("2026-04-02T07:00:00.000Z");
  });

  it("keeps line breaks, preformatted text and decoded entities; a bare fragment still gives its words", () => {
    expect(extractHtmlArticle("<div>Tariffs fall<br>to 47 percent.</div>").text).toBe("Tariffs fall\nto 47 percent.");
    expect(extractHtmlArticle("<p>Data:</p><pre>year  rate\n2024  5.2</pre>").text).toBe("Data:\n\nyear  rate\n2024  5.2");
    expect(extractHtmlArticle("<p>Trump &amp; Xi said &ldquo;12&nbsp;out of 10&rdquo; &#8212; &lt;sic&gt;</p>").text).toBe("Trump & Xi said “12 out of 10” — <sic>");
    expect(extractHtmlArticle("plain <b>words</b>")).toMatchObject({ text: "plain words", title: null, author: null, publishedAt: null });
  });

  it("refuses HTML nested 20,000 levels deep with a 400 on the file, without overflowing the stack", () => {
    const deep = "<div>".repeat(20_000) + "words" + "</div>".repeat(20_000);
    expect(htmlNestingDepth(deep)).toBe(20_000);
    const refusal = (() => {
      try {
        extractHtmlArticle(deep);
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(InvalidInputError);
    expect(refusal).toMatchObject({ status: 400, field: "file", message: `file: its HTML is nested 20000 elements deep; the limit is ${MAX_HTML_DEPTH}` });
  });

  it("still reads a page nested far deeper than real pages", () => {
    const depth = 100;
    const html = "<div>".repeat(depth) + "<p>Deep words.</p>" + "</div>".repeat(depth);
    expect(extractHtmlArticle(html).text).toBe("Deep words.");
  });
});

describe("convertArticleFile (HTML)", () => {
  it("passes the page's metadata on with the text", () => {
    const converted = convertArticleFile({ fileName: "truce.html", bytes: new TextEncoder().encode(NEWS_PAGE) }, 1_000_000);
    expect(converted).toMatchObject({ kind: "html", title: "Tariff truce leaves farmers waiting", metadata: { author: "Maria Okafor", publisher: "The Harbour Times" } });
    expect(converted.metadata.publishedAt?.toISOString()).toBe("2025-10-31T08:15:00.000Z");
  });

  it("refuses a NUL character with a 400 naming the file", () => {
    const bytes = new TextEncoder().encode("<p>a\u0000b</p>");
    expect(() => convertArticleFile({ fileName: "nul.html", bytes }, 1_000_000)).toThrow(expect.objectContaining({ status: 400, field: "file" }));
    const escaped = new TextEncoder().encode(`<html><head><meta name="author" content="A&#0;B"></head><body><p>Words of the story.</p></body></html>`);
    // An escaped NUL is read as U+FFFD by the HTML rules, so it never reaches the database.
    expect(JSON.stringify(convertArticleFile({ fileName: "nul.html", bytes: escaped }, 1_000_000))).not.toContain("\\u0000");
  });
});
