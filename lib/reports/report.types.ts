import { z } from "zod";
import { CLAIM_STATUSES } from "../claims/claim-status";
import { FLAG_KINDS, FLAG_SEVERITIES, FLAG_STATUSES } from "../flags/flag-kinds";

/**
 * The one report model every format is rendered from (lib/reports/render-*.ts). Its JSON form is the `json`
 * format, documented by lib/reports/report.schema.json (generated from these schemas by
 * `npx tsx --conditions=react-server scripts/write-report-schema.mts`; a test keeps the file and the schemas equal). Raise
 * REPORT_SCHEMA_VERSION on any change that is not a new optional field.
 */
export const REPORT_SCHEMA_VERSION = 1;

/** `published`: what goes out (published verdicts, confirmed flags, corrections). `working`: everything, for the desk. */
export const ReportKind = z.enum(["published", "working"], { error: "must be published or working" });
export type ReportKind = z.infer<typeof ReportKind>;

export const REPORT_FORMATS = ["html", "md", "csv", "json", "claimreview", "annotations"] as const;
export const ReportFormat = z.enum(REPORT_FORMATS, { error: `must be one of ${REPORT_FORMATS.join(", ")}` });
export type ReportFormat = z.infer<typeof ReportFormat>;

const IsoDate = z.string().describe("ISO 8601 date-time (UTC)");

export const ReportRating = z.object({
  slug: z.string(),
  label: z.string(),
  /** The ClaimReview number of the rating scale (higher = truer); null for ratings outside the numeric scale. */
  value: z.number().int().nullable(),
  color: z.string(),
});
export type ReportRating = z.infer<typeof ReportRating>;

export const ReportEvidence = z.object({
  id: z.string(),
  url: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  publishedAt: IsoDate.nullable(),
  stance: z.enum(["supports", "refutes", "context"]),
  excerpt: z.string().nullable(),
  accessedAt: IsoDate,
});

export const ReportVerdict = z.object({
  id: z.string(),
  rating: ReportRating,
  rationale: z.string(),
  /** Null in a published report when the organisation hides reviewers' names. */
  reviewer: z.string().nullable(),
  approvedBy: z.string().nullable(),
  ratedAt: IsoDate,
  approvedAt: IsoDate.nullable(),
  /** The evidence the verdict rests on (ids in the claim's `evidence`). */
  evidenceIds: z.array(z.string()),
  /** Evidence the verdict cited that has been deleted since (not in the claim's `evidence`): a verdict to look at again. */
  removedEvidence: z.array(z.object({ title: z.string(), url: z.string() })),
  /** Working report only: how sure the reviewer was, 0–100. */
  confidence: z.number().int().optional(),
});
export type ReportVerdict = z.infer<typeof ReportVerdict>;

export const ReportCorrection = z.object({
  id: z.string(),
  reason: z.string(),
  previousRating: z.string(),
  previousRationale: z.string(),
  previousPublishedAt: IsoDate.nullable(),
  newRating: z.string().nullable(),
  newRationale: z.string().nullable(),
  /** The evidence the earlier verdict rested on, as it read when the correction opened; `removed` once deleted since. */
  previousEvidence: z.array(z.object({ title: z.string(), url: z.string(), publisher: z.string().nullable(), stance: z.string(), removed: z.boolean() })),
  /** The correction's date: when the corrected verdict was published (null while under way: working report only). */
  publishedAt: IsoDate.nullable(),
});
export type ReportCorrection = z.infer<typeof ReportCorrection>;

export const ReportFlag = z.object({
  id: z.string(),
  /** The claim the flag belongs to (raised on it, or inside its words), the same in every place it is listed; null for none. */
  claimId: z.string().nullable(),
  kind: z.enum(FLAG_KINDS),
  kindLabel: z.string(),
  severity: z.enum(FLAG_SEVERITIES),
  status: z.enum(FLAG_STATUSES),
  explanation: z.string(),
  /** The flagged words, exactly as in the article text, and where they are (UTF-16 offsets, end exclusive). */
  quote: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  /** `rule` (raised by a detector) or `reviewer`. */
  source: z.enum(["rule", "reviewer"]),
  /** Working report only: the detector that raised it. */
  ruleId: z.string().nullable().optional(),
  /** Working report only. */
  dismissalReason: z.string().nullable().optional(),
});
export type ReportFlag = z.infer<typeof ReportFlag>;

export const ReportClaim = z.object({
  id: z.string(),
  text: z.string(),
  /** The sentence(s) the claim stands in, as in the article. */
  sentence: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  status: z.enum(CLAIM_STATUSES),
  anchorState: z.enum(["anchored", "fuzzy", "orphaned"]),
  publishedAt: IsoDate.nullable(),
  /** The stable public URL of this published verdict (the ClaimReview `url`); null while unpublished. */
  url: z.string().nullable(),
  /** The final verdict (published report: only published claims have one). */
  verdict: ReportVerdict.nullable(),
  evidence: z.array(ReportEvidence),
  /** The flags that belong to this claim (ids in the report's `flags`, whose claimId is this claim). */
  flagIds: z.array(z.string()),
  corrections: z.array(ReportCorrection),
  /** Working report only: every reviewer's verdict, the final one included. */
  proposedVerdicts: z.array(ReportVerdict).optional(),
  /** Working report only. */
  score: z.number().nullable().optional(),
  dismissalReason: z.string().nullable().optional(),
});
export type ReportClaim = z.infer<typeof ReportClaim>;

const Count = z.object({ key: z.string(), label: z.string(), count: z.number().int(), color: z.string().optional() });
export type ReportCount = z.infer<typeof Count>;

export const ArticleReport = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  kind: ReportKind,
  generatedAt: IsoDate,
  organisation: z.object({ name: z.string(), url: z.string() }),
  article: z.object({
    id: z.string(),
    title: z.string(),
    url: z.string().nullable(),
    publisher: z.string().nullable(),
    author: z.string().nullable(),
    publishedAt: IsoDate.nullable(),
    language: z.string(),
    sha256: z.string(),
    version: z.number().int(),
  }),
  summary: z.object({
    /** One paragraph a person reads first: claims checked, verdict counts, errors found. */
    text: z.string(),
    claims: z.number().int(),
    withVerdict: z.number().int(),
    /** Verdicts by rating, in the order of the rating scale. */
    verdicts: z.array(Count),
    /** Flags by kind (published report: confirmed flags). */
    flagsByKind: z.array(Count),
    corrections: z.number().int(),
    /** Working report only: claims by status. */
    byStatus: z.array(Count).optional(),
    /** Working report only: agreement of reviewers who rated the same claim independently. */
    agreement: z.object({ claims: z.number().int(), pairs: z.number().int(), agreeingPairs: z.number().int(), rate: z.number().nullable() }).optional(),
  }),
  claims: z.array(ReportClaim),
  flags: z.array(ReportFlag),
});
export type ArticleReport = z.infer<typeof ArticleReport>;

/** The `json` format of a cross-article export: the reports one after another. */
export const ReportCollection = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  kind: ReportKind,
  generatedAt: IsoDate,
  reports: z.array(ArticleReport),
});
export type ReportCollection = z.infer<typeof ReportCollection>;
