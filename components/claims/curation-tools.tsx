"use client";

import { useEffect, useMemo, useState } from "react";
import type { WorkspaceClaim } from "@/lib/articles/to-workspace-view";
import { api } from "@/lib/client/api";
import { isCuratable, trimSpan } from "@/lib/claims/claim-span";
import { PARAGRAPH_BREAK } from "@/lib/text/paragraphs";
import { CLAIM_STATUS_LABELS } from "@/lib/claims/claim-status";
import { Button } from "@/components/ui/button";
import { useApiAction } from "@/components/ui/use-api-action";
import type { ClaimDetailView } from "@/lib/claims/get-claim-detail.types";
import { nudgeSpan, readerOffset, wordBounds, type Nudge } from "./span-words";

type Mode = null | "span" | "split" | "merge-previous" | "merge-next";

const READER = '[data-testid="article-text"]';
const HIGHLIGHT = "factdesk-span-draft";

const CONTEXT_CHARS = 70;

/** Up to a few words of the text before `start`, within its paragraph. */
function contextBefore(text: string, start: number): string {
  const from = Math.max(0, start - CONTEXT_CHARS);
  const piece = text.slice(from, start);
  const line = piece.lastIndexOf("\n");
  if (line >= 0) return piece.slice(line + 1);
  return from > 0 ? `…${piece.replace(/^\S*\s/, "")}` : piece;
}

/** Up to a few words of the text after `end`, within its paragraph. */
function contextAfter(text: string, end: number): string {
  const to = Math.min(text.length, end + CONTEXT_CHARS);
  const piece = text.slice(end, to);
  const line = piece.indexOf("\n");
  if (line >= 0) return piece.slice(0, line);
  return to < text.length ? `${piece.replace(/\s\S*$/, "")}…` : piece;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What moves over in a merge, in words. */
function describeParts(counts: { evidence: number; verdicts: number; comments: number }): string {
  const parts = [
    counts.evidence && plural(counts.evidence, "piece of evidence", "pieces of evidence"),
    counts.verdicts && plural(counts.verdicts, "verdict", "verdicts"),
    counts.comments && plural(counts.comments, "comment", "comments"),
  ].filter((p): p is string => Boolean(p));
  if (!parts.length) return "It has no evidence, verdicts or comments to move.";
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
  const single = parts.length === 1 && counts.evidence + counts.verdicts + counts.comments === 1;
  return `Its ${list} ${single ? "moves" : "move"} here.`;
}

/** A DOM range over the reader's text for [start, end), built from the offsets its runs carry. */
function readerRange(reader: Element, start: number, end: number): Range | null {
  let startPoint: [Node, number] | null = null;
  let endPoint: [Node, number] | null = null;
  for (const el of reader.querySelectorAll<HTMLElement>("[data-offset]")) {
    const node = el.firstChild;
    if (!node || node.nodeType !== Node.TEXT_NODE) continue;
    const base = Number(el.dataset.offset);
    const length = node.textContent?.length ?? 0;
    if (!startPoint && start >= base && start < base + length) startPoint = [node, start - base];
    if (end > base && end <= base + length) endPoint = [node, end - base];
  }
  if (!startPoint || !endPoint) return null;
  const range = document.createRange();
  range.setStart(...startPoint);
  range.setEnd(...endPoint);
  return range;
}

/** Shows a span in the article (CSS Custom Highlight API, where the browser has it) while it is edited. */
function useDraftHighlight(span: { start: number; end: number } | null) {
  useEffect(() => {
    if (!span || typeof CSS === "undefined" || !("highlights" in CSS)) return;
    const reader = document.querySelector(READER);
    const range = reader && readerRange(reader, span.start, span.end);
    if (!range) return;
    CSS.highlights.set(HIGHLIGHT, new Highlight(range));
    return () => {
      CSS.highlights.delete(HIGHLIGHT);
    };
  }, [span]);
}

/**
 * The reviewer's tools for shaping a claim: move its span (select new words in the article, or nudge
 * either end word by word), split it at a word, merge it with the claim before or after it.
 */
export function CurationTools({
  detail,
  claims,
  articleText,
  articleVersion,
  onChanged,
}: {
  detail: ClaimDetailView;
  claims: WorkspaceClaim[];
  articleText: string;
  articleVersion: number;
  onChanged(): void;
}) {
  const { pending, error, fieldErrors, run, clear } = useApiAction();
  const [mode, setMode] = useState<Mode>(null);
  const [draft, setDraft] = useState<{ start: number; end: number } | null>(null);
  const [splitAt, setSplitAt] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const words = useMemo(() => wordBounds(articleText), [articleText]);
  const orphaned = detail.anchorState === "orphaned";
  const curatable = isCuratable(detail.status) && !orphaned;

  const open = (next: Mode) => {
    clear();
    setNotice(null);
    setMode(next);
    setSplitAt(null);
    if (next === "span") {
      const end = Math.min(detail.end, articleText.length);
      setDraft(orphaned || end <= detail.start ? null : { start: detail.start, end });
    }
  };
  const close = () => {
    clear();
    setMode(null);
    setDraft(null);
    setSplitAt(null);
  };

  // While the span is edited, a selection in the article becomes the new span (and no "Make claim" popover).
  useEffect(() => {
    if (mode !== "span") return;
    const onMouseUp = (event: MouseEvent) => {
      const selection = window.getSelection();
      const reader = document.querySelector(READER);
      if (!selection || selection.isCollapsed || !selection.rangeCount || !reader) return;
      const range = selection.getRangeAt(0);
      if (!reader.contains(range.commonAncestorContainer)) return;
      const a = readerOffset(range.startContainer, range.startOffset);
      const b = readerOffset(range.endContainer, range.endOffset);
      if (a === null || b === null || a === b) return;
      event.stopPropagation();
      const span = trimSpan(articleText, Math.min(a, b), Math.max(a, b));
      if (span.end > span.start) setDraft(span);
      selection.removeAllRanges();
    };
    document.addEventListener("mouseup", onMouseUp, true);
    return () => document.removeEventListener("mouseup", onMouseUp, true);
  }, [mode, articleText]);
  useDraftHighlight(mode === "span" ? draft : null);

  const placed = useMemo(() => claims.filter((c) => c.anchorState !== "orphaned").sort((a, b) => a.start - b.start || a.end - b.end), [claims]);
  const index = placed.findIndex((c) => c.id === detail.id);
  const previous = index > 0 ? placed[index - 1] : undefined;
  const next = index >= 0 ? placed[index + 1] : undefined;
  const whyNot = (other: WorkspaceClaim | undefined): string | null => {
    if (!other) return "there is no claim on that side";
    if (!curatable) return orphaned ? "this claim's text is gone" : `this claim is ${CLAIM_STATUS_LABELS[detail.status].toLowerCase()}`;
    if (!isCuratable(other.status)) return `that claim is ${CLAIM_STATUS_LABELS[other.status].toLowerCase()}`;
    const gap = articleText.slice(Math.min(detail.end, other.end), Math.max(detail.start, other.start));
    if (PARAGRAPH_BREAK.test(gap)) return "that claim is in another paragraph";
    return null;
  };

  async function saveSpan(span: { start: number; end: number }, message: string) {
    const done = await run(() =>
      api.claims.updateSpan(detail.id, { start: span.start, end: span.end, revision: detail.revision, articleVersion }),
    );
    if (done) {
      close();
      setNotice(message);
      onChanged();
    }
  }

  async function split(at: number) {
    const done = await run(() => api.claims.split(detail.id, { at, revision: detail.revision, articleVersion }));
    if (done) {
      close();
      setNotice("Split in two: this claim keeps the first part with its evidence and verdicts; the second part is a new claim.");
      onChanged();
    }
  }

  async function merge(other: WorkspaceClaim) {
    const done = await run(() =>
      api.claims.merge({
        claims: [
          { id: detail.id, revision: detail.revision },
          { id: other.id, revision: other.revision },
        ],
      }),
    );
    if (done) {
      close();
      setNotice("Merged: the other claim's evidence, verdicts, comments and flags are now on this claim.");
      onChanged();
    }
  }

  const claimWords = useMemo(() => {
    if (orphaned) return [];
    return [...articleText.slice(detail.start, detail.end).matchAll(/\S+/g)].map((m) => ({ start: detail.start + m.index, text: m[0] }));
  }, [articleText, detail.start, detail.end, orphaned]);

  const mergeWith = mode === "merge-previous" ? previous : mode === "merge-next" ? next : undefined;
  const spanChanged = draft && (draft.start !== detail.start || draft.end !== detail.end);
  const nudge = (move: Nudge) => draft && setDraft(nudgeSpan(words, draft, move));

  return (
    <div className="curation" data-testid="curation-tools">
      <div className="row-wrap">
        <Button size="sm" aria-pressed={mode === "span"} onClick={() => (mode === "span" ? close() : open("span"))}>
          {orphaned ? "Find its text…" : "Edit span"}
        </Button>
        {detail.anchorState === "fuzzy" && (
          <Button size="sm" disabled={pending} onClick={() => void saveSpan({ start: detail.start, end: detail.end }, "Span confirmed.")} title="The span found after the text changed is right">
            Span is right
          </Button>
        )}
        <Button size="sm" aria-pressed={mode === "split"} disabled={!curatable || claimWords.length < 2} onClick={() => (mode === "split" ? close() : open("split"))}>
          Split…
        </Button>
        <span className="spacer" />
        <span className="small muted">Merge with</span>
        <Button
          size="sm"
          aria-label="Merge with previous claim"
          aria-pressed={mode === "merge-previous"}
          disabled={whyNot(previous) !== null}
          title={whyNot(previous) ? `Cannot merge: ${whyNot(previous)}` : `Merge with “${previous?.text}”`}
          onClick={() => open("merge-previous")}
        >
          ↑ previous
        </Button>
        <Button
          size="sm"
          aria-label="Merge with next claim"
          aria-pressed={mode === "merge-next"}
          disabled={whyNot(next) !== null}
          title={whyNot(next) ? `Cannot merge: ${whyNot(next)}` : `Merge with “${next?.text}”`}
          onClick={() => open("merge-next")}
        >
          ↓ next
        </Button>
      </div>

      {mode === "span" && (
        <div className="curation-box" role="group" aria-label="Edit span">
          <p className="small muted" style={{ margin: 0 }}>
            Select the claim&apos;s words in the article, or move either end a word at a time.
          </p>
          {draft ? (
            <p className="span-preview" data-testid="span-preview">
              <span className="muted">{contextBefore(articleText, draft.start)}</span>
              <mark>{articleText.slice(draft.start, draft.end)}</mark>
              <span className="muted">{contextAfter(articleText, draft.end)}</span>
            </p>
          ) : (
            <p className="span-preview muted">{orphaned ? "Its text is gone from the current version: select where the claim is now." : "Select words in the article."}</p>
          )}
          {draft && (
            <div className="span-nudge">
              <span className="small muted">Start</span>
              <Button size="sm" onClick={() => nudge("start-earlier")} aria-label="Start one word earlier">
                ◀
              </Button>
              <Button size="sm" onClick={() => nudge("start-later")} aria-label="Start one word later">
                ▶
              </Button>
              <span className="spacer" />
              <span className="small muted">End</span>
              <Button size="sm" onClick={() => nudge("end-earlier")} aria-label="End one word earlier">
                ◀
              </Button>
              <Button size="sm" onClick={() => nudge("end-later")} aria-label="End one word later">
                ▶
              </Button>
            </div>
          )}
          {(fieldErrors.start || fieldErrors.end) && (
            <div className="field-error" role="alert">
              {fieldErrors.start ?? fieldErrors.end}
            </div>
          )}
          <div className="row">
            <Button size="sm" variant="primary" disabled={pending || !draft || (!spanChanged && detail.anchorState === "anchored")} onClick={() => draft && void saveSpan(draft, "Span saved.")}>
              Save span
            </Button>
            <Button size="sm" variant="ghost" onClick={close}>
              Cancel
            </Button>
            {detail.verdicts.length > 0 && <span className="small muted">Its {detail.verdicts.length === 1 ? "verdict stays" : `${detail.verdicts.length} verdicts stay`} with the claim.</span>}
          </div>
        </div>
      )}

      {mode === "split" && (
        <div className="curation-box" role="group" aria-label="Split claim">
          <p className="small muted" style={{ margin: 0 }}>
            Click the word that starts the second claim.
          </p>
          <p className="split-words" data-testid="split-words">
            {claimWords.map((w, i) => (
              <span key={w.start}>
                {i > 0 && " "}
                <button
                  type="button"
                  className={`split-word${splitAt !== null && w.start >= splitAt ? " is-second" : ""}${w.start === splitAt ? " is-cut" : ""}`}
                  disabled={i === 0}
                  aria-pressed={w.start === splitAt}
                  onClick={() => setSplitAt(w.start)}
                >
                  {w.text}
                </button>
              </span>
            ))}
          </p>
          {fieldErrors.at && (
            <div className="field-error" role="alert">
              {fieldErrors.at}
            </div>
          )}
          <div className="row">
            <Button size="sm" variant="primary" disabled={pending || splitAt === null} onClick={() => splitAt !== null && void split(splitAt)}>
              Split here
            </Button>
            <Button size="sm" variant="ghost" onClick={close}>
              Cancel
            </Button>
          </div>
          <span className="small muted">Evidence, verdicts and comments stay with the first part; the second part starts as a new claim.</span>
        </div>
      )}

      {mergeWith && (
        <div className="curation-box" role="group" aria-label="Merge claims">
          <p className="small" style={{ margin: 0 }}>
            Merge with the {mode === "merge-previous" ? "previous" : "next"} claim:
          </p>
          <p className="merge-other">“{mergeWith.text}”</p>
          <p className="small muted" style={{ margin: 0 }}>
            This claim stays and covers both; the other is removed, its history kept. {describeParts(mergeWith.counts)}
            {mergeWith.counts.verdicts > 0 && detail.verdicts.length > 0 && " A reviewer who rated both keeps the verdict on this claim; the other verdict is quoted in a comment."}
          </p>
          <div className="row">
            <Button size="sm" variant="primary" disabled={pending} onClick={() => void merge(mergeWith)}>
              Merge claims
            </Button>
            <Button size="sm" variant="ghost" onClick={close}>
              Cancel
            </Button>
          </div>
        </div>
      )}

      {error && !fieldErrors.start && !fieldErrors.end && !fieldErrors.at && (
        <div className="form-error" role="alert" style={{ marginTop: 8 }}>
          {error}
        </div>
      )}
      {notice && !mode && (
        <div className="form-ok" role="status" style={{ marginTop: 8 }}>
          {notice}
        </div>
      )}
    </div>
  );
}
