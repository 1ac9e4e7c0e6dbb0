/** A text with every whitespace run collapsed to one space, and where each of its characters came from. */
export interface CollapsedText {
  text: string;
  /** Original offset where collapsed character i starts. */
  starts: Int32Array;
  /** Original offset where collapsed character i ends (exclusive); a collapsed space covers its whole run. */
  ends: Int32Array;
}

const WHITESPACE = /\s/;

/**
 * Collapses whitespace runs so that quotes can be matched across re-wrapped lines or doubled spaces,
 * keeping a map back to the original offsets.
 */
export function collapseWhitespace(text: string): CollapsedText {
  const starts = new Int32Array(text.length);
  const ends = new Int32Array(text.length);
  const parts: string[] = [];
  let n = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (WHITESPACE.test(ch)) {
      let j = i + 1;
      while (j < text.length && WHITESPACE.test(text.charAt(j))) j += 1;
      parts.push(" ");
      starts[n] = i;
      ends[n] = j;
      n += 1;
      i = j;
    } else {
      parts.push(ch);
      starts[n] = i;
      ends[n] = i + 1;
      n += 1;
      i += 1;
    }
  }
  return { text: parts.join(""), starts: starts.slice(0, n), ends: ends.slice(0, n) };
}
