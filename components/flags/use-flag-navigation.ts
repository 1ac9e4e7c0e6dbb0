"use client";

import { useEffect, useMemo, useState } from "react";
import type { WorkspaceFlag } from "@/lib/articles/to-workspace-view";
import { DEFAULT_FLAG_FILTER, filterFlags, inReadingOrder, isDefaultFilter, stepFlag, type FlagFilter } from "./flag-filter";
import { focusLater, useShortcuts } from "./use-shortcuts";
import { pluralWord } from "@/lib/format/count";

/** Where the reader is: the selected flag, or a position in the text (a claim's start). */
export type FlagNavigationPlace = Pick<WorkspaceFlag, "id" | "start" | "end" | "anchorState"> | null;

export interface FlagPosition {
  /** 0-based index of the selected flag among the filtered flags; null when the filter leaves it out. */
  index: number | null;
  total: number;
  /** What the filtered flags are, e.g. "open flags". */
  label: string;
  onPrev(): void;
  onNext(): void;
}

/** "open flags", "open flag (filtered)": the words after a count of `count` flags of this filter. */
function describeFilter(filter: FlagFilter, count: number): string {
  const others = filter.kind !== "all" || filter.severity !== "all" || filter.source !== "all";
  return `${filter.status === "all" ? "" : `${filter.status} `}${pluralWord(count, { one: "flag", other: "flags" })}${others ? " (filtered)" : ""}`;
}

/**
 * The flags list's filter and the article page's flag shortcuts: `j`/`]` next and `k`/`[` previous flag in
 * reading order among the filtered flags, `Escape` closes the open panel. (The flag panel itself handles
 * `c` and `d`.) Keys typed into fields are left alone.
 */
export function useFlagNavigation({
  flags,
  place,
  onSelect,
  onEscape,
}: {
  flags: WorkspaceFlag[];
  place: FlagNavigationPlace;
  onSelect(id: string): void;
  /** Present while a panel is open. */
  onEscape?: () => void;
}) {
  const [filter, setFilter] = useState<FlagFilter>(DEFAULT_FLAG_FILTER);
  const [announcement, setAnnouncement] = useState("");
  const ordered = useMemo(() => inReadingOrder(filterFlags(flags, filter)), [flags, filter]);
  useEffect(() => {
    if (!announcement) return;
    const timer = setTimeout(() => setAnnouncement(""), 4000);
    return () => clearTimeout(timer);
  }, [announcement]);

  const step = (dir: 1 | -1) => {
    const id = stepFlag(ordered, place, dir);
    if (id) {
      setAnnouncement("");
      onSelect(id);
    } else {
      const what = describeFilter(filter, 2);
      setAnnouncement(ordered.length === 0 ? `No ${what}.` : dir === 1 ? `No more ${what} after this one.` : `No ${what} before this one.`);
    }
  };

  useShortcuts((key) => {
    switch (key) {
      case "j":
      case "]":
        step(1);
        return true;
      case "k":
      case "[":
        step(-1);
        return true;
      case "Escape":
        onEscape?.();
        return onEscape !== undefined;
      default:
        return false;
    }
  });

  const index = place ? ordered.findIndex((f) => f.id === place.id) : -1;
  const position: FlagPosition = {
    index: index >= 0 ? index : null,
    total: ordered.length,
    label: describeFilter(filter, ordered.length),
    onPrev: () => step(-1),
    onNext: () => step(1),
  };
  return { filter, setFilter, isDefaultFilter: isDefaultFilter(filter), ordered, position, announcement };
}

/** After a flag's panel closed: focus its row in the flags list, else its pin in the text. */
export function focusFlagAfterClose(flagId: string): void {
  const id = CSS.escape(flagId);
  focusLater(() => document.querySelector<HTMLElement>(`[data-flag-row="${id}"]`) ?? document.querySelector<HTMLElement>(`[data-flag-pin="${id}"]`), { preventScroll: true });
}
