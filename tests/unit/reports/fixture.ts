import type { LoadedReport } from "../../../lib/reports/build-article-reports";
import type { ArticleReport, ReportClaim } from "../../../lib/reports/report.types";

export const TEXT = "Tariffs fell to 47% [1] on Friday. The summit, on October 30, drew 300 reporters. Analysts disagreed.";
const at = (quote: string) => ({ start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length });

const tariffs = at("Tariffs fell to 47% [1] on Friday.");
const summit = at("drew 300 reporters");

const publishedClaim: ReportClaim = {
  id: "c1",
  text: TEXT.slice(tariffs.start, tariffs.end),
  sentence: TEXT.slice(tariffs.start, tariffs.end),
  ...tariffs,
  status: "published",
  anchorState: "anchored",
  publishedAt: "2025-11-01T10:00:00.000Z",
  url: "https://desk.example/v/c1",
  verdict: {
    id: "v1",
    rating: { slug: "true", label: "True", value: 6, color: "#1a7f37" },
    rationale: "Per the <b>notice</b>.",
    reviewer: null,
    approvedBy: null,
    ratedAt: "2025-10-31T10:00:00.000Z",
    approvedAt: "2025-11-01T09:00:00.000Z",
    evidenceIds: ["e1"],
    removedEvidence: [],
  },
  evidence: [{ id: "e1", url: "https://gov.example/notice", title: "Notice", publisher: "Gov", publishedAt: "2025-10-31T00:00:00.000Z", stance: "supports", excerpt: "cut to 47%", accessedAt: "2025-11-01T00:00:00.000Z" }],
  flagIds: ["f1"],
  corrections: [
    {
      id: "k1",
      reason: "A later notice gave the final rate.",
      previousRating: "Mostly true",
      previousRationale: "The notice said about 47%.",
      previousPublishedAt: "2025-10-31T12:00:00.000Z",
      newRating: "True",
      newRationale: "Per the notice.",
      previousEvidence: [{ title: "Early notice", url: "https://gov.example/early", publisher: "Gov", stance: "supports", removed: true }],
      publishedAt: "2025-11-01T10:00:00.000Z",
    },
  ],
};

export const report: ArticleReport = {
  schemaVersion: 1,
  kind: "published",
  generatedAt: "2026-01-01T00:00:00.000Z",
  organisation: { name: "Desk Checks", url: "https://desk.example" },
  article: { id: "a", title: "Tariffs *cut* | 57% → 47%", url: "https://example.org/a", publisher: "Daily", author: "Ann Writer", publishedAt: "2025-10-30T00:00:00.000Z", language: "en", sha256: "f".repeat(64), version: 2 },
  summary: {
    text: "Desk Checks checked 1 claim in this article: 1 True. It found 1 error in the article: 1 citation residue.",
    claims: 1,
    withVerdict: 1,
    verdicts: [{ key: "true", label: "True", count: 1, color: "#1a7f37" }],
    flagsByKind: [{ key: "citation_residue", label: "Citation residue", count: 1 }],
    corrections: 1,
  },
  claims: [publishedClaim],
  flags: [{ id: "f1", claimId: "c1", kind: "citation_residue", kindLabel: "Citation residue", severity: "medium", status: "confirmed", explanation: "A pasted counter.", quote: "[1]", start: TEXT.indexOf("[1]"), end: TEXT.indexOf("[1]") + 3, source: "rule" }],
};

/** A working report of the same article: one more claim, in review, with a proposed verdict. */
export const workingReport: ArticleReport = {
  ...report,
  kind: "working",
  claims: [
    { ...publishedClaim, verdict: { ...publishedClaim.verdict!, confidence: 90, reviewer: "Ravi" }, proposedVerdicts: [], score: 0.8, dismissalReason: null },
    {
      id: "c2",
      text: "drew 300 reporters",
      sentence: "The summit, on October 30, drew 300 reporters.",
      ...summit,
      status: "in_review",
      anchorState: "anchored",
      publishedAt: null,
      url: null,
      verdict: null,
      evidence: [],
      flagIds: [],
      corrections: [],
      proposedVerdicts: [{ id: "v2", rating: { slug: "false", label: "False", value: 1, color: "#a40e26" }, rationale: "UNPUBLISHED rationale", reviewer: "Sam", approvedBy: null, ratedAt: "2025-11-01T00:00:00.000Z", approvedAt: null, evidenceIds: [], removedEvidence: [], confidence: 40 }],
      score: 0.7,
      dismissalReason: null,
    },
  ],
  flags: [{ ...report.flags[0]!, ruleId: "citation.residue", dismissalReason: null }],
};

export const loaded = (r: ArticleReport = report): LoadedReport => ({ report: r, text: TEXT, bounds: { best: 6, worst: 1 } });
