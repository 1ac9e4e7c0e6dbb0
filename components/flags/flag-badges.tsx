import type { WorkspaceFlag } from "@/lib/articles/to-workspace-view";
import { FLAG_KIND_LABELS, isFlagClosed, type FlagKind, type FlagSeverity, type FlagStatus } from "@/lib/flags/flag-kinds";
import { FLAG_STYLE } from "./flag-style";

export const FLAG_SEVERITY_LABELS: Record<FlagSeverity, string> = { high: "High", medium: "Medium", low: "Low" };

/**
 * A flag's pin: its kind's glyph, coloured by its severity (neutral where no one flag is meant, e.g. a kind in
 * the legend). Decorative: the kind's name is always next to it.
 */
export function FlagGlyph({ kind, severity, dimmed }: { kind: FlagKind; severity?: FlagSeverity; dimmed?: boolean }) {
  return (
    <span className={`flag-pin flag-glyph ${severity ? `sev-${severity}` : "is-kind"}${dimmed ? " is-dimmed" : ""}`} aria-hidden>
      {FLAG_STYLE[kind].glyph}
    </span>
  );
}

export function SeverityBadge({ severity }: { severity: FlagSeverity }) {
  return (
    <span className={`badge badge-sev badge-sev-${severity}`} title={`${FLAG_SEVERITY_LABELS[severity]} severity`}>
      <span className="visually-hidden">severity </span>
      {severity}
    </span>
  );
}

export function FlagStatusBadge({ status, testId }: { status: FlagStatus; testId?: string }) {
  return (
    <span className={`badge badge-flag-${status}`} data-testid={testId}>
      {status}
    </span>
  );
}

/** Glyph, kind, severity and status: the head of a flag wherever it is listed. */
export function FlagSummary({ flag }: { flag: Pick<WorkspaceFlag, "kind" | "severity" | "status" | "anchorState"> }) {
  return (
    <span className="flag-summary">
      <FlagGlyph kind={flag.kind} severity={flag.severity} dimmed={isFlagClosed(flag.status)} />
      <strong className="small">{FLAG_KIND_LABELS[flag.kind]}</strong>
      <SeverityBadge severity={flag.severity} />
      <FlagStatusBadge status={flag.status} />
      {flag.anchorState === "orphaned" && <span className="badge badge-flag-dismissed">text gone</span>}
    </span>
  );
}
