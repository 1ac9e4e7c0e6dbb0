import type { ClaimStatus } from "../db/generated/enums";
import type { AnchorState } from "../anchoring/types";
import { PARAGRAPH_BREAK } from "../text/paragraphs";
import { isCuratable } from "./claim-span";

/** What the merge rule needs to know of a claim. */
export interface MergeCandidate {
  id: string;
  text: string;
  start: number;
  end: number;
  status: ClaimStatus;
  anchorState: AnchorState;
}

/** Why claims may not merge; `claim` is the one that stands in the way. */
export type MergeBlock =
  | { code: "orphaned"; claim: MergeCandidate }
  | { code: "status"; claim: MergeCandidate }
  | { code: "paragraph"; claim: MergeCandidate }
  | { code: "between"; claim: MergeNeighbour };

/** Another claim of the article, which must not lie between claims that merge. */
export type MergeNeighbour = Pick<MergeCandidate, "id" | "start" | "end" | "text" | "anchorState">;

/**
 * Whether claims of one article may merge, and if not, why: each must be open (new, in review, needs second
 * review) and anchored in the current text, and, in text order, each must touch or overlap the span so far,
 * or follow it with no paragraph break and no other claim in between. `others` are the article's other
 * claims (any order; orphaned ones are ignored). The claims are checked in the order given, so the first
 * named (the one kept) is the one blamed first. Null when they may merge. Used by the panel to offer a
 * merge and by `mergeClaims` to enforce it.
 */
export function mergeBlock(articleText: string, claims: readonly MergeCandidate[], others: readonly MergeNeighbour[] = []): MergeBlock | null {
  for (const claim of claims) {
    if (claim.anchorState === "orphaned") return { code: "orphaned", claim };
    if (!isCuratable(claim.status)) return { code: "status", claim };
  }
  const ids = new Set(claims.map((c) => c.id));
  const placed = others.filter((o) => o.anchorState !== "orphaned" && !ids.has(o.id));
  const ordered = [...claims].sort((a, b) => a.start - b.start || a.end - b.end);
  let end = ordered[0]?.end ?? 0;
  for (const claim of ordered.slice(1)) {
    if (claim.start > end) {
      if (PARAGRAPH_BREAK.test(articleText.slice(end, claim.start))) return { code: "paragraph", claim };
      const between = placed.find((o) => o.start < claim.start && o.end > end);
      if (between) return { code: "between", claim: between };
    }
    end = Math.max(end, claim.end);
  }
  return null;
}

/** Whether the claims may merge (see `mergeBlock`). */
export function canMerge(articleText: string, claims: readonly MergeCandidate[], others: readonly MergeNeighbour[] = []): boolean {
  return mergeBlock(articleText, claims, others) === null;
}
