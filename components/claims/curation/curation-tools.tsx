"use client";

import { useMemo, useState, type RefObject } from "react";
import type { ReaderHandle } from "@/components/articles/reader-handle";
import type { WorkspaceClaim } from "@/lib/articles/to-workspace-view";
import type { ClaimDetailView } from "@/lib/claims/get-claim-detail.types";
import { mergeBlock } from "@/lib/claims/can-merge";
import { CLAIM_STATUS_LABELS } from "@/lib/claims/claim-status";
import { isCuratable } from "@/lib/claims/claim-span";
import { wordsOf } from "@/lib/text/span-words";
import { api } from "@/lib/client/api";
import { Button } from "@/components/ui/button";
import { useApiAction } from "@/components/ui/use-api-action";
import { MergeConfirm } from "./merge-confirm";
import { SpanEditor } from "./span-editor";
import { SplitPicker } from "./split-picker";

type Mode = null | "span" | "split" | "previous" | "next";

/** Why the claim cannot merge with `other`, in words, or null when it can (the rule is `mergeBlock`'s). */
function whyNotMerge(detail: ClaimDetailView, other: WorkspaceClaim | undefined, claims: WorkspaceClaim[], articleText: string): string | null {
  if (!other) return "there is no claim on that side";
  const block = mergeBlock(articleText, [detail, other], claims);
  if (!block) return null;
  const self = block.claim.id === detail.id;
  switch (block.code) {
    case "orphaned":
      return self ? "this claim's text is gone" : "that claim's text is gone";
    case "status":
      return `${self ? "this" : "that"} claim is ${CLAIM_STATUS_LABELS[block.claim.status].toLowerCase()}`;
    case "paragraph":
      return "that claim is in another paragraph";
    case "between":
      return "another claim lies between them";
  }
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
  reader,
  onChanged,
}: {
  detail: ClaimDetailView;
  claims: WorkspaceClaim[];
  articleText: string;
  articleVersion: number;
  /** The article reader, for selecting the new span in it. */
  reader: RefObject<ReaderHandle | null>;
  onChanged(): void;
}) {
  const confirmSpan = useApiAction();
  const [mode, setMode] = useState<Mode>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const orphaned = detail.anchorState === "orphaned";

  const open = (next: Mode) => {
    confirmSpan.clear();
    setNotice(null);
    setMode((current) => (current === next ? null : next));
  };
  const close = () => setMode(null);
  const done = (message: string) => {
    setMode(null);
    setNotice(message);
    onChanged();
  };

  const placed = useMemo(() => claims.filter((c) => c.anchorState !== "orphaned").sort((a, b) => a.start - b.start || a.end - b.end), [claims]);
  const index = placed.findIndex((c) => c.id === detail.id);
  const neighbours = { previous: index > 0 ? placed[index - 1] : undefined, next: index >= 0 ? placed[index + 1] : undefined };
  const whyNot = { previous: whyNotMerge(detail, neighbours.previous, claims, articleText), next: whyNotMerge(detail, neighbours.next, claims, articleText) };
  const splittable = isCuratable(detail.status) && !orphaned && wordsOf(articleText, detail.start, detail.end).length >= 2;

  async function confirm() {
    if (await confirmSpan.run(() => api.claims.updateSpan(detail.id, { start: detail.start, end: detail.end, revision: detail.revision, articleVersion }))) done("Span confirmed.");
  }

  const mergeWith = mode === "previous" || mode === "next" ? neighbours[mode] : undefined;
  return (
    <div className="curation" data-testid="curation-tools">
      <div className="row-wrap">
        <Button size="sm" aria-pressed={mode === "span"} onClick={() => open("span")}>
          {orphaned ? "Find its text…" : "Edit span"}
        </Button>
        {detail.anchorState === "fuzzy" && (
          <Button size="sm" disabled={confirmSpan.pending} onClick={() => void confirm()} title="The span found after the text changed is right">
            Span is right
          </Button>
        )}
        <Button size="sm" aria-pressed={mode === "split"} disabled={!splittable} onClick={() => open("split")}>
          Split…
        </Button>
        <span className="spacer" />
        <span className="small muted">Merge with</span>
        {(["previous", "next"] as const).map((side) => (
          <Button
            key={side}
            size="sm"
            aria-label={`Merge with ${side} claim`}
            aria-pressed={mode === side}
            disabled={whyNot[side] !== null}
            title={whyNot[side] ? `Cannot merge: ${whyNot[side]}` : `Merge with “${neighbours[side]?.text}”`}
            onClick={() => open(side)}
          >
            {side === "previous" ? "↑ previous" : "↓ next"}
          </Button>
        ))}
      </div>

      {mode === "span" && <SpanEditor detail={detail} articleText={articleText} articleVersion={articleVersion} reader={reader} onSaved={done} onCancel={close} />}
      {mode === "split" && <SplitPicker detail={detail} articleText={articleText} articleVersion={articleVersion} onSplit={done} onCancel={close} />}
      {mergeWith && (mode === "previous" || mode === "next") && <MergeConfirm detail={detail} other={mergeWith} side={mode} onMerged={done} onCancel={close} />}

      {confirmSpan.error && (
        <div className="form-error" role="alert">
          {confirmSpan.error}
        </div>
      )}
      {notice && !mode && (
        <div className="form-ok" role="status">
          {notice}
        </div>
      )}
    </div>
  );
}
