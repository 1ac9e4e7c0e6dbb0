import { Readability } from "@mozilla/readability";
import { Parser } from "htmlparser2";
import { parseHTML } from "linkedom";
import { InvalidInputError } from "../errors";

/**
 * Far deeper than real pages (news pages rarely pass 40). Readability walks some trees recursively and its
 * time grows with depth, so a page nested deeper is refused before it is built, not left to overflow the stack.
 */
export const MAX_HTML_DEPTH = 256;

/**
 * Readability's time grows faster than the page (20,000 empty paragraphs took 25 s): a page with more
 * elements than this (real news pages have a few thousand) is not given to it; its own text is taken.
 */
export const MAX_READABILITY_ELEMENTS = 3000;
/** Beyond this many elements even building the tree takes too long: the page is refused (a news article has a few thousand). */
export const MAX_HTML_ELEMENTS = 50_000;

/** What a news page says about itself, beside its words. */
export interface HtmlArticle {
  /** The article's paragraphs, a blank line between them. */
  text: string;
  title: string | null;
  author: string | null;
  /** The page's own publication date (`article:published_time`, JSON-LD `datePublished`, …). */
  publishedAt: Date | null;
  /** The site's name (`og:site_name`, JSON-LD `publisher`). */
  publisher: string | null;
  /** The page's language (`<html lang>`) when it is a plain language code. */
  language: string | null;
}

// Elements that stand as their own paragraph in the text.
const BLOCKS = new Set([
  "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "div", "article", "section", "main", "body", "html",
  "ul", "ol", "dl", "dt", "dd", "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "caption", "pre",
  "address", "details", "summary", "hgroup", "fieldset", "center", "header",
]);
// Never words of the article, even when Readability keeps them.
const SKIPPED = new Set(["script", "style", "noscript", "template", "svg", "button", "select", "textarea", "iframe", "object", "embed", "canvas"]);
const CELLS = new Set(["td", "th"]);
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;

/** The deepest element nesting of an HTML text, read by a streaming tokenizer (no tree, no recursion). */
export function htmlNestingDepth(html: string): number {
  return htmlShape(html).depth;
}

/** The deepest nesting and the number of elements of an HTML text, in one streaming pass. */
function htmlShape(html: string): { depth: number; elements: number } {
  let depth = 0;
  let deepest = 0;
  let elements = 0;
  const parser = new Parser(
    {
      onopentag() {
        depth++;
        elements++;
        if (depth > deepest) deepest = depth;
      },
      onclosetag() {
        depth--;
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  return { depth: deepest, elements };
}

/**
 * The article of a news page through Mozilla's Readability (the Firefox reader view's extractor): its
 * paragraphs without the page furniture, and its title, author, date and site from the page's metadata.
 * Refuses (InvalidInputError on `file`) a page nested deeper than MAX_HTML_DEPTH or holding more than MAX_HTML_ELEMENTS elements; a page of
 * more than MAX_READABILITY_ELEMENTS elements gives its whole text and metadata without Readability.
 */
export function extractHtmlArticle(html: string): HtmlArticle {
  const { depth, elements } = htmlShape(html);
  if (depth > MAX_HTML_DEPTH) {
    throw new InvalidInputError("file", `file: its HTML is nested ${depth} elements deep; the limit is ${MAX_HTML_DEPTH}`);
  }
  if (elements > MAX_HTML_ELEMENTS) {
    throw new InvalidInputError("file", `file: its HTML has ${elements.toLocaleString("en")} elements; the limit is ${MAX_HTML_ELEMENTS.toLocaleString("en")}`);
  }
  const { document } = parseHTML(asDocument(html));
  const language = document.documentElement?.getAttribute("lang")?.trim() ?? "";
  // The headline: the page's own og:title, else the story's <h1>, before Readability's guess from <title>
  // (which often carries the site's name: "Harbour expansion | Coastline Gazette").
  const headline =
    clean(document.querySelector('meta[property="og:title"]')?.getAttribute("content")) ??
    clean(document.querySelector("article h1, main h1")?.textContent);
  const firstHeading = clean(document.querySelector("h1")?.textContent);
  const fallback = document.body ?? document.documentElement;
  const article = elements <= MAX_READABILITY_ELEMENTS ? new Readability<Node>(document as unknown as Document, { serializer: (node) => node, charThreshold: 0 }).parse() : null;

  const content = article?.content ?? fallback;
  let text = content ? paragraphsOf(content as unknown as Node) : "";
  // Readability may keep too little of a short page (a bare fragment); the page's own text is then better.
  if (!text && fallback) text = paragraphsOf(fallback as unknown as Node);
  return {
    text,
    title: headline ?? clean(article?.title) ?? firstHeading,
    author: byline(article?.byline),
    publishedAt: dateOf(article?.publishedTime),
    publisher: clean(article?.siteName),
    language: LANGUAGE.test(language) ? language : null,
  };
}

/** The paragraphs of a piece of HTML taken as it is (no article extraction): the HTML blocks inside Markdown. */
export function htmlFragmentText(html: string): string {
  if (htmlNestingDepth(html) > MAX_HTML_DEPTH) throw new InvalidInputError("file", `file: its HTML is nested more than ${MAX_HTML_DEPTH} elements deep`);
  const { document } = parseHTML(asDocument(html));
  return document.body ? paragraphsOf(document.body as unknown as Node) : "";
}

/** linkedom builds the tree as written: a bare fragment gets the <html><body> a browser would imply. */
function asDocument(html: string): string {
  if (!/<body[\s>]/i.test(html)) html = `<body>${html}</body>`;
  if (!/<html[\s>]/i.test(html)) html = `<html>${html}</html>`;
  return html;
}

type Piece = { kind: "text"; text: string; pre: boolean } | { kind: "line" } | { kind: "paragraph" };

/** The paragraphs of a DOM subtree, walked with an explicit stack so that depth cannot overflow. */
function paragraphsOf(root: Node): string {
  const pieces: Piece[] = [];
  type Visit = { node: Node; pre: boolean } | { close: string };
  const stack: Visit[] = [{ node: root, pre: false }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    if ("close" in visit) {
      if (BLOCKS.has(visit.close)) pieces.push({ kind: "paragraph" });
      else if (CELLS.has(visit.close)) pieces.push({ kind: "text", text: " ", pre: false });
      continue;
    }
    const { node, pre } = visit;
    if (node.nodeType === 3) {
      pieces.push({ kind: "text", text: node.textContent ?? "", pre });
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const element = node as Element;
    const tag = element.tagName?.toLowerCase() ?? "";
    if (SKIPPED.has(tag) || element.hasAttribute?.("hidden") || element.getAttribute?.("aria-hidden") === "true") continue;
    if (tag === "br") {
      pieces.push({ kind: "line" });
      continue;
    }
    if (tag === "hr") {
      pieces.push({ kind: "paragraph" });
      continue;
    }
    if (BLOCKS.has(tag)) pieces.push({ kind: "paragraph" });
    stack.push({ close: tag });
    const children = Array.from(node.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, pre: pre || tag === "pre" });
  }
  return assemble(pieces);
}

/** Joins pieces into paragraphs separated by one blank line; a blank line made of <br>s also separates. */
function assemble(pieces: Piece[]): string {
  const paragraphs: string[] = [];
  let lines: string[] = [];
  let line: { text: string; pre: boolean }[] = [];

  /** Closes the current line; false if it was blank. */
  const endLine = (): boolean => {
    const hasPre = line.some((part) => part.pre);
    const joined = line.map((part) => (part.pre ? part.text : part.text.replace(/\s+/g, " "))).join("");
    line = [];
    const text = hasPre ? joined.replace(/\s+$/, "") : joined.replace(/\s+/g, " ").trim();
    if (text.trim() === "") return false;
    lines.push(text);
    return true;
  };
  const endParagraph = (): void => {
    endLine();
    if (lines.length > 0) paragraphs.push(lines.join("\n"));
    lines = [];
  };

  for (const piece of pieces) {
    if (piece.kind === "text" && piece.pre) {
      // Preformatted text keeps its lines.
      piece.text.split(/\r?\n/).forEach((part, i) => {
        if (i > 0) endLine();
        line.push({ text: part, pre: true });
      });
    } else if (piece.kind === "text") line.push(piece);
    else if (piece.kind === "line") {
      if (!endLine()) endParagraph();
    } else endParagraph();
  }
  endParagraph();
  return paragraphs.join("\n\n");
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, " ").trim();
  return text ? text : null;
}

/** "By Jane Doe" → "Jane Doe": the form field holds the name. */
function byline(value: string | null | undefined): string | null {
  return clean(value?.replace(/^\s*by\s+/i, ""));
}

/** A date the page gives in ISO 8601 (or anything Date reads unambiguously); null when it is not one. */
function dateOf(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1 ? null : date;
}
