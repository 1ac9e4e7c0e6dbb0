"use client";

import { useEffect, type RefObject } from "react";
import type { ReaderHandle } from "@/components/articles/reader-handle";

const HIGHLIGHT = "factdesk-span-draft";

/** Shows a span in the article (CSS Custom Highlight API, where the browser has it) while it is edited. */
export function useDraftHighlight(reader: RefObject<ReaderHandle | null>, span: { start: number; end: number } | null): void {
  useEffect(() => {
    if (!span || typeof CSS === "undefined" || !("highlights" in CSS)) return;
    const range = reader.current?.offsetsToRange(span.start, span.end);
    if (!range) return;
    CSS.highlights.set(HIGHLIGHT, new Highlight(range));
    return () => {
      CSS.highlights.delete(HIGHLIGHT);
    };
  }, [reader, span]);
}
