import type { VersionChange } from "@/lib/anchoring/diff-versions";

/** Unchanged text kept around each change when the long unchanged stretches are folded. */
const CONTEXT = 240;

type Shown = { kind: VersionChange["kind"]; text: string } | { kind: "skip"; chars: number };

/** Cuts at the first whitespace at or after `at`, so a fold never splits a word. */
function cutAfter(text: string, at: number): number {
  const m = /\s/.exec(text.slice(at));
  return m ? at + m.index : text.length;
}

/** Cuts at the last whitespace at or before `at`. */
function cutBefore(text: string, at: number): number {
  const i = text.slice(0, at + 1).search(/\s\S*$/);
  return i < 0 ? 0 : i;
}

/** Folds the long unchanged stretches down to the context around each change. */
export function foldUnchanged(changes: VersionChange[], context = CONTEXT): Shown[] {
  const shown: Shown[] = [];
  changes.forEach((change, i) => {
    const { kind, text } = change;
    if (kind !== "equal" || text.length <= context * 2 + 120) {
      shown.push({ kind, text });
      return;
    }
    const first = i === 0;
    const last = i === changes.length - 1;
    const headEnd = first ? 0 : cutAfter(text, context);
    const tailStart = last ? text.length : cutBefore(text, text.length - context);
    if (tailStart - headEnd < 120) {
      shown.push({ kind, text });
      return;
    }
    if (headEnd > 0) shown.push({ kind, text: text.slice(0, headEnd) });
    shown.push({ kind: "skip", chars: tailStart - headEnd });
    if (tailStart < text.length) shown.push({ kind, text: text.slice(tailStart) });
  });
  return shown;
}

/** A change of whitespace only (a line break added or removed) is invisible as text: show its marks. */
function visible(text: string): string {
  return /\S/.test(text) ? text : text.replace(/\n/g, "¶\n").replace(/[^\S\n]/g, "·");
}

/** The new text with insertions and deletions marked inline, long unchanged stretches folded unless `full`. */
export function VersionDiff({ changes, full }: { changes: VersionChange[]; full: boolean }) {
  const shown: Shown[] = full ? changes.map(({ kind, text }) => ({ kind, text })) : foldUnchanged(changes);
  if (!changes.some((c) => c.kind !== "equal")) return <div className="empty">The two versions have the same text.</div>;
  return (
    <div className="version-diff" data-testid="version-diff">
      {shown.map((piece, i) =>
        piece.kind === "skip" ? (
          <span key={i} className="diff-skip" role="note">
            ⋯ {piece.chars.toLocaleString("en")} unchanged characters ⋯
          </span>
        ) : piece.kind === "insert" ? (
          <ins key={i} className="diff-ins" title="Added">
            {visible(piece.text)}
          </ins>
        ) : piece.kind === "delete" ? (
          <del key={i} className="diff-del" title="Removed">
            {visible(piece.text)}
          </del>
        ) : (
          <span key={i}>{piece.text}</span>
        ),
      )}
    </div>
  );
}
