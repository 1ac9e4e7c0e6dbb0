"use client";

import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent } from "react";
import type { WorkspaceFlag } from "@/lib/articles/to-workspace-view";
import { FlagSummary } from "./flag-badges";
import { countOf } from "@/lib/format/count";

interface TooltipState {
  id: string;
  flags: WorkspaceFlag[];
  top: number;
  left: number;
  /** Shown above the words (near the bottom of the window) rather than below. */
  above: boolean;
  /** Set when the tooltip belongs to one pin, which it then describes (aria-describedby). */
  pinId: string | null;
}

const WIDTH = 360;
const SHOW_DELAY_TEXT = 200;
const HIDE_DELAY = 150;

/** A pin (`data-flag-pin`) or a flagged run of text (`data-flag-ids`) under the event target. */
function flagTarget(node: EventTarget | null): HTMLElement | null {
  return node instanceof Element ? node.closest<HTMLElement>("[data-flag-pin], [data-flag-ids]") : null;
}

/**
 * Hover and focus explanations for the reader's flags, by event delegation on the reader's wrapper (which
 * must be `position: relative`). Hovering a pin or underlined words shows, after a short delay for words,
 * the kind, severity, status and explanation of the flags there; the tooltip stays while the pointer is on
 * it, and goes on Escape, on blur or when the pointer leaves.
 */
export function useFlagTooltip(flagById: ReadonlyMap<string, WorkspaceFlag>) {
  const id = useId();
  const [state, setState] = useState<TooltipState | null>(null);
  const current = useRef<HTMLElement | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  const hideNow = () => {
    clearTimeout(timer.current);
    current.current = null;
    setState(null);
  };
  const hideSoon = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(hideNow, HIDE_DELAY);
  };

  const show = (target: HTMLElement, wrapper: HTMLElement, pointerY?: number) => {
    const pinId = target.dataset.flagPin ?? null;
    const ids = pinId ? [pinId] : (target.dataset.flagIds ?? "").split(" ");
    const flags = ids.map((fid) => flagById.get(fid)).filter((f): f is WorkspaceFlag => f !== undefined);
    if (!flags.length) return;
    // A run of words may wrap: place the tooltip at the line under the pointer.
    const rects = [...target.getClientRects()];
    const rect = (pointerY !== undefined ? rects.find((r) => pointerY >= r.top && pointerY <= r.bottom) : undefined) ?? rects[0] ?? target.getBoundingClientRect();
    const box = wrapper.getBoundingClientRect();
    const above = rect.bottom + 180 > window.innerHeight;
    setState({
      id,
      flags,
      pinId,
      above,
      top: above ? rect.top - box.top - 6 : rect.bottom - box.top + 6,
      left: Math.max(8, Math.min(rect.left - box.left, box.width - WIDTH - 8)),
    });
  };

  const handlers = {
    onMouseOver(e: MouseEvent<HTMLElement>) {
      const target = flagTarget(e.target);
      if (!target) return;
      clearTimeout(timer.current);
      if (target === current.current) return;
      current.current = target;
      const wrapper = e.currentTarget;
      const y = e.clientY;
      if (target.dataset.flagPin) show(target, wrapper, y);
      else timer.current = setTimeout(() => show(target, wrapper, y), SHOW_DELAY_TEXT);
    },
    onMouseOut(e: MouseEvent<HTMLElement>) {
      const from = flagTarget(e.target);
      if (from && flagTarget(e.relatedTarget) !== from) hideSoon();
    },
    onMouseDown() {
      hideNow();
    },
    onFocus(e: FocusEvent<HTMLElement>) {
      const target = flagTarget(e.target);
      if (!target?.dataset.flagPin) return;
      clearTimeout(timer.current);
      current.current = target;
      show(target, e.currentTarget);
    },
    onBlur(e: FocusEvent<HTMLElement>) {
      if (flagTarget(e.target)?.dataset.flagPin) hideNow();
    },
    onKeyDown(e: KeyboardEvent<HTMLElement>) {
      if (e.key === "Escape") hideNow();
    },
  };

  return {
    state,
    handlers,
    /** For a pin: the tooltip's id while it describes that pin. */
    describedBy: (flagId: string) => (state?.pinId === flagId ? state.id : undefined),
    tooltipHandlers: { onMouseEnter: () => clearTimeout(timer.current), onMouseLeave: hideSoon },
  };
}

export function FlagTooltip({ state, handlers }: { state: TooltipState | null; handlers: { onMouseEnter(): void; onMouseLeave(): void } }) {
  if (!state) return null;
  const more = state.flags.length - 3;
  return (
    <div
      id={state.id}
      role="tooltip"
      className={`flag-tooltip${state.above ? " is-above" : ""}`}
      style={{ top: state.top, left: state.left, width: WIDTH }}
      data-testid="flag-tooltip"
      {...handlers}
    >
      {state.flags.slice(0, 3).map((f) => (
        <div key={f.id} className="flag-tooltip-item">
          <FlagSummary flag={f} />
          <p>{f.explanation}</p>
        </div>
      ))}
      {more > 0 && <p className="small muted">and {countOf(more, { one: "more flag", other: "more flags" })} here</p>}
      <p className="kbd-hint">{state.pinId ? "Click or press Enter to open this flag" : "Click a flag's glyph to open it"}</p>
    </div>
  );
}
