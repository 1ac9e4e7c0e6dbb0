"use client";

import { useEffect, useEffectEvent } from "react";

const NON_TEXT_INPUTS = new Set(["button", "checkbox", "radio", "range", "color", "file", "image", "reset", "submit"]);

/** True while the user is typing: text inputs, textareas, selects and editable content keep their keys. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  return false;
}

/**
 * Single-key shortcuts for the page: `handler` gets the key of a plain key press (no Ctrl/Alt/Meta)
 * outside text fields and returns true when it used it (the key's default is then prevented, so a
 * shortcut that opens a field does not also type its letter there).
 */
export function useShortcuts(handler: (key: string) => boolean, enabled = true): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    if (isTypingTarget(event.target)) return;
    // While a modal dialog is open its keys are its own (Escape closes the dialog, not the panel under it).
    if (document.querySelector("dialog[open]")) return;
    if (handler(event.key)) event.preventDefault();
  });
  useEffect(() => {
    if (!enabled) return;
    const listener = (event: KeyboardEvent) => onKey(event);
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, [enabled]);
}

/** Moves focus to an element once React has rendered it (e.g. a list row after a panel closed). */
export function focusLater(find: () => HTMLElement | null | undefined, options?: FocusOptions): void {
  requestAnimationFrame(() => find()?.focus(options));
}
