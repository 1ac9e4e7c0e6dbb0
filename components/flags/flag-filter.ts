// The flags list's filter, its counts per value, and reading-order navigation. Pure functions, so the
// list, the reader and the keyboard shortcuts all agree on which flags are "in view" and in what order.
import type { WorkspaceFlag } from "@/lib/articles/to-workspace-view";
import type { FlagKind, FlagSeverity, FlagStatus } from "@/lib/flags/flag-kinds";

/** The source value of a flag raised by a person rather than by a rule. */
export const BY_PERSON = "person";

export interface FlagFilter {
  status: FlagStatus | "all";
  kind: FlagKind | "all";
  severity: FlagSeverity | "all";
  /** A rule id, `BY_PERSON`, or "all". */
  source: string;
}

export type FlagFilterKey = keyof FlagFilter;

/** What a reviewer wants first: the flags still to be looked at. */
export const DEFAULT_FLAG_FILTER: FlagFilter = { status: "open", kind: "all", severity: "all", source: "all" };

type FilterableFlag = Pick<WorkspaceFlag, "status" | "kind" | "severity" | "ruleId">;

export function flagSource(flag: Pick<WorkspaceFlag, "ruleId">): string {
  return flag.ruleId ?? BY_PERSON;
}

function valueOf(flag: FilterableFlag, key: FlagFilterKey): string {
  return key === "source" ? flagSource(flag) : flag[key];
}

const KEYS: FlagFilterKey[] = ["status", "kind", "severity", "source"];

/** Whether the flag passes every part of the filter except `ignore` (for that part's own counts). */
export function matchesFilter(flag: FilterableFlag, filter: FlagFilter, ignore?: FlagFilterKey): boolean {
  return KEYS.every((key) => key === ignore || filter[key] === "all" || valueOf(flag, key) === filter[key]);
}

export function filterFlags<F extends FilterableFlag>(flags: readonly F[], filter: FlagFilter): F[] {
  return flags.filter((f) => matchesFilter(f, filter));
}

/**
 * How many flags each value of one part of the filter would show, given the other parts as they are
 * (so the numbers beside "high" say how many of the flags of the chosen kind and status are high).
 */
export function facetCounts(flags: readonly FilterableFlag[], filter: FlagFilter, key: FlagFilterKey): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of flags) {
    if (!matchesFilter(f, filter, key)) continue;
    const v = valueOf(f, key);
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}

export function isDefaultFilter(filter: FlagFilter): boolean {
  return KEYS.every((k) => filter[k] === DEFAULT_FLAG_FILTER[k]);
}

type Positioned = Pick<WorkspaceFlag, "id" | "start" | "end" | "anchorState">;

/** Reading order: by position in the text; flags whose text is gone come last. */
export function compareReadingOrder(a: Positioned, b: Positioned): number {
  const orphan = Number(a.anchorState === "orphaned") - Number(b.anchorState === "orphaned");
  return orphan || a.start - b.start || a.end - b.end || a.id.localeCompare(b.id);
}

export function inReadingOrder<F extends Positioned>(flags: readonly F[]): F[] {
  return [...flags].sort(compareReadingOrder);
}

/**
 * The flag after (dir 1) or before (dir -1) the current place in the text, among `ordered` (already in
 * reading order). The current place is a flag (which may itself be filtered out), a position (a claim's
 * start), or nothing: then next is the first and previous the last. Null at either end.
 */
export function stepFlag(ordered: readonly Positioned[], current: Positioned | null, dir: 1 | -1): string | null {
  if (ordered.length === 0) return null;
  if (!current) return (dir === 1 ? ordered[0] : ordered[ordered.length - 1])!.id;
  const index = ordered.findIndex((f) => f.id === current.id);
  if (index >= 0) return ordered[index + dir]?.id ?? null;
  if (dir === 1) return ordered.find((f) => compareReadingOrder(f, current) > 0)?.id ?? null;
  return ordered.findLast((f) => compareReadingOrder(f, current) < 0)?.id ?? null;
}

/**
 * The open flag to go on to once `done` was confirmed or dismissed: among `ordered` (the list's flags, in
 * reading order, as they were before the change), the next open one after it, else the first open one before
 * it; null when no other open flag is left.
 */
export function nextOpenFlag(ordered: readonly (Positioned & { status: string })[], done: Positioned): string | null {
  const rest = ordered.filter((f) => f.id !== done.id && f.status === "open");
  return stepFlag(rest, done, 1) ?? rest[0]?.id ?? null;
}
