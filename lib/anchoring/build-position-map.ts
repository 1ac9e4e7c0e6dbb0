import DiffMatchPatch from "diff-match-patch";

/** Maps offsets of an old version of a text to the new version, from one word diff of the two. */
export interface PositionMap {
  /** New offset for a span start at `oldOffset`; a start inside a changed run maps to the run's start. */
  toNewStart(oldOffset: number): number;
  /** New offset for an exclusive span end at `oldOffset`; an end inside a changed run maps to the run's end. */
  toNewEnd(oldOffset: number): number;
  /**
   * Where the characters of the new span [newStart, newEnd) came from: how many are unchanged text that
   * stood inside the old span [oldStart, oldEnd), and how many unchanged text that stood outside it
   * (the rest was inserted or rewritten).
   */
  originOf(newStart: number, newEnd: number, oldStart: number, oldEnd: number): { inside: number; outside: number };
}

interface Segment {
  equal: boolean;
  oldStart: number;
  oldEnd: number;
  newStart: number;
  /** For a deletion: the new-text bounds of the whole run of changes it belongs to. */
  runNewStart: number;
  runNewEnd: number;
}

const TOKEN = /\s+|[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;
// One UTF-16 code unit per distinct token, skipping the surrogate range.
const MAX_DISTINCT_TOKENS = 0xffff - 0x800;

/**
 * Diffs oldText → newText once and answers offset look-ups by binary search, so that re-anchoring
 * many anchors shares the cost of the diff. The diff has no time limit: the same texts give the same map on
 * any machine.
 */
export function buildPositionMap(oldText: string, newText: string): PositionMap {
  const diffs = diffByWords(oldText, newText);

  const segments: Segment[] = [];
  let oldPos = 0;
  let newPos = 0;
  let i = 0;
  while (i < diffs.length) {
    const diff = diffs[i];
    if (!diff) break;
    const [op, text] = diff;
    if (op === DiffMatchPatch.DIFF_EQUAL) {
      segments.push({ equal: true, oldStart: oldPos, oldEnd: oldPos + text.length, newStart: newPos, runNewStart: newPos, runNewEnd: newPos });
      oldPos += text.length;
      newPos += text.length;
      i += 1;
      continue;
    }
    // A run of consecutive deletions and insertions: record its new-text bounds on each deletion.
    const runNewStart = newPos;
    const runDeletions: Segment[] = [];
    while (i < diffs.length) {
      const change = diffs[i];
      if (!change || change[0] === DiffMatchPatch.DIFF_EQUAL) break;
      const [changeOp, changeText] = change;
      if (changeOp === DiffMatchPatch.DIFF_DELETE) {
        runDeletions.push({ equal: false, oldStart: oldPos, oldEnd: oldPos + changeText.length, newStart: newPos, runNewStart, runNewEnd: 0 });
        oldPos += changeText.length;
      } else {
        newPos += changeText.length;
      }
      i += 1;
    }
    for (const deletion of runDeletions) {
      deletion.runNewEnd = newPos;
      segments.push(deletion);
    }
  }
  const oldLength = oldPos;
  const newLength = newPos;
  const equals = segments.filter((segment) => segment.equal);

  function segmentAt(oldOffset: number): Segment | undefined {
    let lo = 0;
    let hi = segments.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const segment = segments[mid];
      if (!segment) break;
      if (oldOffset < segment.oldStart) hi = mid - 1;
      else if (oldOffset >= segment.oldEnd) lo = mid + 1;
      else return segment;
    }
    return undefined;
  }

  /** Index of the first equal segment that ends after `newOffset`. */
  function firstEqualEndingAfter(newOffset: number): number {
    let lo = 0;
    let hi = equals.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const segment = equals[mid];
      if (segment && segment.newStart + (segment.oldEnd - segment.oldStart) <= newOffset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  return {
    toNewStart(oldOffset) {
      if (oldOffset >= oldLength) return newLength;
      const segment = segmentAt(Math.max(0, oldOffset));
      if (!segment) return newLength;
      return segment.equal ? segment.newStart + (oldOffset - segment.oldStart) : segment.runNewStart;
    },
    toNewEnd(oldOffset) {
      if (oldOffset <= 0) return 0;
      // Map the last character inside the span, so that an insertion right after the span stays outside it.
      const last = Math.min(oldOffset, oldLength) - 1;
      const segment = segmentAt(last);
      if (!segment) return newLength;
      return segment.equal ? segment.newStart + (last - segment.oldStart) + 1 : segment.runNewEnd;
    },
    originOf(newStart, newEnd, oldStart, oldEnd) {
      let inside = 0;
      let outside = 0;
      for (let k = firstEqualEndingAfter(newStart); k < equals.length; k += 1) {
        const segment = equals[k];
        if (!segment || segment.newStart >= newEnd) break;
        const shift = segment.oldStart - segment.newStart;
        const from = Math.max(newStart, segment.newStart) + shift;
        const to = Math.min(newEnd, segment.newStart + (segment.oldEnd - segment.oldStart)) + shift;
        const within = Math.max(0, Math.min(to, oldEnd) - Math.max(from, oldStart));
        inside += within;
        outside += to - from - within;
      }
      return { inside, outside };
    },
  };
}

/**
 * A diff in two levels, both with diff-match-patch and no deadline, so the same texts give the same map on any
 * machine: first paragraphs (each distinct line one code unit, as its line mode does), then words inside each
 * run of changed paragraphs. A moved or inserted paragraph costs one token instead of hundreds, and the words
 * of look-alike paragraphs are never paired across a move.
 */
function diffByWords(oldText: string, newText: string): DiffMatchPatch.Diff[] {
  const lines = diffTokens(oldText, newText, LINE, false);
  if (!lines) return diffTokens(oldText, newText, TOKEN, true) ?? [];
  const out: DiffMatchPatch.Diff[] = [];
  let deleted = "";
  let inserted = "";
  const flush = (): void => {
    if (deleted && inserted) out.push(...(diffTokens(deleted, inserted, TOKEN, true) ?? [[DiffMatchPatch.DIFF_DELETE, deleted], [DiffMatchPatch.DIFF_INSERT, inserted]]));
    else if (deleted) out.push([DiffMatchPatch.DIFF_DELETE, deleted]);
    else if (inserted) out.push([DiffMatchPatch.DIFF_INSERT, inserted]);
    deleted = "";
    inserted = "";
  };
  for (const [op, text] of lines) {
    if (op === DiffMatchPatch.DIFF_DELETE) deleted += text;
    else if (op === DiffMatchPatch.DIFF_INSERT) inserted += text;
    else {
      flush();
      out.push([op, text]);
    }
  }
  flush();
  return out;
}

const LINE = /[^\n]*\n|[^\n]+/g;

/**
 * diff-match-patch over tokens (each distinct token encoded as one code unit), then, for words, its semantic
 * clean-up, which drops the short chance equalities ("the", a space) that a minimal diff finds inside
 * rewritten passages. Null past 63k distinct tokens (then words fall back to characters).
 */
function diffTokens(oldText: string, newText: string, pattern: RegExp, semantic: boolean): DiffMatchPatch.Diff[] | null {
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 0;
  const codes = new Map<string, number>();
  const tokens: string[] = [];
  const encode = (text: string): string | null => {
    const out: string[] = [];
    for (const match of text.matchAll(pattern)) {
      let code = codes.get(match[0]);
      if (code === undefined) {
        if (tokens.length >= MAX_DISTINCT_TOKENS) return null;
        code = tokens.length < 0xd800 ? tokens.length : tokens.length + 0x800;
        codes.set(match[0], code);
        tokens.push(match[0]);
      }
      out.push(String.fromCharCode(code));
    }
    return out.join("");
  };
  const oldCodes = encode(oldText);
  const newCodes = oldCodes === null ? null : encode(newText);
  if (oldCodes === null || newCodes === null) {
    if (pattern === LINE) return null;
    const diffs = dmp.diff_main(oldText, newText, false);
    dmp.diff_cleanupSemantic(diffs);
    return diffs;
  }
  const encoded = dmp.diff_main(oldCodes, newCodes, false);
  if (semantic) dmp.diff_cleanupSemantic(encoded);
  return encoded.map(([op, codesText]): DiffMatchPatch.Diff => {
    const parts: string[] = new Array<string>(codesText.length);
    for (let i = 0; i < codesText.length; i += 1) {
      const code = codesText.charCodeAt(i);
      parts[i] = tokens[code < 0xd800 ? code : code - 0x800] ?? "";
    }
    return [op, parts.join("")];
  });
}
