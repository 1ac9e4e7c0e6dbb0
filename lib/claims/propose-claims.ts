import type { Tx } from "../db/client";
import { analyzeText } from "../analysis/analyze-text";
import { recordAuditMany } from "../audit/record-audit";
import { claimAnchorColumns, claimSnapshot } from "./claim-span";
import { createAnchor } from "../anchoring/create-anchor";

export interface ProposeClaimsOptions {
  /** Spans that existing claims of the article already cover. */
  covered?: { start: number; end: number }[];
  /** The article version the text is, for the claims' history (default 1). */
  version?: number;
}

/**
 * Turns the check-worthy sentences of a text into proposed claims (status `new`), skipping sentences
 * that an existing claim of the article already covers; each gets a "claim.propose" audit event (no actor:
 * the analysis proposed it). Returns how many were created.
 */
export async function proposeClaims(tx: Tx, articleId: string, text: string, options: ProposeClaimsOptions = {}): Promise<number> {
  const covered = options.covered ?? [];
  const { claims } = analyzeText(text);
  const fresh = claims.filter((s) => !covered.some((c) => c.start < s.end && s.start < c.end));
  if (!fresh.length) return 0;
  const created = await tx.claim.createManyAndReturn({
    data: fresh.map((s) => {
      const anchor = createAnchor(text, s.start, s.end);
      return {
        articleId,
        ...claimAnchorColumns(anchor),
        score: s.score,
        reasons: s.reasons.map((r) => ({ ...r })),
        origin: "analysis" as const,
        status: "new" as const,
      };
    }),
  });
  const version = options.version ?? 1;
  await recordAuditMany(
    tx,
    null,
    created.map((claim) => ({ action: "claim.propose" as const, entityId: claim.id, after: { ...claimSnapshot(claim), version } })),
  );
  return created.length;
}
