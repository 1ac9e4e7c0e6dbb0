import type { Tx } from "../db/client";
import type { AuditEvent } from "../audit/audit-events";
import { recordAuditMany } from "../audit/record-audit";
import { createAnchor } from "../anchoring/create-anchor";
import type { TextAnchor } from "../anchoring/types";
import { sha256Hex } from "../crypto/sha256";
import { detectFlags } from "./detect-flags";
import type { DetectedFlag } from "./flag-kinds";

/** Same rule on the same words = same flag: a dismissed one is recognised and not raised again. */
export function flagFingerprint(flag: Pick<DetectedFlag, "ruleId" | "spans">): string {
  return sha256Hex([flag.ruleId, ...flag.spans.map((s) => s.exact.replace(/\s+/g, " ").trim())].join("\u0000"));
}

export interface RuleFlagRefresh {
  /** New flags raised on this text. */
  raised: number;
  /** Flags whose error the rule still finds (any status), with the explanation of this text. */
  kept: number;
  /** Open or confirmed flags whose error this text no longer has. */
  resolved: number;
}

interface StoredRuleFlag {
  id: string;
  ruleId: string | null;
  status: "open" | "confirmed" | "dismissed" | "resolved";
  fingerprint: string | null;
  start: number;
  end: number;
  exact: string;
  explanation: string;
  anchorState: "anchored" | "fuzzy" | "orphaned";
}

interface Detection {
  flag: DetectedFlag;
  fingerprint: string;
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/**
 * Pairs each stored rule flag with what the rules find on the text now, one to one: first the same rule on
 * the same words (fingerprint), then the same rule on the words the stored flag was re-anchored to.
 * Positions of stored flags must already be on this text (reanchorAnnotations runs first).
 */
export function matchRuleFlags(stored: StoredRuleFlag[], detections: Detection[]): { pairs: [StoredRuleFlag, Detection][]; unmatched: StoredRuleFlag[]; fresh: Detection[] } {
  const free = new Set(detections.map((_, i) => i));
  const pairs: [StoredRuleFlag, Detection][] = [];
  const left: StoredRuleFlag[] = [];
  for (const flag of stored) {
    const i = detections.findIndex((d, j) => free.has(j) && d.fingerprint === flag.fingerprint);
    if (i >= 0) {
      free.delete(i);
      pairs.push([flag, detections[i]!]);
    } else left.push(flag);
  }
  // Biggest overlaps first, so one flag's near miss does not take the detection that continues another.
  const candidates: { flag: StoredRuleFlag; j: number; overlap: number }[] = [];
  for (const flag of left) {
    if (flag.anchorState === "orphaned" || flag.status === "resolved") continue;
    for (const j of free) {
      const d = detections[j]!;
      const anchor = d.flag.spans[0];
      if (d.flag.ruleId !== flag.ruleId || !anchor) continue;
      const o = overlap(anchor, flag);
      if (o > 0) candidates.push({ flag, j, overlap: o });
    }
  }
  candidates.sort((x, y) => y.overlap - x.overlap);
  const paired = new Set<string>();
  for (const { flag, j } of candidates) {
    if (paired.has(flag.id) || !free.has(j)) continue;
    free.delete(j);
    paired.add(flag.id);
    pairs.push([flag, detections[j]!]);
  }
  const unmatched = left.filter((f) => !paired.has(f.id));
  return { pairs, unmatched, fresh: [...free].sort((a, b) => a - b).map((j) => detections[j]!) };
}

function anchorsOf(text: string, flag: DetectedFlag) {
  const spans = flag.spans.map((s) => createAnchor(text, s.start, s.end));
  const anchor: TextAnchor = spans[0] ?? createAnchor(text, 0, Math.min(1, text.length));
  return {
    start: anchor.start,
    end: anchor.end,
    exact: anchor.exact,
    prefix: anchor.prefix,
    suffix: anchor.suffix,
    spans: spans.map((s) => ({ start: s.start, end: s.end, exact: s.exact, prefix: s.prefix, suffix: s.suffix })),
  };
}

/**
 * Runs every detector on the article's text (`version` of it) and brings the article's rule flags in line:
 * a flag whose error the rules still find keeps its status (a dismissal stands) and takes this text's
 * explanation and words; an open or confirmed flag whose error is gone is closed as resolved by this
 * version; a resolved flag whose very words come back is reopened; anything else found is raised as new.
 * Every change is audited with no actor (a rule did it). People's flags are not touched here.
 */
export async function refreshRuleFlags(tx: Tx, articleId: string, text: string, publishedAt: Date | null, version = 1): Promise<RuleFlagRefresh> {
  const seen = new Set<string>();
  const detections: Detection[] = [];
  for (const flag of detectFlags(text, { publishedAt })) {
    const fingerprint = flagFingerprint(flag);
    if (seen.has(fingerprint)) continue;
    seen.add(fingerprint);
    detections.push({ flag, fingerprint });
  }
  const stored = (await tx.flag.findMany({
    where: { articleId, ruleId: { not: null } },
    select: { id: true, ruleId: true, status: true, fingerprint: true, start: true, end: true, exact: true, explanation: true, anchorState: true },
    orderBy: [{ start: "asc" }, { id: "asc" }],
  })) as StoredRuleFlag[];
  const { pairs, unmatched, fresh } = matchRuleFlags(stored, detections);
  const events: AuditEvent[] = [];
  const summary: RuleFlagRefresh = { raised: 0, kept: pairs.length, resolved: 0 };
  const now = new Date();

  for (const [flag, { flag: found, fingerprint }] of pairs) {
    const place = anchorsOf(text, found);
    const recurs = flag.status === "resolved";
    const moved = flag.explanation !== found.explanation || flag.start !== place.start || flag.end !== place.end || flag.exact !== place.exact;
    if (!moved && !recurs && flag.fingerprint === fingerprint && flag.anchorState === "anchored") continue;
    await tx.flag.update({
      where: { id: flag.id },
      data: {
        ...place,
        explanation: found.explanation,
        severity: found.severity,
        fingerprint,
        anchorState: "anchored",
        ...(recurs ? { status: "open" as const, resolvedByVersion: null, resolvedAt: null, resolvedById: null } : {}),
      },
    });
    if (recurs) events.push({ action: "flag.recur", entityId: flag.id, before: { status: "resolved" }, after: { status: "open", version } });
    if (moved) {
      events.push({
        action: "flag.refresh",
        entityId: flag.id,
        before: { ruleId: flag.ruleId, explanation: flag.explanation, start: flag.start, end: flag.end, exact: flag.exact },
        after: { ruleId: found.ruleId, explanation: found.explanation, start: place.start, end: place.end, exact: place.exact, version },
      });
    }
  }

  const gone = unmatched.filter((f) => f.status === "open" || f.status === "confirmed");
  for (const flag of gone) {
    await tx.flag.update({
      where: { id: flag.id },
      data: { status: "resolved", resolvedByVersion: version, resolvedAt: now, resolvedById: null },
    });
    events.push({ action: "flag.resolve_by_version", entityId: flag.id, before: { status: flag.status }, after: { status: "resolved", version } });
  }
  summary.resolved = gone.length;

  if (fresh.length) {
    const created = await tx.flag.createManyAndReturn({
      data: fresh.map(({ flag, fingerprint }) => ({
        articleId,
        kind: flag.kind,
        severity: flag.severity,
        ruleId: flag.ruleId,
        explanation: flag.explanation,
        ...anchorsOf(text, flag),
        fingerprint,
      })),
    });
    summary.raised = created.length;
    for (const flag of created) events.push({ action: "flag.raise", entityId: flag.id, after: { ...flag, version } });
  }
  await recordAuditMany(tx, null, events);
  return summary;
}
