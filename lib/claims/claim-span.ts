import type { ClaimStatus } from "../db/generated/enums";
import { InvalidInputError } from "../errors";
import type { AnchorState, TextAnchor } from "../anchoring/types";
import type { ClaimSnapshot } from "../audit/audit-events";

/** The longest claim, in characters (as when a reviewer makes one by selection). */
export const MAX_CLAIM_CHARS = 2000;

/** Statuses in which a claim may still be merged or split: it has no final verdict and is not dismissed. */
export const CURATABLE_STATUSES = ["new", "in_review", "needs_second_review"] as const satisfies readonly ClaimStatus[];

export function isCuratable(status: ClaimStatus): boolean {
  return (CURATABLE_STATUSES as readonly ClaimStatus[]).includes(status);
}

/** How far a claim's workflow has gone, for choosing the status of a merged claim. */
export const STATUS_PROGRESS: Record<ClaimStatus, number> = {
  new: 0,
  in_review: 1,
  needs_second_review: 2,
  approved: 3,
  published: 4,
  dismissed: -1,
};

/** The span shrunk to its words: leading and trailing whitespace dropped. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? "")) s++;
  while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
  return { start: s, end: e };
}

/**
 * Checks a span of the article's current text for a claim and returns it trimmed to its words; a span out
 * of range, blank or too long is refused naming the field (`start`/`end`, or `field` when given).
 */
export function checkClaimSpan(text: string, start: number, end: number, field?: string): { start: number; end: number } {
  if (start < 0) throw new InvalidInputError(field ?? "start", `${field ?? "start"}: must be 0 or more`);
  if (end > text.length) throw new InvalidInputError(field ?? "end", `${field ?? "end"}: is past the end of the article (${text.length} characters)`);
  if (end <= start) throw new InvalidInputError(field ?? "end", `${field ?? "end"}: must be after start`);
  const trimmed = trimSpan(text, start, end);
  if (trimmed.end - trimmed.start < 3) throw new InvalidInputError(field ?? "start", `${field ?? "start"}: the span must hold at least a few characters of text`);
  if (trimmed.end - trimmed.start > MAX_CLAIM_CHARS) {
    throw new InvalidInputError(field ?? "end", `${field ?? "end"}: a claim is at most ${MAX_CLAIM_CHARS.toLocaleString("en")} characters`);
  }
  return trimmed;
}

/** The fields of a claim worth keeping in an audit row (everything but timestamps). */
export function claimSnapshot(claim: {
  id: string;
  articleId: string;
  text: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  anchorState: AnchorState;
  status: ClaimStatus;
  origin: string;
  score: number | null;
  revision: number;
}): ClaimSnapshot {
  const { id, articleId, text, start, end, exact, prefix, suffix, anchorState, status, origin, score, revision } = claim;
  return { id, articleId, text, start, end, exact, prefix, suffix, anchorState, status, origin, score, revision };
}

/** The columns of a claim that hold its anchor; the claim's text is its exact quote. */
export function claimAnchorColumns(anchor: TextAnchor) {
  return { text: anchor.exact, start: anchor.start, end: anchor.end, exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix };
}
