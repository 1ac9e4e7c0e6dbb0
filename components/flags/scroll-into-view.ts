/** Height of the sticky top bar: an element under it is not "in view". */
const TOP_BAR = 60;

/** Scrolls the page so `el` is in view, unless it already is (clicking a visible pin does not jump). */
export function scrollIntoViewIfNeeded(el: Element): void {
  const rect = el.getBoundingClientRect();
  if (rect.top >= TOP_BAR && rect.bottom <= window.innerHeight - 24) return;
  const reduced = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
  el.scrollIntoView({ block: "center", behavior: reduced ? "auto" : "smooth" });
}

/** The run of the article text that starts at `offset` (the reader cuts its text at every flag span). */
export function readerSegmentAt(offset: number): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-testid="article-text"] [data-offset="${offset}"]`);
}
