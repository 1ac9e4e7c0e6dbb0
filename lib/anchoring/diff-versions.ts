import { diffWordsWithSpace } from "diff";
import DiffMatchPatch from "diff-match-patch";

export interface VersionChange {
  kind: "equal" | "insert" | "delete";
  text: string;
  /** Offset in the old text where this piece starts (for an insert: where it goes in the old text). */
  oldStart: number;
  /** Offset in the new text where this piece starts (for a delete: where it was in the new text). */
  newStart: number;
}

type Piece = { equal: true; text: string } | { equal: false; old: string; new: string };

// Word diffs of long, wholly different texts can be slow: past this, fall back to a bounded character diff.
const WORD_DIFF_TIMEOUT_MS = 1000;
const BLANK_LINE = /\n[^\S\n]*\n/;

/**
 * Word-level changes from oldText to newText, for showing a reviewer what changed. Changes are widened to
 * whole words ("5.2" → "5.4", not "5." + "2" → "4") and short unchanged stretches between two changes are
 * folded into them, the way a person would describe the edit. Concatenating equal+delete pieces gives
 * oldText back, equal+insert pieces give newText.
 */
export function diffVersions(oldText: string, newText: string): VersionChange[] {
  if (oldText === newText) return oldText === "" ? [] : [{ kind: "equal", text: oldText, oldStart: 0, newStart: 0 }];
  const pieces = foldShortEqualities(widenToWords(groupChanges(oldText, newText)));

  const changes: VersionChange[] = [];
  let oldPos = 0;
  let newPos = 0;
  for (const piece of pieces) {
    if (piece.equal) {
      changes.push({ kind: "equal", text: piece.text, oldStart: oldPos, newStart: newPos });
      oldPos += piece.text.length;
      newPos += piece.text.length;
      continue;
    }
    if (piece.old) {
      changes.push({ kind: "delete", text: piece.old, oldStart: oldPos, newStart: newPos });
      oldPos += piece.old.length;
    }
    if (piece.new) {
      changes.push({ kind: "insert", text: piece.new, oldStart: oldPos, newStart: newPos });
      newPos += piece.new.length;
    }
  }
  return changes;
}

/** Raw word diff, with each run of deletions and insertions gathered into one change. */
function groupChanges(oldText: string, newText: string): Piece[] {
  const raw: { kind: "equal" | "insert" | "delete"; text: string }[] = [];
  const words = diffWordsWithSpace(oldText, newText, { timeout: WORD_DIFF_TIMEOUT_MS });
  if (words) {
    for (const change of words) raw.push({ kind: change.added ? "insert" : change.removed ? "delete" : "equal", text: change.value });
  } else {
    const dmp = new DiffMatchPatch();
    dmp.Diff_Timeout = 1;
    const diffs = dmp.diff_main(oldText, newText, true);
    dmp.diff_cleanupSemantic(diffs);
    for (const [op, text] of diffs) raw.push({ kind: op === 1 ? "insert" : op === -1 ? "delete" : "equal", text });
  }

  const pieces: Piece[] = [];
  for (const { kind, text } of raw) {
    if (text === "") continue;
    const last = pieces[pieces.length - 1];
    if (kind === "equal") {
      if (last?.equal) last.text += text;
      else pieces.push({ equal: true, text });
    } else if (last && !last.equal) {
      if (kind === "delete") last.old += text;
      else last.new += text;
    } else {
      pieces.push({ equal: false, old: kind === "delete" ? text : "", new: kind === "insert" ? text : "" });
    }
  }
  return pieces;
}

/** Pulls into each change the rest of any word it cuts through, from the unchanged text either side. */
function widenToWords(pieces: Piece[]): Piece[] {
  for (let i = 0; i < pieces.length; i += 1) {
    const change = pieces[i];
    if (!change || change.equal) continue;
    const before = pieces[i - 1];
    const startsInWord = /^\S/.test(change.old) || /^\S/.test(change.new);
    if (before?.equal && startsInWord) {
      const fragment = /\S+$/.exec(before.text)?.[0] ?? "";
      before.text = before.text.slice(0, before.text.length - fragment.length);
      change.old = fragment + change.old;
      change.new = fragment + change.new;
    }
    const after = pieces[i + 1];
    const endsInWord = /\S$/.test(change.old) || /\S$/.test(change.new);
    if (after?.equal && endsInWord) {
      const fragment = /^\S+/.exec(after.text)?.[0] ?? "";
      after.text = after.text.slice(fragment.length);
      change.old += fragment;
      change.new += fragment;
    }
  }
  return mergeAdjacent(pieces);
}

/**
 * Folds an unchanged stretch between two changes into them when it is only spaces and punctuation, or no
 * longer than the changes on both sides (the diff-match-patch semantic rule) — but never across a blank line,
 * so paragraphs stay apart.
 */
function foldShortEqualities(pieces: Piece[]): Piece[] {
  let current = pieces;
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 1; i < current.length - 1; i += 1) {
      const before = current[i - 1];
      const equal = current[i];
      const after = current[i + 1];
      if (!before || before.equal || !equal?.equal || !after || after.equal) continue;
      if (BLANK_LINE.test(equal.text)) continue;
      const size = (change: { old: string; new: string }): number => Math.max(change.old.length, change.new.length);
      const short = /^[\s\p{P}]*$/u.test(equal.text) || (equal.text.length <= size(before) && equal.text.length <= size(after));
      if (!short) continue;
      current = [
        ...current.slice(0, i - 1),
        { equal: false, old: before.old + equal.text + after.old, new: before.new + equal.text + after.new },
        ...current.slice(i + 2),
      ];
      changed = true;
      break;
    }
  }
  return current;
}

function mergeAdjacent(pieces: Piece[]): Piece[] {
  const merged: Piece[] = [];
  for (const piece of pieces) {
    if (piece.equal && piece.text === "") continue;
    const last = merged[merged.length - 1];
    if (last?.equal && piece.equal) last.text += piece.text;
    else if (last && !last.equal && !piece.equal) {
      last.old += piece.old;
      last.new += piece.new;
    } else merged.push(piece);
  }
  return merged;
}
