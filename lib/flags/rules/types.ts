import type { DetectedFlag, FlagKind, FlagSeverity } from "../flag-kinds";
import type { ParsedDocument } from "../nlp/document";
import { makeSpan } from "../nlp/text";

export interface FlagRule {
  /** Stable dotted id, stored with each flag as its source. */
  id: string;
  kind: FlagKind;
  severity: FlagSeverity;
  /** What the rule looks for, in one sentence, for the UI's filter and the docs. */
  description: string;
  detect(doc: ParsedDocument): DetectedFlag[];
  /** Stay silent on words a rule of the same kind listed earlier already flagged (one error, one flag). */
  defersToEarlierRules?: boolean;
}

/** [start, end) offsets; the first range anchors the flag, the others are related spans. */
export type Range = readonly [number, number];

export function makeFlag(
  rule: Pick<FlagRule, "id" | "kind" | "severity">,
  doc: ParsedDocument,
  explanation: string,
  ranges: readonly Range[],
  severity: FlagSeverity = rule.severity,
): DetectedFlag {
  return {
    ruleId: rule.id,
    kind: rule.kind,
    severity,
    explanation,
    spans: ranges.map(([start, end]) => makeSpan(doc.text, start, end)),
  };
}
