"use client";

import type { WorkspaceClaim } from "@/lib/articles/to-workspace-view";
import type { ClaimDetailView } from "@/lib/claims/get-claim-detail.types";
import { api } from "@/lib/client/api";
import { countOf, listOf } from "@/lib/format/count";
import { useApiAction } from "@/components/ui/use-api-action";
import { CurationBox } from "./curation-box";

/** What moves over in a merge, in words. */
export function describeParts(counts: { evidence: number; verdicts: number; comments: number }): string {
  const parts = [
    counts.evidence && countOf(counts.evidence, { one: "piece of evidence", other: "pieces of evidence" }),
    counts.verdicts && countOf(counts.verdicts, { one: "verdict", other: "verdicts" }),
    counts.comments && countOf(counts.comments, { one: "comment", other: "comments" }),
  ].filter((p): p is string => Boolean(p));
  if (!parts.length) return "It has no evidence, verdicts or comments to move.";
  const single = counts.evidence + counts.verdicts + counts.comments === 1;
  return `Its ${listOf(parts)} ${single ? "moves" : "move"} here.`;
}

/** Asks before merging a claim with its neighbour, saying what moves over. */
export function MergeConfirm({ detail, other, side, onMerged, onCancel }: { detail: ClaimDetailView; other: WorkspaceClaim; side: "previous" | "next"; onMerged(message: string): void; onCancel(): void }) {
  const { pending, error, run } = useApiAction();
  const merge = async () => {
    const claims = [
      { id: detail.id, revision: detail.revision },
      { id: other.id, revision: other.revision },
    ];
    if (await run(() => api.claims.merge({ claims }))) onMerged("Merged: the other claim's evidence, verdicts, comments and flags are now on this claim.");
  };

  return (
    <CurationBox label="Merge claims" action="Merge claims" onAction={() => void merge()} actionDisabled={pending} onCancel={onCancel} error={error}>
      <p className="small flush">Merge with the {side} claim:</p>
      <p className="merge-other">“{other.text}”</p>
      <p className="small muted flush">
        This claim stays and covers both; the other is removed, its history kept. {describeParts(other.counts)}
        {other.counts.verdicts > 0 && detail.verdicts.length > 0 && " A reviewer who rated both keeps the verdict on this claim; the other verdict is quoted in a comment."}
      </p>
    </CurationBox>
  );
}
