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

/** The offset in the article text of a DOM position inside the reader (its runs carry their start offset). */
export function readerOffset(node: Node, offset: number): number | null {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const segment = element?.closest<HTMLElement>("[data-offset]");
  if (!segment) return null;
  const base = Number(segment.dataset.offset);
  return node.nodeType === Node.TEXT_NODE ? base + offset : base;
}
