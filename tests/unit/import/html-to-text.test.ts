import { describe, expect, it } from "vitest";
import { htmlToText } from "@/lib/import/html-to-text";

describe("htmlToText", () => {
  it("keeps paragraphs and drops scripts, styles and page furniture", () => {
    const html = `<html><head><title>Summit | Daily News</title><style>p { color: red }</style>
      <script>var s = "<p>not text</p>";</script></head>
      <body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
      <h1>Xi gained the upper hand</h1>
      <p>At a summit in   Busan,
         the two leaders met.</p>
      <div>Tariffs fall<br>to 47 percent.</div>
      <ul><li>Soybeans</li><li>Rare earths</li></ul>
      <aside>Related stories</aside><noscript>Enable JavaScript</noscript>
      <form><label>Newsletter</label><input name="email"></form>
      <footer>© Daily News</footer></body></html>`;
    expect(htmlToText(html)).toEqual({
      title: "Xi gained the upper hand",
      text: [
        "Xi gained the upper hand",
        "At a summit in Busan, the two leaders met.",
        "Tariffs fall\nto 47 percent.",
        "Soybeans",
        "Rare earths",
      ].join("\n\n"),
    });
  });

  it("decodes entities", () => {
    const { text } = htmlToText("<p>Trump &amp; Xi said &ldquo;12&nbsp;out of 10&rdquo; &#8212; &lt;sic&gt; &eacute;t&eacute;</p>");
    expect(text).toBe("Trump & Xi said “12 out of 10” — <sic> été");
  });

  it("prefers the article to the rest of the page, keeping its own header", () => {
    const html = `<body><div class="promo">Subscribe now!</div>
      <article><header><h1>Headline</h1><p>By A. Reporter</p></header><p>The body of the story.</p>
      <footer>Share this story</footer></article>
      <article><p>Teaser.</p></article><div>Most read</div></body>`;
    expect(htmlToText(html)).toEqual({ title: "Headline", text: "Headline\n\nBy A. Reporter\n\nThe body of the story." });
  });

  it("falls back to <main>, then the body, and to <title> for the title", () => {
    const html = `<head><title> The  title </title></head><body><div>Menu</div><main><p>Main text.</p></main></body>`;
    expect(htmlToText(html)).toEqual({ title: "The title", text: "Main text." });
    expect(htmlToText("plain <b>words</b>")).toEqual({ title: null, text: "plain words" });
    expect(htmlToText("")).toEqual({ title: null, text: "" });
  });

  it("keeps the lines of preformatted text", () => {
    expect(htmlToText("<p>Data:</p><pre>year  rate\n2024  5.2</pre>").text).toBe("Data:\n\nyear  rate\n2024  5.2");
  });
});
