// The contract of GET /api/claims/{id}: the claim panel's view of one claim (client-safe: no database).
import { z } from "zod";
import { JsonDate } from "../validation/json";
import { RatingView } from "../ratings/list-ratings.types";
import { EvidenceRow } from "../evidence/add-evidence.types";
import { EvidenceArchiveView } from "../evidence/edit-evidence.types";
import { FLAG_KINDS, FLAG_SEVERITIES, FLAG_STATUSES } from "../flags/flag-kinds";
import { ClaimRow } from "./claim.types";

const Person = z.object({ name: z.string() });

export const ScoreReason = z.object({ code: z.string(), label: z.string(), weight: z.number() });

export const ClaimEvidenceView = EvidenceRow.pick({ id: true, url: true, title: true, publisher: true, publishedAt: true, excerpt: true, stance: true, accessedAt: true }).extend({
  addedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** Counts edits: sent back with an edit or a deletion. */
  revision: z.number(),
  /** The copy kept of the source as it was captured, if any (download: GET /api/evidence/{id}/archive). */
  archive: EvidenceArchiveView.nullable(),
});

export const ClaimVerdictView = z.object({
  id: z.string(),
  ratingId: z.string(),
  rationale: z.string(),
  confidence: z.number(),
  revision: z.number(),
  rating: RatingView,
  reviewer: z.object({ id: z.string(), name: z.string() }),
  approvedBy: Person.nullable(),
  approvedAt: JsonDate.nullable(),
  /** When the reviewer last proposed or revised it (approval does not change it). */
  ratedAt: JsonDate,
  evidenceIds: z.array(z.string()),
});

export const ClaimFlagView = z.object({
  id: z.string(),
  kind: z.enum(FLAG_KINDS),
  severity: z.enum(FLAG_SEVERITIES),
  status: z.enum(FLAG_STATUSES),
  explanation: z.string(),
});

export const ClaimCommentView = z.object({ id: z.string(), body: z.string(), createdAt: JsonDate, author: Person });

export const ClaimHistoryEntry = z.object({
  id: z.string(),
  action: z.string(),
  actor: z.string(),
  createdAt: JsonDate,
  /** The line the history shows, e.g. "Ana changed the status from In review to Approved". */
  description: z.string(),
  /** The row is of a claim since merged into this one. */
  onMergedClaim: z.boolean(),
});

export const ClaimDetailView = ClaimRow.pick({
  id: true,
  articleId: true,
  text: true,
  start: true,
  end: true,
  anchorState: true,
  status: true,
  origin: true,
  score: true,
  dismissalReason: true,
  finalVerdictId: true,
  revision: true,
}).extend({
  article: z.object({ id: z.string(), title: z.string(), versionNumber: z.number() }),
  assignee: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** When the assignee should be done. */
  dueAt: JsonDate.nullable(),
  evidence: z.array(ClaimEvidenceView),
  verdicts: z.array(ClaimVerdictView),
  flags: z.array(ClaimFlagView),
  comments: z.array(ClaimCommentView),
  history: z.array(ClaimHistoryEntry),
  /** Blind second review: the other verdicts are hidden from this reader until theirs is in. */
  blindReview: z.boolean(),
});
/** The claim as getClaimDetail produces it (dates as Dates). */
export type ClaimDetail = z.input<typeof ClaimDetailView>;
/** The claim as the claim panel holds it (dates as ISO strings). */
export type ClaimDetailView = z.output<typeof ClaimDetailView>;

export const ClaimDetailResponse = z.object({ claim: ClaimDetailView });
