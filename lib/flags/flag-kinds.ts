// The kinds, severities and statuses of flags. Kept in sync with the enums of prisma/schema.prisma.
export const FLAG_KINDS = [
  "temporal_inconsistency",
  "entity_mixup",
  "numeric_inconsistency",
  "misattribution",
  "citation_residue",
  "unsupported_assertion",
  "duplicated_passage",
  "misquote",
  "editorial",
] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

export const FLAG_KIND_LABELS: Record<FlagKind, string> = {
  temporal_inconsistency: "Temporal inconsistency",
  entity_mixup: "Entity mix-up",
  numeric_inconsistency: "Numeric inconsistency",
  misattribution: "Misattribution",
  citation_residue: "Citation residue",
  unsupported_assertion: "Unsupported assertion",
  duplicated_passage: "Duplicated passage",
  misquote: "Misquote",
  editorial: "Editorial",
};

export const FLAG_SEVERITIES = ["low", "medium", "high"] as const;
export type FlagSeverity = (typeof FLAG_SEVERITIES)[number];

export const FLAG_STATUSES = ["open", "confirmed", "dismissed", "resolved"] as const;
export type FlagStatus = (typeof FLAG_STATUSES)[number];
/** A flag no reviewer needs to act on: dismissed by a person, or resolved by a later version of the text. */
export function isFlagClosed(status: FlagStatus): boolean {
  return status === "dismissed" || status === "resolved";
}

/** What a person may set; `resolved` is set only by a new version of the text that no longer has the error. */
export const FLAG_REVIEW_STATUSES = ["open", "confirmed", "dismissed"] as const;

export const FLAG_STATUS_LABELS: Record<FlagStatus, string> = {
  open: "Open",
  confirmed: "Confirmed",
  dismissed: "Dismissed",
  resolved: "Resolved",
};

/** A span of the article text: [start, end) in UTF-16 code units, with the exact text it covers. */
export interface TextSpan {
  start: number;
  end: number;
  exact: string;
}

/** What a detector rule reports; stored as a flag with source = the rule. */
export interface DetectedFlag {
  ruleId: string;
  kind: FlagKind;
  severity: FlagSeverity;
  /** One sentence a reviewer can check. */
  explanation: string;
  /** The first span is where the flag is anchored; the others are the related spans. */
  spans: TextSpan[];
}
