import { expect } from "vitest";
import { detectFlags, type DetectionContext } from "../../../lib/flags/detect-flags";
import type { DetectedFlag } from "../../../lib/flags/flag-kinds";

/** The flags one rule raises on a text, after checking that every span is exact. */
export function flagsOf(ruleId: string, text: string, context?: DetectionContext): DetectedFlag[] {
  const flags = detectFlags(text, context);
  for (const f of flags) {
    for (const s of f.spans) expect(text.slice(s.start, s.end)).toBe(s.exact);
    expect(f.explanation.length).toBeGreaterThan(20);
  }
  return flags.filter((f) => f.ruleId === ruleId);
}

/** The anchored text of each flag. */
export function anchors(flags: readonly DetectedFlag[]): string[] {
  return flags.map((f) => f.spans[0]?.exact ?? "");
}

export const published = (iso: string): DetectionContext => ({ publishedAt: new Date(`${iso}T12:00:00Z`) });

/** The flags of one kind a text raises, whichever rule raised them (one error, one flag). */
export function flagsOfKind(kind: DetectedFlag["kind"], text: string, context?: DetectionContext): DetectedFlag[] {
  const flags = detectFlags(text, context);
  for (const f of flags) for (const s of f.spans) expect(text.slice(s.start, s.end)).toBe(s.exact);
  return flags.filter((f) => f.kind === kind);
}
