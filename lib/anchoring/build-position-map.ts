import DiffMatchPatch from "diff-match-patch";

/** Maps offsets of an old version of a text to the new version, from one character diff of the two. */
export interface PositionMap {
  /** New offset for a span start at `oldOffset`; a start inside a changed run maps to the run's start. */
  toNewStart(oldOffset: number): number;
  /** New offset for an exclusive span end at `oldOffset`; an end inside a changed run maps to the run's end. */
  toNewEnd(oldOffset: number): number;
  /** Old offset of the new character at `newOffset`, or null if that character was inserted. */
  toOld(newOffset: number): number | null;
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

// A bounded diff: on wholly rewritten texts a coarser diff is as useful as an exact one, and we must stay fast.
const DIFF_TIMEOUT_SECONDS = 0.3;
const TOKEN = /\s+|[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;
// One UTF-16 code unit per distinct token, skipping the surrogate range.
const MAX_DISTINCT_TOKENS = 0xffff - 0x800;

/**
 * Diffs oldText → newText once and answers offset look-ups by binary search, so that re-anchoring
 * many anchors shares the cost of the diff.
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
    toOld(newOffset) {
      let lo = 0;
      let hi = equals.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const segment = equals[mid];
        if (!segment) break;
        const length = segment.oldEnd - segment.oldStart;
        if (newOffset < segment.newStart) hi = mid - 1;
        else if (newOffset >= segment.newStart + length) lo = mid + 1;
        else return segment.oldStart + (newOffset - segment.newStart);
      }
      return null;
    },
  };
}

/**
 * diff-match-patch over words rather than characters (each distinct token encoded as one character, as its
 * line mode does for lines): a text of N characters has about N/3 tokens, and an edit touching every tenth
 * word costs ~10× less than a character diff. Falls back to characters past 63k distinct tokens.
 */
function diffByWords(oldText: string, newText: string): DiffMatchPatch.Diff[] {
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = DIFF_TIMEOUT_SECONDS;
  const codes = new Map<string, number>();
  const tokens: string[] = [];
  const encode = (text: string): string | null => {
    const out: string[] = [];
    for (const match of text.matchAll(TOKEN)) {
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
  if (oldCodes === null || newCodes === null) return dmp.diff_main(oldText, newText, true);

  return dmp.diff_main(oldCodes, newCodes, false).map(([op, encoded]): DiffMatchPatch.Diff => {
    let text = "";
    for (let i = 0; i < encoded.length; i += 1) {
      const code = encoded.charCodeAt(i);
      text += tokens[code < 0xd800 ? code : code - 0x800] ?? "";
    }
    return [op, text];
  });
}
