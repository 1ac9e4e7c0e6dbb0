import { z } from "zod";
import { ANCHOR_STATES, CLAIM_STATUSES, CLAIM_STATUS_LABELS } from "../claims/claim-status";
import { JsonDate } from "../validation/json";
import { OrganisationSettings } from "../organisation/get-organisation-settings";
import { RatingAdminView } from "../ratings/rating-admin.types";
import { FLAG_KIND_LABELS, FLAG_KINDS, FLAG_SEVERITIES, FLAG_STATUSES } from "../flags/flag-kinds";

// Every kind of audit event: its action, the entity it is about, the shapes of its before/after, and how
// the history reads it. Adding an event is adding one entry to AUDIT_EVENTS below; recordAudit then takes
// it and describeAuditEvent must describe it (the registry's type makes both exhaustive).
// Shapes are loose on reading (unknown keys are dropped; fields older rows lack are optional), so rows
// written before an event gained a field still describe themselves.

const ClaimStatus = z.enum(CLAIM_STATUSES);
const AnchorState = z.enum(ANCHOR_STATES);
const Ids = z.array(z.string());

/** What an audit row keeps of a claim (lib/claims/claim-span.ts claimSnapshot). */
export const ClaimSnapshot = z.object({
  id: z.string(),
  articleId: z.string(),
  text: z.string(),
  start: z.number(),
  end: z.number(),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  anchorState: AnchorState,
  status: ClaimStatus,
  origin: z.string(),
  score: z.number().nullable(),
  revision: z.number(),
});
export type ClaimSnapshot = z.input<typeof ClaimSnapshot>;

const ClaimStatusChange = z.object({ status: ClaimStatus, finalVerdictId: z.string().nullish() });
const ClaimStatusResult = ClaimStatusChange.extend({ reason: z.string().nullish() });

const AnchorPlace = z.object({ start: z.number(), end: z.number(), exact: z.string(), anchorState: AnchorState });
const Reanchored = AnchorPlace.extend({ version: z.number(), needsLook: z.boolean().optional() });

const ReanchorSummary = z.object({ anchored: z.number(), fuzzy: z.number(), orphaned: z.number() });

const VerdictSnapshot = z.object({
  id: z.string(),
  claimId: z.string(),
  reviewerId: z.string(),
  ratingId: z.string(),
  ratingSlug: z.string().optional(),
  ratingLabel: z.string().optional(),
  rationale: z.string(),
  confidence: z.number(),
  revision: z.number(),
  evidence: Ids,
});

const FlagSnapshot = z.object({
  id: z.string(),
  articleId: z.string(),
  claimId: z.string().nullish(),
  kind: z.enum(FLAG_KINDS),
  severity: z.enum(FLAG_SEVERITIES),
  ruleId: z.string().nullish(),
  explanation: z.string(),
  start: z.number(),
  end: z.number(),
  exact: z.string(),
});
const FlagState = z.object({ status: z.enum(FLAG_STATUSES), dismissalReason: z.string().nullish() });
/** What a rule said about a flag's words on one version of the text. */
const RuleFlagReading = z.object({ ruleId: z.string().nullish(), explanation: z.string(), start: z.number(), end: z.number(), exact: z.string() });
const ClaimScore = z.object({ score: z.number().nullable(), exact: z.string(), reasons: z.array(z.string()) });

const EvidenceSnapshot = z.object({
  id: z.string(),
  claimId: z.string(),
  url: z.string(),
  title: z.string(),
  publisher: z.string().nullish(),
  publishedAt: JsonDate.nullish(),
  excerpt: z.string().nullish(),
  stance: z.string(),
});
const EvidenceArchiveSnapshot = z.object({ kind: z.enum(["text", "file"]), fileName: z.string().nullable(), mimeType: z.string().nullable(), byteSize: z.number(), sha256: z.string(), capturedAt: JsonDate });
/** A share link as the log keeps it: never the token (only its hash is stored anywhere). */
const ShareLinkSnapshot = z.object({ id: z.string(), articleId: z.string() });
const CommentSnapshot = z.object({ id: z.string(), claimId: z.string(), body: z.string() });

const ArticleMetadata = z.object({
  id: z.string(),
  title: z.string(),
  url: z.string().nullish(),
  publisher: z.string().nullish(),
  author: z.string().nullish(),
  publishedAt: JsonDate.nullish(),
  language: z.string(),
  sha256: z.string(),
  versionNumber: z.number(),
  claimsProposed: z.number(),
  flagsRaised: z.number(),
});

const BatchCounts = z.object({
  status: z.literal("done"),
  fileName: z.string(),
  total: z.number(),
  processed: z.number(),
  imported: z.number(),
  newVersions: z.number(),
  duplicates: z.number(),
  rejected: z.number(),
  startedAt: JsonDate.nullish(),
  finishedAt: JsonDate,
});

const None = z.undefined();

const UserRole = z.enum(["admin", "editor", "reviewer", "viewer"]);
const UserSnapshot = z.object({ email: z.string(), name: z.string(), role: UserRole });
const UserAccess = z.object({ disabled: z.boolean() });
const RatingSnapshot = RatingAdminView.omit({ id: true, verdictCount: true });
const OrganisationSnapshot = OrganisationSettings;
/** The settings an organisation change touched, "name, two-person rule". */
const ORGANISATION_FIELD_LABELS: Record<keyof z.output<typeof OrganisationSnapshot>, string> = {
  name: "name",
  url: "URL",
  logoText: "logo text",
  reportsNameReviewers: "whether reports name reviewers",
  twoPersonRule: "the two-person rule",
  publishRequiresEvidence: "the evidence requirement",
};
function changedFields<T extends Record<string, unknown>>(before: T, after: T, labels: Record<keyof T, string>): string {
  const changed = (Object.keys(labels) as (keyof T)[]).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).map((k) => labels[k]);
  return changed.length ? changed.join(", ") : "nothing";
}
const RATING_FIELD_LABELS: Record<keyof z.output<typeof RatingSnapshot>, string> = {
  slug: "slug",
  label: "label",
  description: "description",
  value: "ClaimReview number",
  position: "order",
  color: "colour",
  isDismissal: "dismissal",
  active: "active",
};

/** Who did it, as a history line names them ("system" when no person acted). */
export interface AuditContext {
  actor: string;
}

interface EventKind<E extends string, B extends z.ZodType, A extends z.ZodType> {
  entityType: E;
  before: B;
  after: A;
  describe(event: { before: z.output<B>; after: z.output<A> }, context: AuditContext): string;
}

/** Pins each entry's types so `describe` sees its own before/after. */
function kind<E extends string, B extends z.ZodType, A extends z.ZodType>(k: EventKind<E, B, A>): EventKind<E, B, A> {
  return k;
}

const status = (s: z.output<typeof ClaimStatus>) => CLAIM_STATUS_LABELS[s];
const quote = (text: string) => (text.length > 60 ? `“${text.slice(0, 57)}…”` : `“${text}”`);
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** How re-anchoring found a span again, for "… when version N came in". */
function reanchorOutcome(before: z.output<typeof AnchorPlace>, after: z.output<typeof Reanchored>, what: string): string {
  if (after.anchorState === "orphaned") return `lost the ${what}'s text`;
  if (after.anchorState === "fuzzy") return `found the ${what} again, not word for word (check the span),`;
  if (before.anchorState !== "anchored") return `found the ${what}'s text again, word for word,`;
  return `moved the ${what}`;
}

export const AUDIT_EVENTS = {
  "article.import": kind({
    entityType: "article",
    before: None,
    after: ArticleMetadata,
    describe: ({ after }, { actor }) => `${actor} imported the article ${quote(after.title)}`,
  }),
  "article.new_version": kind({
    entityType: "article",
    before: z.object({ version: z.number(), sha256: z.string() }),
    after: z.object({ version: z.number(), sha256: z.string(), reanchored: ReanchorSummary, claimsProposed: z.number(), flagsRaised: z.number(), flagsResolved: z.number().optional() }),
    describe: ({ after }, { actor }) =>
      `${actor} brought in version ${after.version} of the article${after.flagsResolved ? `; it resolved ${count(after.flagsResolved, "flag")}` : ""}`,
  }),
  "article.reanalyze": kind({
    entityType: "article",
    before: None,
    after: z.object({ version: z.number(), flagsRaised: z.number(), flagsResolved: z.number(), claimsRescored: z.number(), claimsProposed: z.number() }),
    describe: ({ after }) =>
      `The analysis ran again on version ${after.version}: ${count(after.flagsRaised, "flag")} raised, ${after.flagsResolved} resolved, ${count(after.claimsRescored, "claim")} rescored, ${after.claimsProposed} proposed`,
  }),
  "import_batch.enqueue": kind({
    entityType: "import_batch",
    before: None,
    after: z.object({ fileName: z.string(), format: z.enum(["jsonl", "csv"]), total: z.number(), unreadableLines: z.number(), bytes: z.number() }),
    describe: ({ after }, { actor }) => `${actor} queued ${after.fileName} for import (${count(after.total, "row")})`,
  }),
  "import_batch.complete": kind({
    entityType: "import_batch",
    before: z.object({ status: z.literal("running") }),
    after: BatchCounts,
    describe: ({ after }) => `The import of ${after.fileName} finished: ${after.imported} imported, ${count(after.newVersions, "new version")}, ${count(after.duplicates, "duplicate")}, ${after.rejected} rejected`,
  }),
  "claim.create": kind({
    entityType: "claim",
    before: None,
    after: ClaimSnapshot,
    describe: (_e, { actor }) => `${actor} created the claim`,
  }),
  "claim.propose": kind({
    entityType: "claim",
    before: None,
    after: ClaimSnapshot.extend({ version: z.number() }),
    describe: ({ after }) =>
      `Analysis proposed the claim${after.score === null ? "" : ` (check-worthiness ${Math.round(after.score * 100)}%)`}${after.version > 1 ? ` when version ${after.version} came in` : ""}`,
  }),
  "claim.status": kind({
    entityType: "claim",
    before: ClaimStatusChange,
    after: ClaimStatusResult,
    describe: ({ before, after }, { actor }) =>
      `${actor} changed the status from ${status(before.status)} to ${status(after.status)}${after.reason ? `: ${after.reason}` : ""}`,
  }),
  "claim.publish": kind({
    entityType: "claim",
    before: ClaimStatusChange,
    after: ClaimStatusResult,
    describe: (_e, { actor }) => `${actor} published the verdict`,
  }),
  "claim.send_back": kind({
    entityType: "claim",
    before: ClaimStatusChange,
    after: ClaimStatusResult,
    describe: ({ after }, { actor }) => `${actor} sent the claim back to ${status(after.status)}${after.reason ? `: ${after.reason}` : ""}`,
  }),
  "claim.reopen": kind({
    entityType: "claim",
    before: ClaimStatusChange,
    after: ClaimStatusResult.extend({ correctionId: z.string() }),
    describe: ({ after }, { actor }) => `${actor} reopened the published claim for a correction${after.reason ? `: ${after.reason}` : ""}`,
  }),
  "claim.correct": kind({
    entityType: "claim",
    before: z.object({ status: ClaimStatus, previousRating: z.string(), previousRationale: z.string() }),
    after: z.object({ status: ClaimStatus, correctionId: z.string(), finalVerdictId: z.string(), rating: z.string(), rationale: z.string(), reason: z.string() }),
    describe: ({ before, after }, { actor }) =>
      `${actor} published a correction: ${before.previousRating === after.rating ? `${after.rating}, with a new rationale` : `${before.previousRating} → ${after.rating}`} (${after.reason})`,
  }),
  "claim.assign": kind({
    entityType: "claim",
    before: z.object({ assigneeId: z.string().nullish(), dueAt: JsonDate.nullish() }),
    after: z.object({ assigneeId: z.string().nullish(), assigneeName: z.string().nullish(), dueAt: JsonDate.nullish(), taken: z.boolean().optional() }),
    describe: ({ after }, { actor }) =>
      after.taken
        ? `${actor} took the claim`
        : after.assigneeName
          ? `${actor} assigned the claim to ${after.assigneeName}${after.dueAt ? `, due ${after.dueAt.slice(0, 10)}` : ""}`
          : `${actor} unassigned the claim`,
  }),
  "claim.span": kind({
    entityType: "claim",
    before: ClaimSnapshot,
    after: ClaimSnapshot,
    describe: ({ after }, { actor }) => `${actor} moved the claim's span to ${quote(after.exact)}`,
  }),
  "claim.reanchor": kind({
    entityType: "claim",
    before: AnchorPlace,
    after: Reanchored,
    describe: ({ before, after }) => `Re-anchoring ${reanchorOutcome(before, after, "claim")} when version ${after.version} came in`,
  }),
  "claim.split": kind({
    entityType: "claim",
    before: ClaimSnapshot,
    after: z.object({ claim: ClaimSnapshot, at: z.number(), newClaimId: z.string(), movedFlagIds: Ids }),
    describe: ({ after }, { actor }) => `${actor} split the claim in two; this part keeps ${quote(after.claim.exact)}`,
  }),
  "claim.split_from": kind({
    entityType: "claim",
    before: z.object({ splitFromId: z.string() }),
    after: ClaimSnapshot,
    describe: (_e, { actor }) => `${actor} made the claim by splitting another`,
  }),
  "claim.merge": kind({
    entityType: "claim",
    before: z.object({ claim: ClaimSnapshot, merged: z.array(ClaimSnapshot) }),
    after: z.object({
      claim: ClaimSnapshot,
      absorbedIds: Ids,
      moved: z.object({ evidence: z.number(), verdicts: z.number(), comments: z.number(), flags: z.number() }),
      droppedVerdictIds: Ids,
    }),
    describe: ({ before }, { actor }) => `${actor} merged claims into this one (${count(before.merged.length, "other claim")})`,
  }),
  "claim.merged_into": kind({
    entityType: "claim",
    before: ClaimSnapshot.extend({
      reasons: z.unknown(),
      assigneeId: z.string().nullish(),
      evidenceIds: Ids,
      verdictIds: Ids,
      droppedVerdictIds: Ids,
      commentIds: Ids,
      flagIds: Ids,
    }),
    after: z.object({ mergedIntoId: z.string() }),
    describe: ({ before }, { actor }) => `${actor} merged ${quote(before.exact)} into this claim`,
  }),
  "evidence.add": kind({
    entityType: "evidence",
    before: None,
    after: EvidenceSnapshot,
    describe: ({ after }, { actor }) => `${actor} added evidence ${quote(after.title)} (${after.stance})`,
  }),
  "evidence.update": kind({
    entityType: "evidence",
    before: EvidenceSnapshot,
    after: EvidenceSnapshot,
    describe: ({ before, after }, { actor }) => {
      const fields = (["url", "title", "publisher", "publishedAt", "excerpt", "stance"] as const).filter((f) => (before[f] ?? null) !== (after[f] ?? null));
      const names: Record<(typeof fields)[number], string> = { url: "source URL", title: "title", publisher: "publisher", publishedAt: "publication date", excerpt: "excerpt", stance: "stance" };
      return `${actor} edited evidence ${quote(after.title)}${fields.length ? ` (${fields.map((f) => names[f]).join(", ")})` : ""}`;
    },
  }),
  "evidence.delete": kind({
    entityType: "evidence",
    before: EvidenceSnapshot,
    after: z.object({ deletedAt: JsonDate, reason: z.string().nullish() }),
    describe: ({ before, after }, { actor }) => `${actor} deleted evidence ${quote(before.title)}${after.reason ? `: ${after.reason}` : ""}`,
  }),
  "evidence.archive": kind({
    entityType: "evidence",
    before: None,
    after: EvidenceArchiveSnapshot,
    describe: ({ after }, { actor }) =>
      `${actor} archived a copy of the evidence (${after.kind === "file" ? (after.fileName ?? "a file") : "pasted text"}, SHA-256 ${after.sha256.slice(0, 12)}…, captured ${after.capturedAt.slice(0, 10)})`,
  }),
  "verdict.propose": kind({
    entityType: "verdict",
    before: None,
    after: VerdictSnapshot,
    describe: ({ after }, { actor }) => `${actor} proposed a verdict${after.ratingLabel ? ` ${after.ratingLabel}` : ""}`,
  }),
  "verdict.update": kind({
    entityType: "verdict",
    before: VerdictSnapshot,
    after: VerdictSnapshot,
    describe: ({ after }, { actor }) => `${actor} revised a verdict${after.ratingLabel ? ` to ${after.ratingLabel}` : ""}`,
  }),
  "verdict.approve": kind({
    entityType: "claim",
    before: z.object({ status: ClaimStatus, finalVerdictId: z.string().nullish() }),
    after: z.object({ status: ClaimStatus, finalVerdictId: z.string(), rating: z.string() }),
    describe: ({ after }, { actor }) => `${actor} approved the verdict ${after.rating}`,
  }),
  "verdict.drop": kind({
    entityType: "verdict",
    before: VerdictSnapshot.omit({ ratingSlug: true, ratingLabel: true }).extend({ rating: z.string() }),
    after: z.object({ reason: z.literal("claims merged"), mergedIntoId: z.string(), keptVerdictId: z.string() }),
    describe: ({ before }, { actor }) => `${actor} removed a duplicate verdict (${before.rating}) while merging`,
  }),
  "share_link.create": kind({
    entityType: "share_link",
    before: None,
    after: ShareLinkSnapshot,
    describe: (_e, { actor }) => `${actor} created a public link to the published report`,
  }),
  "share_link.revoke": kind({
    entityType: "share_link",
    before: ShareLinkSnapshot,
    after: ShareLinkSnapshot.extend({ revokedAt: JsonDate }),
    describe: (_e, { actor }) => `${actor} revoked a public link to the published report`,
  }),
  "comment.add": kind({
    entityType: "comment",
    before: None,
    after: CommentSnapshot,
    describe: (_e, { actor }) => `${actor} commented`,
  }),
  "flag.create": kind({
    entityType: "flag",
    before: None,
    after: FlagSnapshot,
    describe: ({ after }, { actor }) => `${actor} flagged ${FLAG_KIND_LABELS[after.kind].toLowerCase()} on ${quote(after.exact)}`,
  }),
  "flag.raise": kind({
    entityType: "flag",
    before: None,
    after: FlagSnapshot.extend({ version: z.number() }),
    describe: ({ after }) =>
      `The ${after.ruleId ?? "detector"} rule raised ${FLAG_KIND_LABELS[after.kind].toLowerCase()} on ${quote(after.exact)}${after.version > 1 ? ` when version ${after.version} came in` : ""}`,
  }),
  "flag.reanchor": kind({
    entityType: "flag",
    before: AnchorPlace,
    after: Reanchored,
    describe: ({ before, after }) =>
      `Re-anchoring ${reanchorOutcome(before, after, "flag")} when version ${after.version} came in${after.needsLook ? "; its words changed, so it is marked for a look" : ""}`,
  }),
  "flag.refresh": kind({
    entityType: "flag",
    before: RuleFlagReading,
    after: RuleFlagReading.extend({ version: z.number() }),
    describe: ({ before, after }) =>
      `The ${after.ruleId ?? "detector"} rule still finds the error in version ${after.version}${
        before.explanation !== after.explanation ? `, now: ${after.explanation}` : before.exact !== after.exact ? `, now on ${quote(after.exact)}` : ""
      }`,
  }),
  "flag.resolve_by_version": kind({
    entityType: "flag",
    before: FlagState,
    after: FlagState.extend({ version: z.number() }),
    describe: ({ after }) => `Resolved by version ${after.version}: its text no longer has the error`,
  }),
  "flag.recur": kind({
    entityType: "flag",
    before: FlagState,
    after: FlagState.extend({ version: z.number() }),
    describe: ({ after }) => `The error came back in version ${after.version}, so the rule reopened the flag`,
  }),
  "claim.rescore": kind({
    entityType: "claim",
    before: ClaimScore,
    after: ClaimScore,
    describe: ({ before, after }) => {
      const pct = (s: number | null) => (s === null ? "no score" : `${Math.round(s * 100)}%`);
      const why = before.exact === after.exact ? "" : " for the new wording";
      return pct(before.score) === pct(after.score)
        ? `Check-worthiness recomputed${why}: still ${pct(after.score)}`
        : `Check-worthiness recomputed${why}: ${pct(before.score)} → ${pct(after.score)}`;
    },
  }),
  "flag.confirm": kind({
    entityType: "flag",
    before: FlagState,
    after: FlagState,
    describe: (_e, { actor }) => `${actor} confirmed the flag`,
  }),
  "flag.dismiss": kind({
    entityType: "flag",
    before: FlagState,
    after: FlagState,
    describe: ({ after }, { actor }) => `${actor} dismissed the flag${after.dismissalReason ? `: ${after.dismissalReason}` : ""}`,
  }),
  "flag.reopen": kind({
    entityType: "flag",
    before: FlagState,
    after: FlagState,
    describe: (_e, { actor }) => `${actor} reopened the flag`,
  }),
  "user.create": kind({
    entityType: "user",
    before: None,
    after: UserSnapshot,
    describe: ({ after }, { actor }) => `${actor} created the account of ${after.name} (${after.email}, ${after.role}) with a one-time password`,
  }),
  "user.role": kind({
    entityType: "user",
    before: UserSnapshot,
    after: UserSnapshot,
    describe: ({ before, after }, { actor }) => `${actor} changed the role of ${after.name} from ${before.role} to ${after.role}`,
  }),
  "user.disable": kind({
    entityType: "user",
    before: UserAccess.extend({ email: z.string() }),
    after: UserAccess,
    describe: ({ before }, { actor }) => `${actor} disabled the account ${before.email}`,
  }),
  "user.enable": kind({
    entityType: "user",
    before: UserAccess.extend({ email: z.string() }),
    after: UserAccess,
    describe: ({ before }, { actor }) => `${actor} enabled the account ${before.email} again`,
  }),
  "user.unlock": kind({
    entityType: "user",
    before: z.object({ email: z.string(), failedSignIns: z.number() }),
    after: None,
    describe: ({ before }, { actor }) => `${actor} unlocked the account ${before.email} (${count(before.failedSignIns, "failed sign-in")} forgotten)`,
  }),
  "user.reset_password": kind({
    entityType: "user",
    before: None,
    after: z.object({ email: z.string() }),
    describe: ({ after }, { actor }) => `${actor} reset the password of ${after.email} to a one-time password`,
  }),
  "user.change_password": kind({
    entityType: "user",
    before: z.object({ oneTimePassword: z.boolean() }),
    after: None,
    describe: ({ before }, { actor }) => `${actor} changed their password${before.oneTimePassword ? " (replacing a one-time password)" : ""}`,
  }),
  "rating.create": kind({
    entityType: "rating",
    before: None,
    after: RatingSnapshot,
    describe: ({ after }, { actor }) => `${actor} added the rating ${after.label} to the scale`,
  }),
  "rating.update": kind({
    entityType: "rating",
    before: RatingSnapshot,
    after: RatingSnapshot,
    describe: ({ before, after }, { actor }) => `${actor} changed the rating ${after.label}: ${changedFields(before, after, RATING_FIELD_LABELS)}`,
  }),
  "rating.retire": kind({
    entityType: "rating",
    before: RatingSnapshot,
    after: RatingSnapshot,
    describe: ({ after }, { actor }) => `${actor} retired the rating ${after.label} (kept on old verdicts, hidden from new ones)`,
  }),
  "rating.restore": kind({
    entityType: "rating",
    before: RatingSnapshot,
    after: RatingSnapshot,
    describe: ({ after }, { actor }) => `${actor} brought the rating ${after.label} back into use`,
  }),
  "rating.delete": kind({
    entityType: "rating",
    before: RatingSnapshot,
    after: None,
    describe: ({ before }, { actor }) => `${actor} deleted the unused rating ${before.label}`,
  }),
  "rating.reorder": kind({
    entityType: "rating",
    before: z.object({ order: z.array(z.string()) }),
    after: z.object({ order: z.array(z.string()) }),
    describe: ({ after }, { actor }) => `${actor} reordered the rating scale: ${after.order.join(", ")}`,
  }),
  "organisation.update": kind({
    entityType: "organisation",
    before: OrganisationSnapshot,
    after: OrganisationSnapshot,
    describe: ({ before, after }, { actor }) => `${actor} changed the organisation's settings: ${changedFields(before, after, ORGANISATION_FIELD_LABELS)}`,
  }),
} satisfies Record<string, EventKind<string, z.ZodType, z.ZodType>>;

export type AuditAction = keyof typeof AUDIT_EVENTS;
type Def<A extends AuditAction> = (typeof AUDIT_EVENTS)[A];
type Side<S extends z.ZodType> = S extends z.ZodUndefined ? { before?: undefined } : { before: z.input<S> };
type AfterSide<S extends z.ZodType> = S extends z.ZodUndefined ? { after?: undefined } : { after: z.input<S> };

/** An event as a writer records it: the action, the entity's id, and the before/after that action takes. */
export type AuditEvent = {
  [A in AuditAction]: { action: A; entityId: string } & Side<Def<A>["before"]> & AfterSide<Def<A>["after"]>;
}[AuditAction];

/** An event as read back: before/after parsed with its action's shapes. */
export type StoredAuditEvent = {
  [A in AuditAction]: { action: A; before: z.output<Def<A>["before"]>; after: z.output<Def<A>["after"]> };
}[AuditAction];

export const AUDIT_ACTIONS = Object.keys(AUDIT_EVENTS) as AuditAction[];

export function isAuditAction(action: string): action is AuditAction {
  return Object.hasOwn(AUDIT_EVENTS, action);
}

export function entityTypeOf(action: AuditAction): string {
  return AUDIT_EVENTS[action].entityType;
}
