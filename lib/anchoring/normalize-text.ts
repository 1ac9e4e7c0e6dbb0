/** A text folded for quote matching, and where each of its characters came from in the original. */
export interface NormalizedText {
  text: string;
  /** Original offset where normalized character i starts. */
  starts: Int32Array;
  /** Original offset where normalized character i ends (exclusive); a folded space covers its whole run. */
  ends: Int32Array;
}

const UTF16 = new TextDecoder("utf-16le");
const SPACE = 0x20;
const APOSTROPHE = 0x27;
const QUOTE = 0x22;
const HYPHEN = 0x2d;

/** Whitespace as JavaScript's \s knows it, by code unit (a hot loop: no regex per character). */
function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Typographic variants an editor's tools swap freely: folding them keeps "Xi’s" and "Xi's" the same quote. */
function fold(code: number): number {
  if (code < 0xab) return code;
  if (code === 0x2018 || code === 0x2019 || code === 0x201a || code === 0x201b || code === 0x2032) return APOSTROPHE;
  if (code === 0x201c || code === 0x201d || code === 0x201e || code === 0x201f || code === 0x2033 || code === 0xab || code === 0xbb) return QUOTE;
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212) return HYPHEN;
  return code;
}

const APOSTROPHES = /[\u2018\u2019\u201a\u201b\u2032]/g;
const QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const NEEDS_FOLD = /\s\s|[^\S ]|[\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u2010-\u2015\u2212]/;

/** The same fold without the offsets, for quotes and contexts. */
export function foldText(text: string): string {
  if (!NEEDS_FOLD.test(text)) return text;
  return text.replace(/\s+/g, " ").replace(APOSTROPHES, "'").replace(QUOTES, '"').replace(DASHES, "-");
}

/**
 * Collapses whitespace runs to one space and folds quote marks and dashes, so that a quote still matches
 * across re-wrapped lines, doubled spaces or a change of quote style; keeps a map back to original offsets.
 */
export function normalizeText(text: string): NormalizedText {
  const length = text.length;
  const codes = new Uint16Array(length);
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  let n = 0;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    starts[n] = i;
    if (isWhitespace(code)) {
      let j = i + 1;
      while (j < length && isWhitespace(text.charCodeAt(j))) j += 1;
      codes[n] = SPACE;
      i = j;
    } else {
      codes[n] = fold(code);
      i += 1;
    }
    ends[n] = i;
    n += 1;
  }
  return { text: UTF16.decode(codes.subarray(0, n)), starts: starts.slice(0, n), ends: ends.slice(0, n) };
}
