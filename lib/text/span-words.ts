/** Word positions of a text (runs of non-space), for nudging a span word by word. */
export function wordBounds(text: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { starts, ends };
}

/** The last value below `x`, or null. */
function before(sorted: number[], x: number): number | null {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? sorted[lo - 1]! : null;
}

/** The first value above `x`, or null. */
function after(sorted: number[], x: number): number | null {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length ? sorted[lo]! : null;
}

export type Nudge = "start-earlier" | "start-later" | "end-earlier" | "end-later";

/** The span moved by one word at one end; unchanged when the move would empty it or leave the text. */
export function nudgeSpan(words: { starts: number[]; ends: number[] }, span: { start: number; end: number }, move: Nudge): { start: number; end: number } {
  switch (move) {
    case "start-earlier": {
      const s = before(words.starts, span.start);
      return s === null ? span : { ...span, start: s };
    }
    case "start-later": {
      const s = after(words.starts, span.start);
      return s === null || s >= span.end ? span : { ...span, start: s };
    }
    case "end-earlier": {
      const e = before(words.ends, span.end);
      return e === null || e <= span.start ? span : { ...span, end: e };
    }
    case "end-later": {
      const e = after(words.ends, span.end);
      return e === null ? span : { ...span, end: e };
    }
  }
}

/** Characters of context shown around a span while it is edited. */
const CONTEXT_CHARS = 70;

/** Up to a few words of the text before `start`, within its paragraph ("…" when cut mid-paragraph). */
export function contextBefore(text: string, start: number): string {
  const from = Math.max(0, start - CONTEXT_CHARS);
  const piece = text.slice(from, start);
  const line = piece.lastIndexOf("\n");
  if (line >= 0) return piece.slice(line + 1);
  return from > 0 ? `…${piece.replace(/^\S*\s/, "")}` : piece;
}

/** Up to a few words of the text after `end`, within its paragraph ("…" when cut mid-paragraph). */
export function contextAfter(text: string, end: number): string {
  const to = Math.min(text.length, end + CONTEXT_CHARS);
  const piece = text.slice(end, to);
  const line = piece.indexOf("\n");
  if (line >= 0) return piece.slice(0, line);
  return to < text.length ? `${piece.replace(/\s\S*$/, "")}…` : piece;
}

/** The words of text[start, end), each with its offset in the whole text. */
export function wordsOf(text: string, start: number, end: number): { start: number; text: string }[] {
  return [...text.slice(start, end).matchAll(/\S+/g)].map((m) => ({ start: start + m.index, text: m[0] }));
}
