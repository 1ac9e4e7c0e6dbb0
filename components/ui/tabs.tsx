"use client";

import { useRef, type KeyboardEvent, type ReactNode } from "react";

export interface TabItem<K extends string> {
  key: K;
  label: ReactNode;
}

const NEXT_KEYS: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/**
 * Tabs with the ARIA pattern: a labelled tablist whose tabs control one tabpanel (the selected tab's
 * content, `children`). Only the selected tab is in the Tab order; arrow keys, Home and End move between
 * tabs and select them. The list wraps onto a second line rather than clipping a tab in a narrow panel.
 */
export function Tabs<K extends string>({
  id,
  label,
  items,
  selected,
  onSelect,
  children,
}: {
  /** Prefix of the tab and panel ids, unique on the page. */
  id: string;
  label: string;
  items: readonly TabItem<K>[];
  selected: K;
  onSelect(key: K): void;
  children: ReactNode;
}) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const move = NEXT_KEYS[event.key];
    if (!move) return;
    event.preventDefault();
    const index = items.findIndex((item) => item.key === selected);
    const next = items[move(Math.max(0, index), items.length)]!;
    onSelect(next.key);
    list.current?.querySelector<HTMLElement>(`#${CSS.escape(`${id}-tab-${next.key}`)}`)?.focus();
  };
  return (
    <>
      <div ref={list} className="tabs" role="tablist" aria-label={label}>
        {items.map((item) => (
          <button
            key={item.key}
            type="button"
            role="tab"
            id={`${id}-tab-${item.key}`}
            aria-controls={`${id}-panel`}
            aria-selected={item.key === selected}
            tabIndex={item.key === selected ? 0 : -1}
            onClick={() => onSelect(item.key)}
            onKeyDown={onKeyDown}
          >
            {item.label}
          </button>
        ))}
      </div>
      <div id={`${id}-panel`} role="tabpanel" aria-labelledby={`${id}-tab-${selected}`}>
        {children}
      </div>
    </>
  );
}
