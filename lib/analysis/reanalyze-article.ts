import "server-only";
import { getDb } from "../db/client";
import type { AuditEvent } from "../audit/audit-events";
import { recordAudit, recordAuditMany } from "../audit/record-audit";
import { reasonLabels, rescoreClaim } from "../claims/rescore-claim";
import { proposeClaims } from "../claims/propose-claims";
import { refreshRuleFlags } from "../flags/refresh-rule-flags";
import { NotFoundError } from "../errors";

export interface ReanalysisOutcome {
  articleId: string;
  flagsRaised: number;
  flagsResolved: number;
  claimsRescored: number;
  claimsProposed: number;
}

/** Scores closer than this are the same score (floating-point noise between runs of the same model). */
const SAME_SCORE = 1e-6;

/**
 * Runs the analysis of an article's current text again, as after a model or rule change, in one
 * transaction (a crash leaves the article as it was): the rules judge the flags again (refreshRuleFlags),
 * proposed claims are scored again, and sentences no claim covers are proposed when check-worthy now.
 * People's work — verdicts, statuses, people's flags, reviewers' claims — is not touched. Audited, with no
 * person as actor.
 */
export async function reanalyzeArticle(articleId: string): Promise<ReanalysisOutcome> {
  return getDb().$transaction(
    async (tx) => {
      // Locks the article, so two workers never reanalyse it at once.
      const [article] = await tx.$queryRaw<{ id: string; text: string; publishedAt: Date | null; versionNumber: number }[]>`
        SELECT id, text, "publishedAt", "versionNumber" FROM "Article" WHERE id = ${articleId} FOR UPDATE`;
      if (!article) throw new NotFoundError("Article");
      const flags = await refreshRuleFlags(tx, article.id, article.text, article.publishedAt, article.versionNumber);

      const claims = await tx.claim.findMany({
        where: { articleId, score: { not: null }, anchorState: { not: "orphaned" } },
        select: { id: true, exact: true, score: true, reasons: true },
      });
      const events: AuditEvent[] = [];
      for (const claim of claims) {
        const rescored = rescoreClaim(claim, claim.exact);
        if (!rescored || (Math.abs(rescored.score - (claim.score ?? 0)) < SAME_SCORE && JSON.stringify(rescored.reasons) === JSON.stringify(claim.reasons))) continue;
        await tx.claim.update({ where: { id: claim.id }, data: rescored });
        events.push({
          action: "claim.rescore",
          entityId: claim.id,
          before: { score: claim.score, exact: claim.exact, reasons: reasonLabels(claim.reasons) },
          after: { score: rescored.score, exact: claim.exact, reasons: reasonLabels(rescored.reasons) },
        });
      }
      await recordAuditMany(tx, null, events);

      const covered = await tx.claim.findMany({ where: { articleId, anchorState: { not: "orphaned" } }, select: { start: true, end: true } });
      const claimsProposed = await proposeClaims(tx, articleId, article.text, { covered, version: article.versionNumber });
      const outcome = { articleId, flagsRaised: flags.raised, flagsResolved: flags.resolved, claimsRescored: events.length, claimsProposed };
      await recordAudit(tx, null, { action: "article.reanalyze", entityId: articleId, after: { ...outcome, version: article.versionNumber } });
      return outcome;
    },
    { timeout: 120_000, maxWait: 20_000 },
  );
}
