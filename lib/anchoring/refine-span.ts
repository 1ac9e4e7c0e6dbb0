import { measureSimilarity } from "./measure-similarity";

export interface ScoredSpan {
  start: number;
  end: number;
  /** Levenshtein ratio of the span's text to the quote it stands for. */
  similarity: number;
}

// Words (with inner apostrophes, decimal points and thousands separators: "Xi’s", "5.2", "1,000") or single marks.
const TOKEN = /[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const SLACK_CHARS = 80;
const MAX_TOKEN_SHIFT = 4;
const MAX_LENGTH_RATIO = 2;

/**
 * Snaps a rough span to token boundaries, then moves each edge by up to a few tokens to make the span
 * read as much as possible like `exact` — rough spans from a diff or a seed match are off by a word or two.
 */
export function refineSpan(text: string, roughStart: number, roughEnd: number, exact: string): ScoredSpan | null {
  // A rough span far longer than the quote (a diff's change run over a rewritten page) is no usable guess,
  // and comparing it to the quote would cost much for nothing.
  if (Math.abs(roughEnd - roughStart) > exact.length * MAX_LENGTH_RATIO + SLACK_CHARS) return null;
  const from = Math.max(0, Math.min(roughStart, roughEnd) - SLACK_CHARS);
  const to = Math.min(text.length, Math.max(roughStart, roughEnd) + SLACK_CHARS);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const match of text.slice(from, to).matchAll(TOKEN)) {
    const index = match.index ?? 0;
    starts.push(from + index);
    ends.push(from + index + match[0].length);
  }
  if (starts.length === 0) return null;

  // First token that reaches past roughStart, last token that begins before roughEnd.
  let first = ends.findIndex((end) => end > roughStart);
  if (first === -1) first = starts.length - 1;
  let last = -1;
  for (let i = starts.length - 1; i >= 0; i -= 1) {
    if ((starts[i] ?? Infinity) < roughEnd) {
      last = i;
      break;
    }
  }
  if (last < first) last = first;

  const similarityOf = (i: number, j: number): number =>
    measureSimilarity(exact, text.slice(starts[i] ?? 0, ends[j] ?? 0));

  let best = { first, last, similarity: similarityOf(first, last) };
  const tryStarts = (): void => {
    for (let i = Math.max(0, first - MAX_TOKEN_SHIFT); i <= Math.min(best.last, first + MAX_TOKEN_SHIFT); i += 1) {
      if (i === best.first) continue;
      const similarity = similarityOf(i, best.last);
      if (similarity > best.similarity) best = { first: i, last: best.last, similarity };
    }
  };
  const tryEnds = (): void => {
    for (let j = Math.max(best.first, last - MAX_TOKEN_SHIFT); j <= Math.min(ends.length - 1, last + MAX_TOKEN_SHIFT); j += 1) {
      if (j === best.last) continue;
      const similarity = similarityOf(best.first, j);
      if (similarity > best.similarity) best = { first: best.first, last: j, similarity };
    }
  };
  // Coordinate ascent: each edge alone, then the start again now that the end has moved.
  tryStarts();
  tryEnds();
  tryStarts();

  return { start: starts[best.first] ?? 0, end: ends[best.last] ?? 0, similarity: best.similarity };
}
