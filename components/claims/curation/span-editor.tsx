"use client";

import { useMemo, useState, type RefObject } from "react";
import type { ReaderHandle } from "@/components/articles/reader-handle";
import type { ClaimDetailView } from "@/lib/claims/get-claim-detail.types";
import { trimSpan } from "@/lib/claims/claim-span";
import { api } from "@/lib/client/api";
import { countOf } from "@/lib/format/count";
import { contextAfter, contextBefore, nudgeSpan, wordBounds, type Nudge } from "@/lib/text/span-words";
import { Button } from "@/components/ui/button";
import { useApiAction } from "@/components/ui/use-api-action";
import { CurationBox } from "./curation-box";
import { useDraftHighlight } from "./use-draft-highlight";
import { useReaderSelection } from "./use-reader-selection";

type Span = { start: number; end: number };

/** Moves a claim's span: select its words in the article, or nudge either end a word at a time. */
export function SpanEditor({
  detail,
  articleText,
  articleVersion,
  reader,
  onSaved,
  onCancel,
}: {
  detail: ClaimDetailView;
  articleText: string;
  articleVersion: number;
  reader: RefObject<ReaderHandle | null>;
  onSaved(message: string): void;
  onCancel(): void;
}) {
  const { pending, error, fieldErrors, run } = useApiAction();
  const orphaned = detail.anchorState === "orphaned";
  const [draft, setDraft] = useState<Span | null>(() => {
    const end = Math.min(detail.end, articleText.length);
    return orphaned || end <= detail.start ? null : { start: detail.start, end };
  });
  const words = useMemo(() => wordBounds(articleText), [articleText]);

  useReaderSelection(reader, true, (start, end) => {
    const span = trimSpan(articleText, start, end);
    if (span.end > span.start) setDraft(span);
  });
  useDraftHighlight(reader, draft);

  const changed = draft && (draft.start !== detail.start || draft.end !== detail.end);
  const nudge = (move: Nudge) => draft && setDraft(nudgeSpan(words, draft, move));
  const save = async () => {
    if (!draft) return;
    if (await run(() => api.claims.updateSpan(detail.id, { ...draft, revision: detail.revision, articleVersion }))) onSaved("Span saved.");
  };
  const fieldError = fieldErrors.start ?? fieldErrors.end;
  const verdicts = detail.verdicts.length;

  return (
    <CurationBox
      label="Edit span"
      action="Save span"
      onAction={() => void save()}
      actionDisabled={pending || !draft || (!changed && detail.anchorState === "anchored")}
      onCancel={onCancel}
      error={fieldError ? null : error}
      footer={verdicts > 0 && <span className="small muted">Its {verdicts === 1 ? "verdict stays" : `${countOf(verdicts, { one: "verdict", other: "verdicts" })} stay`} with the claim.</span>}
    >
      <p className="small muted flush">Select the claim&apos;s words in the article, or move either end a word at a time.</p>
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
      {fieldError && (
        <div className="field-error" role="alert">
          {fieldError}
        </div>
      )}
    </CurationBox>
  );
}
