"use client";

import { useEffect, useEffectEvent, type RefObject } from "react";
import type { ReaderHandle } from "@/components/articles/reader-handle";

/**
 * While `active`, a selection made in the article becomes `onSelect(start, end)` (offsets in the article
 * text) instead of opening the reader's "Make claim" popover; the selection is then cleared.
 */
export function useReaderSelection(reader: RefObject<ReaderHandle | null>, active: boolean, onSelect: (start: number, end: number) => void): void {
  const select = useEffectEvent(onSelect);
  useEffect(() => {
    if (!active) return;
    const onMouseUp = (event: MouseEvent) => {
      const selection = window.getSelection();
      if (!selection || selection.isCollapsed || !selection.rangeCount) return;
      const span = reader.current?.rangeToOffsets(selection.getRangeAt(0));
      if (!span || span.start === span.end) return;
      // Captured before the reader sees it, so no popover opens.
      event.stopPropagation();
      select(span.start, span.end);
      selection.removeAllRanges();
    };
    document.addEventListener("mouseup", onMouseUp, true);
    return () => document.removeEventListener("mouseup", onMouseUp, true);
  }, [active, reader]);
}
