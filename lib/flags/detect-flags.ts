// Deterministic, explainable detectors of an article's errors and inconsistencies. The text is parsed
// once (sentences, tokens, dates, actors) and every rule reads that shared parse.
import type { DetectedFlag, FlagKind } from "./flag-kinds";
import { parseDocument } from "./nlp/document";
import { RULES } from "./rules/index";

export interface DetectionContext {
  /** The article's publication date, if known. */
  publishedAt?: Date | null;
}

export const FLAG_RULES: ReadonlyArray<{ id: string; kind: FlagKind; description: string }> = RULES.map((r) => ({
  id: r.id,
  kind: r.kind,
  description: r.description,
}));

function overlaps(a: DetectedFlag, b: DetectedFlag): boolean {
  const anchor = a.spans[0];
  return anchor !== undefined && b.spans.some((s) => s.start < anchor.end && anchor.start < s.end);
}

/**
 * Flags sorted by the start of their first span; never two with the same rule and the same spans, and a
 * rule that defers to earlier ones adds nothing on words already flagged for its kind.
 */
export function detectFlags(text: string, context: DetectionContext = {}): DetectedFlag[] {
  if (text.trim().length === 0) return [];
  const given = context.publishedAt;
  const publishedAt = given instanceof Date && !Number.isNaN(given.getTime()) ? given : null;
  const doc = parseDocument(text, publishedAt);
  const seen = new Set<string>();
  const flags: DetectedFlag[] = [];
  for (const rule of RULES) {
    for (const flag of rule.detect(doc)) {
      const key = `${flag.ruleId}|${flag.spans.map((s) => `${s.start}-${s.end}`).join(",")}`;
      if (seen.has(key) || flag.spans.length === 0) continue;
      if (rule.defersToEarlierRules && flags.some((f) => f.kind === flag.kind && f.ruleId !== flag.ruleId && overlaps(flag, f))) continue;
      seen.add(key);
      flags.push(flag);
    }
  }
  return flags.sort((a, b) => (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0) || (a.spans[0]?.end ?? 0) - (b.spans[0]?.end ?? 0) || a.ruleId.localeCompare(b.ruleId));
}
