import { HTMLElement, type Node, NodeType, parse } from "node-html-parser";

// Page furniture and non-text content: never part of the article's words.
const DROPPED = new Set([
  "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "head", "template",
  "button", "select", "textarea", "canvas", "object", "embed", "audio", "video", "map", "dialog",
]);
// Elements that stand as their own paragraph.
const BLOCKS = new Set([
  "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "div", "article", "section", "main", "body", "html",
  "ul", "ol", "dl", "dt", "dd", "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "caption", "pre",
  "address", "details", "summary", "hgroup", "fieldset", "center",
]);
const CELLS = new Set(["td", "th"]);

type Token = { kind: "text"; text: string; raw: boolean } | { kind: "line" } | { kind: "paragraph" };

/**
 * Readable text of an HTML article: one paragraph per block element with a blank line between, <br> as a
 * line break, page furniture (scripts, styles, navigation, headers, footers, asides, forms, embeds) dropped,
 * entities decoded, whitespace collapsed within paragraphs. The <article> (the longest, if several) or <main>
 * is preferred to the whole page. Title: the first <h1>, else <title>.
 */
export function htmlToText(html: string): { text: string; title: string | null } {
  const root = parse(html, {
    comment: false,
    lowerCaseTagName: true,
    // Raw text inside these: "<" in a script or a <pre> is not a tag.
    blockTextElements: { script: true, style: true, noscript: true, pre: true, textarea: true },
  });

  const articles = root.querySelectorAll("article");
  const longestArticle = articles.reduce<HTMLElement | null>(
    (best, article) => (best && best.text.length >= article.text.length ? best : article),
    null,
  );
  const content = longestArticle ?? root.querySelector("main") ?? root.querySelector("[role=main]") ?? root.querySelector("body") ?? root;

  const tokens: Token[] = [];
  walk(content, tokens, { inArticle: false, inPre: false });

  const heading = content.querySelector("h1") ?? root.querySelector("h1");
  const title = collapse(heading?.text ?? "") || collapse(root.querySelector("title")?.text ?? "") || null;
  return { text: assemble(tokens), title };
}

function walk(node: Node, tokens: Token[], context: { inArticle: boolean; inPre: boolean }): void {
  if (node.nodeType === NodeType.TEXT_NODE) {
    tokens.push({ kind: "text", text: node.text, raw: context.inPre });
    return;
  }
  if (!(node instanceof HTMLElement)) return;
  const tag = node.rawTagName?.toLowerCase() ?? "";
  // A <header> inside an <article> holds its headline and byline: part of the article, unlike the site header.
  if (DROPPED.has(tag) && !(tag === "header" && context.inArticle)) return;
  if (node.hasAttribute("hidden") || node.getAttribute("aria-hidden") === "true") return;
  if (tag === "br") {
    tokens.push({ kind: "line" });
    return;
  }
  if (tag === "hr") {
    tokens.push({ kind: "paragraph" });
    return;
  }
  const block = BLOCKS.has(tag);
  const inner = { inArticle: context.inArticle || tag === "article", inPre: context.inPre || tag === "pre" };
  if (block) tokens.push({ kind: "paragraph" });
  for (const child of node.childNodes) walk(child, tokens, inner);
  if (block) tokens.push({ kind: "paragraph" });
  else if (CELLS.has(tag)) tokens.push({ kind: "text", text: " ", raw: false });
}

/** Joins tokens into paragraphs separated by one blank line; a blank line made of <br>s also separates. */
function assemble(tokens: Token[]): string {
  const paragraphs: string[] = [];
  let lines: string[] = [];
  let line: { text: string; raw: boolean }[] = [];

  /** Closes the current line; false if it was blank. */
  const endLine = (): boolean => {
    const hasRaw = line.some((part) => part.raw);
    const joined = line.map((part) => (part.raw ? part.text : part.text.replace(/\s+/g, " "))).join("");
    line = [];
    const text = hasRaw ? joined.replace(/\s+$/, "") : collapse(joined);
    if (text.trim() === "") return false;
    lines.push(text);
    return true;
  };
  const endParagraph = (): void => {
    endLine();
    if (lines.length > 0) paragraphs.push(lines.join("\n"));
    lines = [];
  };

  for (const token of tokens) {
    if (token.kind === "text" && token.raw) {
      // Keep the lines of preformatted text.
      token.text.split(/\r?\n/).forEach((part, i) => {
        if (i > 0) endLine();
        line.push({ text: part, raw: true });
      });
    } else if (token.kind === "text") line.push(token);
    else if (token.kind === "line") {
      if (!endLine()) endParagraph();
    } else endParagraph();
  }
  endParagraph();
  return paragraphs.join("\n\n");
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
