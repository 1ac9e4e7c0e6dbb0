// The one owner of the reader's text↔DOM mapping. The reader renders the article as runs of text, each
// carrying the offset in the article text where it starts (`data-offset`); everything that turns offsets
// into DOM ranges or back, or scrolls to a place in the text, goes through this module, reached through
// the reader's ref (`<ArticleReader ref={…}>`), never by looking the reader up in the document.

/** What the article reader offers its neighbours (panels, editors) through its ref. */
export interface ReaderHandle {
  /** A DOM range over the article text [start, end), or null when those offsets are not rendered. */
  offsetsToRange(start: number, end: number): Range | null;
  /** The article offsets a DOM range covers (ordered), or null when it is not inside the reader. */
  rangeToOffsets(range: Range): { start: number; end: number } | null;
  /** Brings the text at [start, end) into view (not when already visible); `flash` briefly outlines it. */
  scrollToOffsets(start: number, end?: number, options?: { flash?: boolean }): void;
}

/** Height of the sticky top bar: an element under it is not "in view". */
const TOP_BAR = 60;

/** Scrolls the page so `el` is in view, unless it already is (clicking a visible pin does not jump). */
export function scrollIntoViewIfNeeded(el: Element): void {
  const rect = el.getBoundingClientRect();
  if (rect.top >= TOP_BAR && rect.bottom <= window.innerHeight - 24) return;
  const reduced = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
  el.scrollIntoView({ block: "center", behavior: reduced ? "auto" : "smooth" });
}

/** The offset in the article text of a DOM position inside a run (runs carry their start offset). */
function offsetAt(node: Node, offset: number): number | null {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const run = element?.closest<HTMLElement>("[data-offset]");
  if (!run) return null;
  const base = Number(run.dataset.offset);
  return node.nodeType === Node.TEXT_NODE ? base + offset : base;
}

/** The runs of the reader with their text node and offsets, in text order. */
function runs(root: Element): { el: HTMLElement; node: Text; start: number; end: number }[] {
  const out: { el: HTMLElement; node: Text; start: number; end: number }[] = [];
  for (const el of root.querySelectorAll<HTMLElement>("[data-offset]")) {
    const node = el.firstChild;
    if (!node || node.nodeType !== Node.TEXT_NODE) continue;
    const start = Number(el.dataset.offset);
    out.push({ el, node: node as Text, start, end: start + (node.textContent?.length ?? 0) });
  }
  return out;
}

/** A DOM range over the article text [start, end) inside the reader `root`. */
export function offsetsToRange(root: Element, start: number, end: number): Range | null {
  let startPoint: [Node, number] | null = null;
  let endPoint: [Node, number] | null = null;
  for (const run of runs(root)) {
    if (!startPoint && start >= run.start && start < run.end) startPoint = [run.node, start - run.start];
    if (end > run.start && end <= run.end) endPoint = [run.node, end - run.start];
  }
  if (!startPoint || !endPoint) return null;
  const range = document.createRange();
  range.setStart(...startPoint);
  range.setEnd(...endPoint);
  return range;
}

/** The article offsets (ordered) a DOM range covers, or null when it is not inside the reader `root`. */
export function rangeToOffsets(root: Element, range: Range): { start: number; end: number } | null {
  if (!root.contains(range.commonAncestorContainer)) return null;
  const a = offsetAt(range.startContainer, range.startOffset);
  const b = offsetAt(range.endContainer, range.endOffset);
  if (a === null || b === null) return null;
  return { start: Math.min(a, b), end: Math.max(a, b) };
}

/** Brings the reader's text at [start, end) into view; `flash` briefly outlines the runs it covers. */
export function scrollToOffsets(root: Element, start: number, end = start + 1, options?: { flash?: boolean }): void {
  const all = runs(root);
  const first = all.find((r) => start >= r.start && start < r.end);
  if (!first) return;
  scrollIntoViewIfNeeded(first.el);
  if (!options?.flash) return;
  // Removing the class first restarts the animation on a second click.
  for (const r of all.filter((r) => r.start < end && r.end > start)) {
    r.el.classList.remove("flag-sel-flash");
    void r.el.offsetWidth;
    r.el.classList.add("flag-sel-flash");
  }
}

/** The handle the reader gives through its ref, bound to its root element. */
export function createReaderHandle(root: HTMLElement): ReaderHandle {
  return {
    offsetsToRange: (start, end) => offsetsToRange(root, start, end),
    rangeToOffsets: (range) => rangeToOffsets(root, range),
    scrollToOffsets: (start, end, options) => scrollToOffsets(root, start, end, options),
  };
}
