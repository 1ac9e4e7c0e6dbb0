import search from "approx-string-match";
import { distance } from "fastest-levenshtein";
import { createAnchor, DEFAULT_CONTEXT_LENGTH } from "./create-anchor";
import { foldText } from "./normalize-text";
import type { ReanchorTarget, SpanOrigin } from "./prepare-reanchor-target";
import { scoreContext } from "./score-context";
import type { ReanchorResult, TextAnchor } from "./types";

// The weights of Hypothesis's match-quote: the quote itself counts most, its prefix and suffix next, the
// distance from where it was expected only breaks ties.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
// What Factdesk adds: the old→new diff says which characters of a candidate are the anchor's own words.
// Between exact readings (the original sentence and a copy of it added elsewhere), the diff's word decides.
// A reworded reading never gets it: a minimal diff also pairs the words of look-alike paragraphs that were
// only swapped, and must not make a near-copy beat the sentence itself.
const OWN_WORDS_WEIGHT = 0.1;

/** Below this Levenshtein ratio to the old quote, a passage is no longer the same claim… */
export const MIN_QUOTE_SIMILARITY = 0.75;
// …unless its surroundings vouch for it, down to this…
const MIN_QUOTE_SIMILARITY_WITH_CONTEXT = 0.6;
const MIN_SUPPORT = 0.75;
// …or the diff shows most of it is the anchor's own words, edited in place, down to match-quote's own limit.
const MIN_QUOTE_SIMILARITY_IN_PLACE = 0.5;
// A fuzzy candidate mostly made of unchanged text that stood elsewhere in the old text is that other passage.
const MAX_ELSEWHERE = 0.5;
const MAX_EXACT_OCCURRENCES = 200;
const WEAK_CONTEXT = 0.5;
const SHORT_QUOTE = 32;
const MAX_FUZZY_MATCHES = 24;
const MAX_SEARCH_ROUNDS = 3;
const WINDOW_SLACK = 64;

interface Candidate {
  /** Normalized-text offsets. */
  start: number;
  end: number;
  distance: number;
  quote: number;
  /** Hypothesis-style score, 0 to 1. */
  score: number;
  /** Score plus the diff's evidence: what candidates are ranked by. */
  rank: number;
  acceptable: boolean;
  own: number;
  /** Mean prefix/suffix similarity, or null when the anchor has neither. */
  context: number | null;
}

/**
 * Finds one anchor in the new text. Candidates are the quote's exact occurrences (whitespace, quote marks
 * and dashes folded), else its closest approximate matches (approx-string-match, near where the diff puts
 * the anchor first, then anywhere); each is scored like Hypothesis's match-quote — quote similarity, prefix
 * and suffix similarity, closeness to the expected place — plus how much of it the diff says is the anchor's
 * own text. Passages that the diff shows were already elsewhere in the old text are never taken. Offsets,
 * prefix and suffix of a found anchor are recomputed on the new text.
 */
export function locateAnchor(anchor: TextAnchor, target: ReanchorTarget): ReanchorResult {
  const orphan: ReanchorResult = { state: "orphaned", anchor: null, score: 0 };
  const text = target.text;
  const normalized = target.normalized;
  const haystack = normalized.text;
  const quote = foldText(anchor.exact);
  if (quote.trim().length === 0 || haystack.length === 0) return orphan;
  const contextLength = Math.max(anchor.prefix.length, anchor.suffix.length) || DEFAULT_CONTEXT_LENGTH;
  const prefix = foldText(anchor.prefix);
  const suffix = foldText(anchor.suffix);

  const toNormalized = (offset: number): number => firstIndexWhere(normalized.ends, (end) => end > offset);
  const mappedOriginal = target.mapSpan(anchor);
  const mapped = mappedOriginal ? { start: toNormalized(mappedOriginal.start), end: Math.max(toNormalized(mappedOriginal.start), toNormalized(mappedOriginal.end - 1) + 1) } : null;
  const expected = mapped ? mapped.start : toNormalized(Math.min(anchor.start, text.length));
  const hasOldText = mapped !== null;

  // An anchor that began (ended) on a word boundary must still do so: "percent" inside "percentage" is the
  // word having been edited. Without a prefix (suffix) there is no telling, so no such constraint.
  const startsOnBoundary = prefix.length > 0 ? !(isWordChar(prefix.at(-1)) && isWordChar(quote.charAt(0))) : false;
  const endsOnBoundary = suffix.length > 0 ? !(isWordChar(quote.at(-1)) && isWordChar(suffix.charAt(0))) : false;
  const cutsWordAt = (at: number): boolean => isWordChar(haystack[at - 1]) && isWordChar(haystack[at]);
  const keepsBoundaries = (start: number, end: number): boolean =>
    !(startsOnBoundary && cutsWordAt(start)) && !(endsOnBoundary && cutsWordAt(end));

  const originOf = (start: number, end: number): SpanOrigin | null => {
    const originalStart = normalized.starts[start] ?? text.length;
    const originalEnd = normalized.ends[end - 1] ?? text.length;
    return target.originOf(anchor, originalStart, originalEnd);
  };

  const rejected: { start: number; end: number }[] = [];
  const evaluate = (start: number, end: number, edits: number): Candidate | null => {
    const origin = originOf(start, end);
    // Another passage that was already there: mostly unchanged text from elsewhere in the old text.
    // (A reading made of inserted text is the anchor moved, or a copy of it added: never a twin. And a minimal
    // diff pairs the words of look-alike paragraphs, so unchanged-from-elsewhere alone does not make an exact
    // reading a twin: the same words must have stood elsewhere in the old text.)
    const twin =
      origin !== null &&
      origin.own < 0.5 &&
      origin.elsewhere > MAX_ELSEWHERE &&
      (edits > 0 || target.stoodElsewhereInOld(anchor, haystack.slice(start, end)));
    if (twin) {
      rejected.push({ start, end });
      return null;
    }
    // Edits over the quote's length, as match-quote does: a ratio over the longer string would reward
    // swallowing a neighbouring character ("vitae," for "cites").
    const quoteSimilarity = Math.max(0, 1 - edits / quote.length);
    const prefixSimilarity = scoreContext(haystack.slice(Math.max(0, start - prefix.length), start), prefix);
    const suffixSimilarity = scoreContext(haystack.slice(end, end + suffix.length), suffix);
    const position = 1 - Math.abs(start - expected) / haystack.length;
    let raw = QUOTE_WEIGHT * quoteSimilarity + POSITION_WEIGHT * position;
    let max = QUOTE_WEIGHT + POSITION_WEIGHT;
    const context: number[] = [];
    if (prefixSimilarity !== null) {
      raw += PREFIX_WEIGHT * prefixSimilarity;
      max += PREFIX_WEIGHT;
      context.push(prefixSimilarity);
    }
    if (suffixSimilarity !== null) {
      raw += SUFFIX_WEIGHT * suffixSimilarity;
      max += SUFFIX_WEIGHT;
      context.push(suffixSimilarity);
    }
    const score = raw / max;
    const own = origin?.own ?? 0;
    const contextSimilarity = context.length ? context.reduce((a, b) => a + b, 0) / context.length : null;
    const acceptable =
      quoteSimilarity >= MIN_QUOTE_SIMILARITY ||
      (quoteSimilarity >= MIN_QUOTE_SIMILARITY_WITH_CONTEXT && (contextSimilarity ?? 0) >= MIN_SUPPORT) ||
      (quoteSimilarity >= MIN_QUOTE_SIMILARITY_IN_PLACE && own >= 0.5);
    return { start, end, distance: edits, quote: quoteSimilarity, score, rank: score + (edits === 0 ? OWN_WORDS_WEIGHT * own : 0), acceptable, own, context: contextSimilarity };
  };

  // The common case with an old text: the quote is still where the diff puts it, made of its own words.
  if (mapped && haystack.startsWith(quote, mapped.start) && keepsBoundaries(mapped.start, mapped.start + quote.length)) {
    const own = evaluate(mapped.start, mapped.start + quote.length, 0);
    if (own && own.own === 1) return toResult(own);
  }

  const candidates: Candidate[] = [];
  const toSnap: { start: number; end: number }[] = [];
  const exactStarts = nearest(occurrencesOf(haystack, quote), expected, MAX_EXACT_OCCURRENCES);
  for (const start of exactStarts) {
    const end = start + quote.length;
    if (!keepsBoundaries(start, end)) {
      toSnap.push({ start, end });
      continue;
    }
    const candidate = evaluate(start, end, 0);
    if (candidate) candidates.push(candidate);
  }

  // An exact reading that is not a twin from the old text wins over any reworded one, as in match-quote —
  // unless, with an old text, a short quote's surroundings no longer read like the anchor's: then it may be a
  // stray copy of a few words ("47 percent") edited where the anchor really is, and the diff's place competes.
  // A long verbatim quote is evidence enough on its own.
  const exactIsAnswer = (): boolean => {
    const best = pickBest(candidates, quote.length, expected);
    if (!best) return false;
    return !hasOldText || best.own >= 0.5 || quote.length >= SHORT_QUOTE || best.context === null || best.context >= WEAK_CONTEXT;
  };

  const addFuzzy = (spans: { start: number; end: number }[]): void => {
    const seen = new Set<string>();
    for (const span of spans) {
      const snapped = snapToWords(span.start, span.end);
      if (!snapped) continue;
      const key = `${snapped.start}:${snapped.end}`;
      if (seen.has(key) || candidates.some((c) => c.start === snapped.start && c.end === snapped.end)) continue;
      seen.add(key);
      const candidate = evaluate(snapped.start, snapped.end, snapped.distance);
      if (candidate) candidates.push(candidate);
    }
  };

  const snapToWords = (roughStart: number, roughEnd: number): { start: number; end: number; distance: number } | null => {
    let start = roughStart;
    let end = roughEnd;
    while (start < end && haystack[start] === " " && quote[0] !== " ") start += 1;
    while (end > start && haystack[end - 1] === " " && quote.at(-1) !== " ") end -= 1;
    if (end <= start) return null;
    const starts = [start];
    if (startsOnBoundary && cutsWordAt(start)) {
      let back = start;
      while (back > 0 && isWordChar(haystack[back - 1])) back -= 1;
      let forward = start;
      while (forward < end && isWordChar(haystack[forward])) forward += 1;
      while (forward < end && haystack[forward] === " ") forward += 1;
      starts.splice(0, 1, back, forward);
    }
    const ends = [end];
    if (endsOnBoundary && cutsWordAt(end)) {
      let forward = end;
      while (forward < haystack.length && isWordChar(haystack[forward])) forward += 1;
      let back = end;
      while (back > start && isWordChar(haystack[back - 1])) back -= 1;
      while (back > start && haystack[back - 1] === " ") back -= 1;
      ends.splice(0, 1, back, forward);
    }
    // An edge mark of the quote (a full stop, a closing quote) that the match left just outside.
    const lastMark = quote.at(-1);
    if (lastMark !== undefined && !isWordChar(lastMark) && lastMark !== " " && haystack[end] === lastMark) ends.push(end + 1);
    const firstMark = quote.charAt(0);
    if (!isWordChar(firstMark) && firstMark !== " " && haystack[start - 1] === firstMark) starts.push(start - 1);
    let best: { start: number; end: number; distance: number } | null = null;
    for (const s of starts) {
      for (const e of ends) {
        if (e <= s) continue;
        const d = distance(quote, haystack.slice(s, e));
        // Fewest edits; on a tie the span closest to the quote's length, so no neighbouring word is swallowed.
        if (!best || d < best.distance || (d === best.distance && Math.abs(e - s - quote.length) < Math.abs(best.end - best.start - quote.length))) {
          best = { start: s, end: e, distance: d };
        }
      }
    }
    return best;
  };

  const maxErrors = Math.max(1, Math.min(256, Math.floor(quote.length / 2)));
  const searchIn = (from: number, to: number): void => {
    let masked: string | null = null;
    for (let round = 0; round < MAX_SEARCH_ROUNDS; round += 1) {
      const before = rejected.length;
      const region = (masked ?? haystack).slice(from, to);
      const matches = search(region, quote, maxErrors).map((m) => ({ start: from + m.start, end: from + m.end }));
      addFuzzy(nearest(matches, expected, MAX_FUZZY_MATCHES, (m) => m.start));
      // approx-string-match reports only the best matches: if those were other passages, hide them and look again.
      if (rejected.length === before || candidates.some((c) => c.acceptable)) return;
      masked = maskSpans(masked ?? haystack, rejected);
    }
  };

  if (!exactIsAnswer()) {
    addFuzzy(toSnap);
    if (mapped) {
      const from = Math.max(0, mapped.start - quote.length - WINDOW_SLACK);
      const to = Math.min(haystack.length, mapped.end + quote.length + WINDOW_SLACK);
      searchIn(from, to);
    }
    const found = pickBest(candidates, quote.length, expected);
    if (!found || (found.distance > 0 && found.own < 0.5)) {
      for (const window of windowsAroundSeeds(haystack, quote)) searchIn(window.start, window.end);
    }
  }

  const best = pickBest(candidates, quote.length, expected);
  return best ? toResult(best) : orphan;

  function toResult(found: Candidate): ReanchorResult {
    const start = normalized.starts[found.start] ?? 0;
    const end = normalized.ends[found.end - 1] ?? text.length;
    return { state: found.distance === 0 ? "anchored" : "fuzzy", anchor: createAnchor(text, start, end, contextLength), score: found.score };
  }
}

/** Equal rank: nearer the expected place, then closer to the quote's length, then earlier. */
function compareTies(a: Candidate, b: Candidate, quoteLength: number, expected: number): number {
  return (
    Math.abs(a.start - expected) - Math.abs(b.start - expected) ||
    Math.abs(a.end - a.start - quoteLength) - Math.abs(b.end - b.start - quoteLength) ||
    a.start - b.start
  );
}

function pickBest(candidates: Candidate[], quoteLength: number, expected: number): Candidate | null {
  let best: Candidate | null = null;
  for (const c of candidates) {
    if (!c.acceptable) continue;
    if (
      !best ||
      c.rank > best.rank ||
      (c.rank === best.rank && compareTies(c, best, quoteLength, expected) < 0)
    ) {
      best = c;
    }
  }
  return best;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== "" && WORD_CHAR.test(ch);
}

/** First index i of a sorted array with test(array[i]) true, or its length. */
function firstIndexWhere(array: Int32Array, test: (value: number) => boolean): number {
  let lo = 0;
  let hi = array.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(array[mid] ?? 0)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function occurrencesOf(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1 && found.length < 10_000; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** The `limit` items nearest to `expected` (ties: earlier first), in that order. */
function nearest<T>(items: T[], expected: number, limit: number, at: (item: T) => number = (item) => item as unknown as number): T[] {
  return [...items].sort((a, b) => Math.abs(at(a) - expected) - Math.abs(at(b) - expected) || at(a) - at(b)).slice(0, limit);
}

const SEED_WORD = /[\p{L}\p{N}]{5,}/gu;
const MAX_SEEDS = 4;
const MAX_SEED_HITS = 40;

/**
 * Where in the text a reworded quote can be, anywhere: around exact occurrences of its rarest long words.
 * A long passage that still reads 60% like the quote keeps some of its words intact, and scanning a few small
 * windows instead of the whole text keeps hundreds of anchors fast (approx-string-match is linear in the
 * text it is given). Windows are merged and in text order.
 */
function windowsAroundSeeds(haystack: string, quote: string): { start: number; end: number }[] {
  // A quote of up to two 32-character blocks is cheap to look for in the whole text, and may have no
  // intact long word left ("bliind").
  if (quote.length <= 64) return [{ start: 0, end: haystack.length }];
  const seeds = [...new Set(quote.match(SEED_WORD) ?? [])]
    .map((word) => ({ word, hits: occurrencesOf(haystack, word) }))
    .filter((s) => s.hits.length > 0)
    .sort((a, b) => a.hits.length - b.hits.length || a.word.localeCompare(b.word))
    .slice(0, MAX_SEEDS);
  if (seeds.length === 0) return [];
  const windows: { start: number; end: number }[] = [];
  for (const { word, hits } of seeds) {
    const offset = quote.indexOf(word);
    for (const at of hits.slice(0, MAX_SEED_HITS)) {
      windows.push({ start: Math.max(0, at - offset - quote.length - WINDOW_SLACK), end: Math.min(haystack.length, at - offset + 2 * quote.length + WINDOW_SLACK) });
    }
  }
  windows.sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const w of windows) {
    const last = merged[merged.length - 1];
    if (last && w.start <= last.end) last.end = Math.max(last.end, w.end);
    else merged.push({ ...w });
  }
  return merged;
}

/** The text with the given spans replaced by a character no quote contains, lengths kept. */
function maskSpans(text: string, spans: { start: number; end: number }[]): string {
  let out = text;
  for (const { start, end } of spans) out = out.slice(0, start) + "\u0000".repeat(end - start) + out.slice(end);
  return out;
}
