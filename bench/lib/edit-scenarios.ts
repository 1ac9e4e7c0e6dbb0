// Realistic revisions of a ~10,000-word article, with the right outcome of every anchor known: each edit is
// planned in old-text coordinates, and the new text is built from pieces of the old one, so every old
// offset that survives has one known new offset.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createAnchor } from "../../lib/anchoring/create-anchor";
import { measureSimilarity } from "../../lib/anchoring/measure-similarity";
import { foldText } from "../../lib/anchoring/normalize-text";
import type { TextAnchor } from "../../lib/anchoring/types";

// Below this similarity of old and new words, an anchor was rewritten rather than edited.
const MIN_RECOGNISABLE = 0.5;

export interface Scenario {
  name: string;
  oldText: string;
  newText: string;
  anchors: TextAnchor[];
  /** Where each anchor should land in the new text; null: its words were deleted. */
  expected: ({ start: number; end: number } | null)[];
  edits: number;
}

type Emit = { copy: { from: number; to: number; primary: boolean } } | { text: string };
interface Cut {
  from: number;
  to: number;
  emit: Emit[];
}

/** Deterministic pseudo-random numbers, so that every run measures the same cases. */
function makeRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

export function loadArticle(root: string, words = 10_000): string {
  const corpus = path.join(root, "tests", "fixtures", "flag-corpus");
  const names = readdirSync(corpus).filter((f) => f.endsWith(".txt")).sort((a, b) => Number(b.startsWith("clean")) - Number(a.startsWith("clean")) || a.localeCompare(b));
  const parts = [readFileSync(path.join(root, "prisma", "seed", "demo-article.txt"), "utf8").trim()];
  for (const name of names) {
    if (parts.join(" ").split(/\s+/).length >= words) break;
    parts.push(readFileSync(path.join(corpus, name), "utf8").trim());
  }
  return parts.join("\n\n");
}

interface Sentence {
  start: number;
  end: number;
  paragraph: number;
}

function sentencesOf(text: string): { sentences: Sentence[]; paragraphs: { start: number; end: number }[] } {
  const paragraphs: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) paragraphs.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, i) => {
    for (const m of text.slice(p.start, p.end).matchAll(/[^.!?]+[.!?]+["”’)]*/g)) {
      const lead = m[0].length - m[0].trimStart().length;
      const start = p.start + (m.index ?? 0) + lead;
      const end = p.start + (m.index ?? 0) + m[0].length;
      if (text.slice(start, end).split(/\s+/).length >= 4) sentences.push({ start, end, paragraph: i });
    }
  });
  return { sentences, paragraphs };
}

const REWORDS = ["officials", "roughly", "the agency", "last year", "several", "a spokesman", "new figures", "in total", "critics", "earlier"];

export function buildScenarios(oldText: string, anchorCount = 500): Scenario[] {
  const { sentences, paragraphs } = sentencesOf(oldText);
  const words = [...oldText.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0] }));

  // Anchors: every third a whole sentence, the others a phrase of 3–12 words inside one.
  const random = makeRandom(7);
  const anchors: TextAnchor[] = [];
  for (let i = 0; i < anchorCount; i += 1) {
    const sentence = sentences[Math.floor((i / anchorCount) * sentences.length)];
    if (!sentence) continue;
    if (i % 3 === 0) {
      anchors.push(createAnchor(oldText, sentence.start, sentence.end));
      continue;
    }
    const inside = words.filter((w) => w.start >= sentence.start && w.end <= sentence.end);
    const length = Math.min(inside.length, 3 + Math.floor(random() * 10));
    const first = Math.floor(random() * Math.max(1, inside.length - length + 1));
    const a = inside[first];
    const b = inside[first + length - 1];
    if (a && b) anchors.push(createAnchor(oldText, a.start, b.end));
  }

  const plan = (name: string, seed: number, build: (add: Planner) => void): Scenario => {
    const planner = new Planner(oldText, makeRandom(seed));
    build(planner);
    return planner.finish(name, anchors);
  };

  const typos = (p: Planner, n: number) => {
    for (let k = 0; k < n; k += 1) {
      const w = p.pick(words.filter((x) => x.text.length >= 5 && /^\p{L}+$/u.test(x.text)));
      if (!w) continue;
      const at = 1 + Math.floor(p.random() * (w.text.length - 2));
      const fixed = p.random() < 0.5 ? w.text.slice(0, at) + w.text.slice(at + 1) : w.text.slice(0, at) + w.text[at + 1] + w.text[at] + w.text.slice(at + 2);
      p.replace(w.start, w.end, fixed);
    }
  };
  const rewords = (p: Planner, n: number) => {
    for (let k = 0; k < n; k += 1) {
      const i = Math.floor(p.random() * (words.length - 3));
      const span = 1 + Math.floor(p.random() * 3);
      const a = words[i];
      const b = words[i + span - 1];
      if (!a || !b || /[\n.!?]/.test(oldText.slice(a.start, b.end))) continue;
      p.replace(a.start, b.end, p.pick(REWORDS) ?? "several");
    }
  };
  const paragraphStarts = paragraphs.map((q) => q.start);
  const inserts = (p: Planner, n: number) => {
    for (let k = 0; k < n; k += 1) {
      const at = p.pick(paragraphStarts);
      if (at !== undefined) p.insert(at, `Update ${k + 1}: the agency released new figures on Monday, and officials said the review would continue into next year.\n\n`);
    }
  };
  const moves = (p: Planner, n: number) => {
    for (let k = 0; k < n; k += 1) {
      const source = p.pick(paragraphs);
      const target = p.pick(paragraphStarts);
      if (source && target !== undefined && (target < source.start || target > source.end + 2)) p.move(source.start, Math.min(oldText.length, source.end + 2), target);
    }
  };
  const deletions = (p: Planner, n: number) => {
    for (let k = 0; k < n; k += 1) {
      const s = p.pick(sentences);
      if (s) p.replace(s.start, oldText[s.end] === " " ? s.end + 1 : s.end, "");
    }
  };
  const whitespace = (p: Planner, n: number, quoteShare = 0.5) => {
    for (let k = 0; k < n; k += 1) {
      const w = p.pick(words);
      if (w && oldText[w.end] === " ") p.replace(w.end, w.end + 1, p.random() < 0.5 ? "\n" : "  ");
    }
    for (const m of oldText.matchAll(/["']/g)) {
      if (p.random() >= quoteShare) continue;
      const at = m.index ?? 0;
      const opening = at === 0 || /\s/.test(oldText[at - 1] ?? " ");
      p.replace(at, at + 1, m[0] === '"' ? (opening ? "“" : "”") : "’");
    }
  };
  const duplicates = (p: Planner, n: number) => {
    for (let k = 0; k < n; k += 1) {
      const s = p.pick(sentences);
      const at = p.pick(paragraphStarts);
      if (s && at !== undefined) p.duplicate(s.start, s.end, at);
    }
  };

  return [
    plan("typo fixes", 1, (p) => typos(p, 100)),
    plan("inserted paragraphs", 2, (p) => inserts(p, 10)),
    plan("reordered paragraphs", 3, (p) => moves(p, 8)),
    plan("1–3 words reworded", 4, (p) => rewords(p, 100)),
    plan("sentences deleted", 5, (p) => deletions(p, 25)),
    plan("whitespace / quote style", 6, (p) => whitespace(p, 100)),
    plan("a sentence duplicated elsewhere", 7, (p) => duplicates(p, 15)),
    plan("all combined (~100 edits)", 8, (p) => {
      typos(p, 30);
      rewords(p, 30);
      inserts(p, 4);
      moves(p, 4);
      deletions(p, 10);
      whitespace(p, 10, 0.05);
      duplicates(p, 4);
    }),
  ];
}

class Planner {
  private cuts: Cut[] = [];
  private claimed: { from: number; to: number }[] = [];
  edits = 0;
  constructor(
    private oldText: string,
    readonly random: () => number,
  ) {}

  pick<T>(items: T[]): T | undefined {
    return items[Math.floor(this.random() * items.length)];
  }

  /** Claims [from, to) (a point claims a character either side) unless another edit already touches it. */
  private claim(from: number, to: number): boolean {
    const a = to > from ? from : from - 1;
    const b = to > from ? to : from + 1;
    if (this.claimed.some((c) => a < c.to && c.from < b)) return false;
    this.claimed.push({ from: a, to: b });
    return true;
  }

  replace(from: number, to: number, text: string): void {
    if (this.claim(from, to)) {
      this.cuts.push({ from, to, emit: text ? [{ text }] : [] });
      this.edits += 1;
    }
  }
  insert(at: number, text: string): void {
    if (this.claim(at, at)) {
      this.cuts.push({ from: at, to: at, emit: [{ text }] });
      this.edits += 1;
    }
  }
  move(from: number, to: number, at: number): void {
    if (this.claim(from, to) && this.claim(at, at)) {
      this.cuts.push({ from, to, emit: [] }, { from: at, to: at, emit: [{ copy: { from, to, primary: true } }] });
      this.edits += 1;
    }
  }
  duplicate(from: number, to: number, at: number): void {
    if (this.claim(at, at)) {
      this.cuts.push({ from: at, to: at, emit: [{ copy: { from, to, primary: false } }, { text: "\n\n" }] });
      this.edits += 1;
    }
  }

  finish(name: string, anchors: TextAnchor[]): Scenario {
    const old = this.oldText;
    const cuts = [...this.cuts].sort((a, b) => a.from - b.from || a.to - b.to);
    const copies: { from: number; to: number; newStart: number }[] = [];
    // Replaced ranges with where their text went: an anchor edge on a replaced word's edge maps to its new edge.
    const replaced: { from: number; to: number; newStart: number; newEnd: number }[] = [];
    let newText = "";
    const emitCopy = (from: number, to: number, primary: boolean) => {
      if (primary && to > from) copies.push({ from, to, newStart: newText.length });
      newText += old.slice(from, to);
    };
    let cursor = 0;
    for (const cut of cuts) {
      emitCopy(cursor, cut.from, true);
      const newStart = newText.length;
      for (const e of cut.emit) {
        if ("copy" in e) emitCopy(e.copy.from, e.copy.to, e.copy.primary);
        else newText += e.text;
      }
      if (cut.to > cut.from && cut.emit.length && "text" in (cut.emit[0] ?? {})) replaced.push({ from: cut.from, to: cut.to, newStart, newEnd: newText.length });
      cursor = Math.max(cursor, cut.to);
    }
    emitCopy(cursor, old.length, true);

    const mapStart = (s: number): number | null => {
      const c = copies.find((x) => x.from <= s && s < x.to);
      if (c) return c.newStart + (s - c.from);
      return replaced.find((r) => r.from === s)?.newStart ?? null;
    };
    const mapEnd = (e: number): number | null => {
      const c = copies.find((x) => x.from < e && e <= x.to);
      if (c) return c.newStart + (e - c.from);
      return replaced.find((r) => r.to === e)?.newEnd ?? null;
    };
    const kept: TextAnchor[] = [];
    const expected: Scenario["expected"] = [];
    for (const anchor of anchors) {
      const start = mapStart(anchor.start);
      const end = mapEnd(anchor.end);
      const inDeleted = this.cuts.some((c) => c.emit.length === 0 && c.from <= anchor.start && anchor.end <= c.to && !cuts.some((m) => m.emit.some((e) => "copy" in e && e.copy.from === c.from)));
      if (inDeleted) {
        kept.push(anchor);
        expected.push(null);
      } else if (start !== null && end !== null && end > start && measureSimilarity(foldText(anchor.exact), foldText(newText.slice(start, end))) >= MIN_RECOGNISABLE) {
        kept.push(anchor);
        expected.push({ start, end });
      }
      // Otherwise an edit cuts through the anchor's edge, or rewrote most of its words: no single right
      // answer (found or orphaned are both defensible), so the case is left out.
    }
    return { name, oldText: old, newText, anchors: kept, expected, edits: this.edits };
  }
}
