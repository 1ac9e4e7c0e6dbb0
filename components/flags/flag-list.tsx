"use client";

import { useId, useMemo } from "react";
import type { WorkspaceFlag } from "@/lib/articles/to-workspace-view";
import { FLAG_KINDS, FLAG_KIND_LABELS, FLAG_SEVERITIES, FLAG_STATUSES, FLAG_STATUS_LABELS, type FlagKind, type FlagSeverity } from "@/lib/flags/flag-kinds";
import { BY_PERSON, DEFAULT_FLAG_FILTER, facetCounts, filterFlags, flagSource, inReadingOrder, isDefaultFilter, type FlagFilter } from "./flag-filter";
import { FLAG_SEVERITY_LABELS, FlagSummary } from "./flag-badges";
import { FLAG_STYLE } from "./flag-style";
import { ShortcutHint } from "./shortcut-hint";
import { countOf } from "@/lib/format/count";

const FLAGS = { one: "flag", other: "flags" };

/** Every flag of the article, filtered (by default: the open ones), in reading order. */
export function FlagList({
  flags,
  filter,
  onFilterChange,
  onSelectFlag,
}: {
  flags: WorkspaceFlag[];
  filter: FlagFilter;
  onFilterChange(next: FlagFilter): void;
  onSelectFlag(id: string): void;
}) {
  const id = useId();
  const shown = useMemo(() => inReadingOrder(filterFlags(flags, filter)), [flags, filter]);
  const counts = useMemo(
    () => ({
      status: facetCounts(flags, filter, "status"),
      kind: facetCounts(flags, filter, "kind"),
      severity: facetCounts(flags, filter, "severity"),
      source: facetCounts(flags, filter, "source"),
    }),
    [flags, filter],
  );
  const kinds = useMemo(() => FLAG_KINDS.filter((k) => k === filter.kind || flags.some((f) => f.kind === k)), [flags, filter.kind]);
  const rules = useMemo(() => [...new Set(flags.map((f) => f.ruleId).filter((r): r is string => r !== null))].sort(), [flags]);
  const hasPersonFlags = flags.some((f) => f.ruleId === null);
  const set = (patch: Partial<FlagFilter>) => onFilterChange({ ...filter, ...patch });
  const n = (map: Map<string, number>, key: string) => map.get(key) ?? 0;
  const total = (map: Map<string, number>) => [...map.values()].reduce((a, b) => a + b, 0);

  if (flags.length === 0) return <div className="empty">No flags. Select text in the article to flag an error.</div>;

  return (
    <div className="flag-list" data-testid="flag-list">
      <div className="flag-filters">
        <div className="flag-status-filter" role="group" aria-label="Status">
          {[...FLAG_STATUSES, "all" as const].map((s) => (
            <button key={s} type="button" aria-pressed={filter.status === s} onClick={() => set({ status: s })}>
              {s === "all" ? "All" : FLAG_STATUS_LABELS[s]}
              <span className="count">{s === "all" ? total(counts.status) : n(counts.status, s)}</span>
            </button>
          ))}
        </div>
        <div className="flag-filter-grid">
          <div className="field">
            <label htmlFor={`${id}-kind`}>Kind</label>
            <select id={`${id}-kind`} value={filter.kind} onChange={(e) => set({ kind: e.target.value as FlagKind | "all" })}>
              <option value="all">All kinds ({total(counts.kind)})</option>
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {FLAG_STYLE[k].glyph} {FLAG_KIND_LABELS[k]} ({n(counts.kind, k)})
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-severity`}>Severity</label>
            <select id={`${id}-severity`} value={filter.severity} onChange={(e) => set({ severity: e.target.value as FlagSeverity | "all" })}>
              <option value="all">All ({total(counts.severity)})</option>
              {[...FLAG_SEVERITIES].reverse().map((s) => (
                <option key={s} value={s}>
                  {FLAG_SEVERITY_LABELS[s]} ({n(counts.severity, s)})
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-source`}>Raised by</label>
            <select id={`${id}-source`} value={filter.source} onChange={(e) => set({ source: e.target.value })}>
              <option value="all">Anyone ({total(counts.source)})</option>
              {(hasPersonFlags || filter.source === BY_PERSON) && <option value={BY_PERSON}>A person ({n(counts.source, BY_PERSON)})</option>}
              {rules.length > 0 && (
                <optgroup label="Rule">
                  {rules.map((r) => (
                    <option key={r} value={r}>
                      {r} ({n(counts.source, r)})
                    </option>
                  ))}
                </optgroup>
              )}
            </select>
          </div>
        </div>
        <div className="flag-list-summary small muted" role="status">
          {shown.length === flags.length ? (flags.length === 1 ? "1 flag" : `All ${countOf(flags.length, FLAGS)}`) : `${shown.length} of ${countOf(flags.length, FLAGS)}`}
          {!isDefaultFilter(filter) && (
            <button type="button" className="link-button" onClick={() => onFilterChange(DEFAULT_FLAG_FILTER)}>
              Reset filters
            </button>
          )}
        </div>
      </div>

      {shown.length === 0 ? (
        <div className="empty">
          No flags match these filters.{" "}
          <button type="button" className="link-button" onClick={() => onFilterChange({ ...DEFAULT_FLAG_FILTER, status: "all" })}>
            Show all flags
          </button>
        </div>
      ) : (
        <ul className="claim-list flag-rows" aria-label="Flags">
          {shown.map((f) => (
            <li key={f.id}>
              <button type="button" onClick={() => onSelectFlag(f.id)} data-testid="flag-list-item" data-flag-row={f.id} data-rule={flagSource(f)}>
                <FlagSummary flag={f} />
                <span className="flag-row-quote">“{f.exact}”</span>
                <span className="flag-row-explanation">{f.explanation}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <ShortcutHint
        items={[
          { keys: ["j", "k"], label: "next / previous flag" },
          { keys: ["Enter"], label: "open" },
        ]}
      />
    </div>
  );
}
