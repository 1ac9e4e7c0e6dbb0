import type { Tx } from "../db/client";
import { recordAuditMany } from "../audit/record-audit";
import { createAnchor } from "../anchoring/create-anchor";
import { sha256Hex } from "../crypto/sha256";
import { detectFlags } from "./detect-flags";
import type { DetectedFlag } from "./flag-kinds";

/** Same rule on the same words = same flag: a dismissed one is recognised and not raised again. */
export function flagFingerprint(flag: Pick<DetectedFlag, "ruleId" | "spans">): string {
  return sha256Hex([flag.ruleId, ...flag.spans.map((s) => s.exact.replace(/\s+/g, " ").trim())].join("\u0000"));
}

/**
 * Runs every detector on the article's text and stores the flags it has not raised before (in any
 * status), each with a "flag.raise" audit event (no actor: a rule raised it). `version` is the article
 * version the text is. Returns how many were created.
 */
export async function raiseRuleFlags(tx: Tx, articleId: string, text: string, publishedAt: Date | null, version = 1): Promise<number> {
  const detected = detectFlags(text, { publishedAt });
  if (!detected.length) return 0;
  const withPrints = detected.map((flag) => ({ flag, fingerprint: flagFingerprint(flag) }));
  const existing = await tx.flag.findMany({
    where: { articleId, fingerprint: { in: withPrints.map((f) => f.fingerprint) } },
    select: { fingerprint: true },
  });
  const known = new Set(existing.map((f) => f.fingerprint));
  const fresh = withPrints.filter((f, i) => !known.has(f.fingerprint) && withPrints.findIndex((g) => g.fingerprint === f.fingerprint) === i);
  if (!fresh.length) return 0;
  const created = await tx.flag.createManyAndReturn({
    data: fresh.map(({ flag, fingerprint }) => {
      const spans = flag.spans.map((s) => createAnchor(text, s.start, s.end));
      const anchor = spans[0] ?? createAnchor(text, 0, Math.min(1, text.length));
      return {
        articleId,
        kind: flag.kind,
        severity: flag.severity,
        ruleId: flag.ruleId,
        explanation: flag.explanation,
        start: anchor.start,
        end: anchor.end,
        exact: anchor.exact,
        prefix: anchor.prefix,
        suffix: anchor.suffix,
        spans: spans.map((s) => ({ ...s })),
        fingerprint,
      };
    }),
  });
  await recordAuditMany(
    tx,
    null,
    created.map((flag) => ({ action: "flag.raise" as const, entityId: flag.id, after: { ...flag, version } })),
  );
  return created.length;
}
