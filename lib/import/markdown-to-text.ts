// No Markdown parser is among the project's dependencies, and only the words are wanted (not HTML), so this
// is a small line-based reader of CommonMark's common constructs rather than a full implementation.

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^\s{0,3}#{1,6}(?:\s+|$)(.*?)(?:\s+#+)?\s*$/;
const SETEXT_UNDERLINE = /^\s{0,3}(?:=+|-+)\s*$/;
const THEMATIC_BREAK = /^\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$/;
const BULLET = /^(\s*)[-*+]\s+(?:\[[ xX]\]\s+)?(.*)$/;
const ORDERED = /^(\s*)(\d{1,9}[.)])\s+(.*)$/;
const BLOCKQUOTE = /^\s{0,3}>\s?/;
const TABLE_DIVIDER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$|^\s*\|\s*:?-+:?\s*\|\s*$/;
const LINK_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+/;
const HARD_BREAK = /(?: {2,}|\\)$/;

type Block = { kind: "paragraph" | "list" | "code"; lines: string[]; hardBreak: boolean };

/**
 * The words of a Markdown article without its markup: heading hashes, emphasis markers, link syntax
 * ([text](url) → text), images (dropped), code fences and backticks, HTML tags and comments, front matter.
 * Paragraphs are kept (blank line between), soft line breaks joined; bullets become plain "- " lines,
 * numbered items keep their numbers.
 */
export function markdownToText(md: string): string {
  const source = stripFrontMatter(md.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n")).replace(/<!--[\s\S]*?-->/g, "");
  const blocks: string[] = [];
  // Held in an object: TypeScript does not see assignments made inside the closures below.
  const state: { block: Block | null } = { block: null };
  let fence: string | null = null;

  const flush = (): void => {
    if (state.block && state.block.lines.length > 0) blocks.push(state.block.lines.join("\n"));
    state.block = null;
  };
  const open = (kind: Block["kind"]): Block => {
    if (!state.block || state.block.kind !== kind) {
      flush();
      state.block = { kind, lines: [], hardBreak: false };
    }
    return state.block;
  };

  for (const rawLine of source.split("\n")) {
    if (fence !== null) {
      if (rawLine.trim().startsWith(fence)) {
        fence = null;
        flush();
      } else open("code").lines.push(rawLine);
      continue;
    }
    const fenceMatch = FENCE.exec(rawLine);
    if (fenceMatch?.[1]) {
      flush();
      fence = fenceMatch[1];
      open("code");
      continue;
    }

    let line = rawLine;
    while (BLOCKQUOTE.test(line)) line = line.replace(BLOCKQUOTE, "");
    if (line.trim() === "" || LINK_DEFINITION.test(line)) {
      flush();
      continue;
    }
    if (TABLE_DIVIDER.test(line)) continue;
    const current = state.block;
    if (SETEXT_UNDERLINE.test(line) && current?.kind === "paragraph") {
      flush(); // the paragraph above was a heading
      continue;
    }
    if (THEMATIC_BREAK.test(line)) {
      flush();
      continue;
    }
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      flush();
      const text = inlineToText(heading[1] ?? "");
      if (text) blocks.push(text);
      continue;
    }
    const bullet = BULLET.exec(line);
    const ordered = bullet ? null : ORDERED.exec(line);
    if (bullet || ordered) {
      const text = inlineToText(bullet ? (bullet[2] ?? "") : (ordered?.[3] ?? ""));
      const indent = " ".repeat(Math.floor((bullet?.[1] ?? ordered?.[1] ?? "").replace(/\t/g, "    ").length / 2) * 2);
      open("list").lines.push(`${indent}${bullet ? "-" : (ordered?.[2] ?? "")} ${text}`);
      continue;
    }

    const text = inlineToText(line.trim().startsWith("|") ? tableRow(line) : line.trim());
    const target = current?.kind === "list" && /^\s/.test(line) ? current : open("paragraph");
    const last = target.lines.length - 1;
    if (target.kind === "list" || (last >= 0 && !target.hardBreak)) {
      // A soft line break inside a paragraph (or a list item's continuation) reads as a space.
      target.lines[last] = `${target.lines[last] ?? ""} ${text}`.trim();
    } else target.lines.push(text);
    target.hardBreak = HARD_BREAK.test(line) || line.trim().startsWith("|");
  }
  flush();
  return blocks.filter((b) => b.trim() !== "").join("\n\n");
}

function stripFrontMatter(text: string): string {
  const match = /^---\n(?:[\w-]+:.*\n|\s+.*\n|\n)*?---\n/.exec(text);
  return match ? text.slice(match[0].length) : text;
}

function tableRow(line: string): string {
  return line
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split("|")
    .map((cell) => cell.trim())
    .join(" | ");
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Inline markup to plain text: code spans and escapes are protected first so that their * and _ survive. */
function inlineToText(text: string): string {
  const kept: string[] = [];
  const keep = (value: string): string => `\u{F0000}${kept.push(value) - 1}\u{F0001}`;

  let out = text
    .replace(/\\([!-/:-@[-`{-~])/g, (_, ch: string) => keep(ch))
    .replace(/(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g, (_, _ticks: string, code: string) => keep(code.replace(/^ (.*) $/, "$1")))
    .replace(/!\[[^\]]*\]\((?:[^()]|\([^()]*\))*\)/g, "")
    .replace(/!\[[^\]]*\]\[[^\]]*\]/g, "")
    .replace(/\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, "$1")
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, (_, url: string) => keep(url))
    .replace(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, "")
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2")
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, "$1")
    .replace(/\*(?=\S)([^*]*?\S)\*/g, "$1")
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, "$1$2")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => decodeEntity(whole, name))
    .replace(/ {2,}|\\$/g, (m) => (m === "\\" ? "" : " "))
    .trim();
  out = out.replace(/\u{F0000}(\d+)\u{F0001}/gu, (_, index: string) => kept[Number(index)] ?? "");
  return out;
}

function decodeEntity(whole: string, name: string): string {
  if (name.startsWith("#")) {
    const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  }
  return ENTITIES[name.toLowerCase()] ?? whole;
}
