"use client";

import { useMemo, useState } from "react";
import type { ClaimDetailView } from "@/lib/claims/get-claim-detail.types";
import { api } from "@/lib/client/api";
import { wordsOf } from "@/lib/text/span-words";
import { useApiAction } from "@/components/ui/use-api-action";
import { CurationBox } from "./curation-box";

/** Splits a claim in two at a word the reviewer picks (the first word cannot start the second part). */
export function SplitPicker({ detail, articleText, articleVersion, onSplit, onCancel }: { detail: ClaimDetailView; articleText: string; articleVersion: number; onSplit(message: string): void; onCancel(): void }) {
  const { pending, error, fieldErrors, run } = useApiAction();
  const [splitAt, setSplitAt] = useState<number | null>(null);
  const words = useMemo(() => wordsOf(articleText, detail.start, detail.end), [articleText, detail.start, detail.end]);
  const split = async (at: number) => {
    if (await run(() => api.claims.split(detail.id, { at, revision: detail.revision, articleVersion }))) {
      onSplit("Split in two: this claim keeps the first part with its evidence and verdicts; the second part is a new claim.");
    }
  };

  return (
    <CurationBox
      label="Split claim"
      action="Split here"
      onAction={() => splitAt !== null && void split(splitAt)}
      actionDisabled={pending || splitAt === null}
      onCancel={onCancel}
      error={fieldErrors.at ? null : error}
      footer={<span className="small muted">Evidence, verdicts and comments stay with the first part; the second part starts as a new claim.</span>}
    >
      <p className="small muted flush">Click the word that starts the second claim.</p>
      <p className="split-words" data-testid="split-words">
        {words.map((w, i) => (
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
    </CurationBox>
  );
}
