// Small text helpers shared by the detectors: exact spans, tokens, stop words, number words.
import { quoteForMessage } from "../../text/quotations";
import type { TextSpan } from "../flag-kinds";

/** A span of `text`; the exact text is always taken from the text itself so spans stay exact. */
export function makeSpan(text: string, start: number, end: number): TextSpan {
  return { start, end, exact: text.slice(start, end) };
}

/** Quote a piece of text for an explanation ('…'), shortened in the middle when long. */
export function quote(s: string, max = 90): string {
  return quoteForMessage(s, max);
}

export interface Token {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Lower case, curly apostrophes made straight, possessive "'s" removed. */
  norm: string;
  /** A word or number (not punctuation). */
  isWord: boolean;
  /** Starts with an upper-case letter. */
  isCap: boolean;
  possessive: boolean;
  sentence: number;
}

// Initialisms with dots ("U.S.", "D.C.") first, then numbers with separators, then words with inner
// apostrophes/hyphens, then any other single non-space character.
const TOKEN_RE = /(?:\p{Lu}\.){2,}|\p{N}+(?:[.,:]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*|[^\s]/gu;
const POSSESSIVE_RE = /['’]s$/i;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const raw = m[0];
    const first = raw.charAt(0);
    const isWord = /[\p{L}\p{N}]/u.test(first);
    const possessive = isWord && POSSESSIVE_RE.test(raw) && raw.length > 2;
    let norm = raw.toLowerCase().replace(/’/g, "'");
    if (possessive) norm = norm.slice(0, -2);
    tokens.push({
      index: tokens.length,
      start: m.index,
      end: m.index + raw.length,
      text: raw,
      norm,
      isWord,
      isCap: /\p{Lu}/u.test(first),
      possessive,
      sentence: -1,
    });
  }
  return tokens;
}

export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    "a an the and or but nor so yet for of to in on at by with from into onto over under about above below " +
    "after before between through during without within against among across around as than then that this " +
    "these those there here it its it's they them their theirs he him his she her hers we us our you your i me my " +
    "is are was were be been being am has have had having do does did doing will would shall should can could may " +
    "might must not no yes if while when where which who whom whose what why how all any both each few more most " +
    "other some such only own same too very just also even still again once up down out off further another " +
    "per cent percent million billion trillion thousand hundred one two three four five six seven eight nine ten"
  ).split(" "),
);

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100,
};

/** "57", "1,200", "3.5", "four", "twenty-one" → number; null when not a number. */
export function parseNumber(s: string): number | null {
  const t = s.toLowerCase().trim();
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ""));
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  const w = NUMBER_WORDS[t];
  if (w !== undefined) return w;
  const compound = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/.exec(t);
  if (compound && compound[1] && compound[2]) return (NUMBER_WORDS[compound[1]] ?? 0) + (NUMBER_WORDS[compound[2]] ?? 0);
  return null;
}

/** Index of the last element of a sorted array whose key is <= value (binary search), or -1. */
export function lastIndexAtOrBefore<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const item = items[mid] as T;
    if (key(item) <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
