import type { Tx } from "../db/client";
import { analyzeText } from "../analysis/analyze-text";
import { claimAnchorColumns } from "./claim-span";
import { createAnchor } from "../anchoring/create-anchor";

/**
 * Turns the check-worthy sentences of a text into proposed claims (status `new`), skipping sentences
 * that an existing claim of the article already covers. Returns how many were created.
 */
export async function proposeClaims(tx: Tx, articleId: string, text: string, covered: { start: number; end: number }[] = []): Promise<number> {
  const { claims } = analyzeText(text);
  const fresh = claims.filter((s) => !covered.some((c) => c.start < s.end && s.start < c.end));
  if (!fresh.length) return 0;
  await tx.claim.createMany({
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
  return fresh.length;
}
