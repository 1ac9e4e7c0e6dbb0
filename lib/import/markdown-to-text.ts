import { decodeHTML } from "entities";
import { marked, type Token, type Tokens } from "marked";
import { InvalidInputError } from "../errors";
import { htmlFragmentText } from "./extract-html-article";

/**
 * Deeper than any article: marked parses nesting recursively (and slowly past a few hundred levels), so
 * deeper quotes, lists or runs of emphasis markers are refused before parsing.
 */
export const MAX_MARKDOWN_NESTING = 64;

const CONTAINER_MARKER = /^ {0,3}(?:>|[-*+](?=\s)|\d{1,9}[.)](?=\s))\s*/;
const FRONT_MATTER = /^---\n(?:[\w-]+:.*\n|\s+.*\n|\n)*?---\n/;

/** The deepest nesting a Markdown text asks of its parser: quote and list markers on a line, or a run of `*`, `_`, `[`, `~`. */
export function markdownNestingDepth(md: string): number {
  let deepest = 0;
  for (const line of md.split("\n")) {
    let rest = line;
    let depth = 0;
    for (;;) {
      const indent = /^[ \t]*/.exec(rest)![0];
      const marker = CONTAINER_MARKER.exec(rest.slice(indent.length));
      if (!marker) break;
      depth += 1 + Math.floor(indent.replace(/\t/g, "    ").length / 2);
      rest = rest.slice(indent.length + marker[0].length);
      if (depth > MAX_MARKDOWN_NESTING) return depth;
    }
    // A line of one repeated character is a thematic break or a fence, not nesting.
    if (!isOneCharacterLine(line)) {
      for (const run of line.matchAll(/\*+|_+|\[+|~+/g)) depth = Math.max(depth, run[0].length);
    }
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

/** Blank, or one character repeated ("---", "***"), around spaces. (Not a regular expression: /^\s*(.)\1*\s*$/ backtracks for minutes on a long indented line.) */
function isOneCharacterLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed === "" || trimmed.replaceAll(trimmed[0]!, "") === "";
}

/**
 * The words of a Markdown article, read by marked's CommonMark/GFM lexer: headings, paragraphs and quotes as
 * paragraphs (a blank line between), lists as "- " or numbered lines, code without its fences, tables as
 * "a | b" rows; emphasis, links (their text), images (dropped), HTML (its text) and front matter removed.
 */
export function markdownToText(md: string): string {
  const source = md.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").replace(FRONT_MATTER, "");
  const depth = markdownNestingDepth(source);
  if (depth > MAX_MARKDOWN_NESTING) {
    throw new InvalidInputError("file", `file: its Markdown is nested more than ${MAX_MARKDOWN_NESTING} levels deep (quotes, lists or emphasis markers)`);
  }
  return blocksOf(marked.lexer(source)).join("\n\n");
}

function blocksOf(tokens: Token[]): string[] {
  const blocks: string[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case "heading":
      case "paragraph":
      case "text": {
        const text = inlineText((token as Tokens.Paragraph).tokens ?? [], (token as Tokens.Text).text);
        if (text) blocks.push(text);
        break;
      }
      case "blockquote":
        blocks.push(...blocksOf((token as Tokens.Blockquote).tokens));
        break;
      case "list": {
        const lines = listLines(token as Tokens.List, "");
        if (lines.length) blocks.push(lines.join("\n"));
        break;
      }
      case "code":
        if ((token as Tokens.Code).text.trim()) blocks.push((token as Tokens.Code).text);
        break;
      case "table": {
        const table = token as Tokens.Table;
        const rows = [table.header, ...table.rows].map((cells) => cells.map((cell) => inlineText(cell.tokens, cell.text)).join(" | "));
        blocks.push(rows.join("\n"));
        break;
      }
      case "html": {
        const text = htmlFragmentText((token as Tokens.HTML).text);
        if (text) blocks.push(text);
        break;
      }
      default:
        // space, hr, def (link definitions): no words.
        break;
    }
  }
  return blocks;
}

/** A list as lines: "- item" or "3. item", nested lists indented by two spaces per level. */
function listLines(list: Tokens.List, indent: string): string[] {
  const lines: string[] = [];
  const start = typeof list.start === "number" ? list.start : 1;
  list.items.forEach((item, i) => {
    const marker = list.ordered ? `${start + i}.` : "-";
    const words: string[] = [];
    const nested: string[] = [];
    for (const child of item.tokens) {
      if (child.type === "list") nested.push(...listLines(child as Tokens.List, `${indent}  `));
      else words.push(...blocksOf([child]));
    }
    lines.push(`${indent}${marker} ${words.join(" ")}`.trimEnd(), ...nested);
  });
  return lines;
}

/** Inline tokens to plain text: the words of emphasis and links, code as written, images and tags dropped. */
function inlineText(tokens: Token[], fallback: string): string {
  if (tokens.length === 0) return decodeHTML(fallback).replace(/\s*\n\s*/g, " ").trim();
  let out = "";
  for (const token of tokens) {
    switch (token.type) {
      case "text":
        out += "tokens" in token && token.tokens?.length ? inlineText(token.tokens, "") : softBreaks(decodeHTML((token as Tokens.Text).text));
        break;
      case "escape":
      case "codespan":
        out += softBreaks((token as Tokens.Codespan).text);
        break;
      case "strong":
      case "em":
      case "del":
      case "link":
        out += inlineText((token as Tokens.Strong).tokens, (token as Tokens.Strong).text);
        break;
      case "br":
        out += "\n";
        break;
      default:
        // image: a picture has no words to check; an inline HTML tag has none either (its text is a text token).
        break;
    }
  }
  return out
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .join("\n")
    .trim();
}

/** A soft line break inside a paragraph reads as a space; a hard break (two spaces, a backslash) is a br token. */
function softBreaks(text: string): string {
  return text.replace(/\s*\n\s*/g, " ");
}
