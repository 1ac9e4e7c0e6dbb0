// The contract of the cross-article export (GET /api/reports and `npm run export`): client-safe, no database.
import { z } from "zod";
import { CLAIM_STATUSES } from "../claims/claim-status";
import { Id, optionalDate, optionalText } from "../validation/common";
import { ReportFormat, ReportKind } from "./report.types";

export const ExportReportsQuery = z
  .object({
    format: ReportFormat.default("csv"),
    kind: ReportKind.default("published"),
    /** Articles published on or after this day (the article's own publication date). */
    from: optionalDate,
    /** …and on or before this day. */
    to: optionalDate,
    publisher: optionalText(300),
    /** Claims whose final verdict this reviewer (a user id) gave. Desk only: published reports may hide reviewers. */
    reviewer: z.union([z.literal(""), Id]).optional().transform((v) => v || undefined),
    /** Claims whose final verdict has this rating (its slug). */
    rating: optionalText(100),
    status: z
      .union([z.literal(""), z.enum(CLAIM_STATUSES, { error: `must be one of ${CLAIM_STATUSES.join(", ")}` })])
      .optional()
      .transform((v) => v || undefined),
    /** One article only (the CLI's --article). */
    article: z.union([z.literal(""), Id]).optional().transform((v) => v || undefined),
    bom: z.enum(["0", "1"], { error: "must be 0 or 1" }).optional(),
  })
  .superRefine((q, ctx) => {
    if (q.from && q.to && q.from > q.to) ctx.addIssue({ code: "custom", path: ["to"], message: "must not be before from" });
    if (q.kind === "published" && q.status && q.status !== "published") {
      ctx.addIssue({ code: "custom", path: ["status"], message: "the published report has published claims only (ask for kind=working)" });
    }
  });
export type ExportReportsQuery = z.output<typeof ExportReportsQuery>;
export type ExportReportsInput = z.input<typeof ExportReportsQuery>;
