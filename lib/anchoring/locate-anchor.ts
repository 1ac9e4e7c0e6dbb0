import { chooseOccurrence, type ChosenOccurrence, type Span } from "./choose-occurrence";
import { createAnchor, DEFAULT_CONTEXT_LENGTH } from "./create-anchor";
import { findFuzzySpan, MIN_FUZZY_SIMILARITY } from "./find-fuzzy-span";
import type { ReanchorTarget } from "./prepare-reanchor-target";
import { refineSpan } from "./refine-span";
import { scoreContext } from "./score-context";
import type { ReanchorResult, TextAnchor } from "./types";

// An exact hit whose surroundings match this little may be a stray duplicate of a phrase that was edited
// where the anchor really is.
const WEAK_CONTEXT = 0.25;
const CLEARLY_BETTER_CONTEXT = 0.25;
const MAX_OCCURRENCES = 2000;

/**
 * Finds one anchor in the new text: exact quote (whitespace-insensitive as a second try), then fuzzy,
 * else orphaned. Offsets, prefix and suffix of a found anchor are recomputed on the new text.
 */
export function locateAnchor(anchor: TextAnchor, target: ReanchorTarget): ReanchorResult {
  const text = target.text;
  if (anchor.exact.length === 0 || text.length === 0) return { state: "orphaned", anchor: null };
  const contextLength = Math.max(anchor.prefix.length, anchor.suffix.length) || DEFAULT_CONTEXT_LENGTH;
  const mapped = target.mapSpan(anchor);
  const expected = mapped ? mapped.start : Math.min(anchor.start, text.length);

  const exact = findExact(anchor, target, expected, mapped);
  if (exact && !(mapped && exact.context < WEAK_CONTEXT)) {
    return { state: "anchored", anchor: createAnchor(text, exact.start, exact.end, contextLength) };
  }
  if (exact && mapped) {
    // Weakly placed exact hit: prefer the edited passage where the diff says the anchor went, if it is clearly it.
    const edited = mapped.end > mapped.start ? refineSpan(text, mapped.start, mapped.end, anchor.exact) : null;
    if (
      edited &&
      edited.similarity >= MIN_FUZZY_SIMILARITY &&
      scoreContext(text, edited.start, edited.end, anchor.prefix, anchor.suffix) > exact.context + CLEARLY_BETTER_CONTEXT
    ) {
      return { state: "fuzzy", anchor: createAnchor(text, edited.start, edited.end, contextLength) };
    }
    return { state: "anchored", anchor: createAnchor(text, exact.start, exact.end, contextLength) };
  }

  const fuzzy = findFuzzySpan(text, anchor, expected, mapped, (span) => !target.isOtherOldPassage(anchor, span.start, span.end));
  if (fuzzy && fuzzy.end > fuzzy.start) {
    return { state: "fuzzy", anchor: createAnchor(text, fuzzy.start, fuzzy.end, contextLength) };
  }
  return { state: "orphaned", anchor: null };
}

function findExact(anchor: TextAnchor, target: ReanchorTarget, expected: number, mapped: Span | null): ChosenOccurrence | null {
  const text = target.text;
  // With an old text, an unchanged duplicate that was already elsewhere is another passage: the anchor's own
  // passage was edited or deleted, and must not jump onto its twin.
  const isOwn = (span: Span): boolean =>
    keepsWordBoundaries(text, span, anchor) && !target.isOtherOldPassage(anchor, span.start, span.end);
  const literal = occurrencesOf(text, anchor.exact)
    .map((start) => ({ start, end: start + anchor.exact.length }))
    .filter(isOwn);
  const chosen = chooseOccurrence(text, literal, anchor, expected, mapped);
  if (chosen) return chosen;

  // Same words, different spacing (re-wrapped lines, doubled spaces): still the same quote.
  const wanted = anchor.exact.replace(/\s+/g, " ");
  if (wanted.trim().length === 0) return null;
  const collapsed = target.collapsed();
  const spans: Span[] = [];
  for (const at of occurrencesOf(collapsed.text, wanted)) {
    const start = collapsed.starts[at];
    const end = collapsed.ends[at + wanted.length - 1];
    if (start !== undefined && end !== undefined) spans.push({ start, end });
  }
  return chooseOccurrence(text, spans.filter(isOwn), anchor, expected, mapped);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== "" && WORD_CHAR.test(ch);
}

/**
 * A quote that began or ended on a word boundary must still do so: "percent" inside "percentage" is the
 * word having been edited, not the quote found.
 */
function keepsWordBoundaries(text: string, span: Span, anchor: TextAnchor): boolean {
  const exactFirst = anchor.exact.charAt(0);
  const exactLast = anchor.exact.charAt(anchor.exact.length - 1);
  const startedOnBoundary = !(isWordChar(anchor.prefix.charAt(anchor.prefix.length - 1)) && isWordChar(exactFirst));
  const endedOnBoundary = !(isWordChar(exactLast) && isWordChar(anchor.suffix.charAt(0)));
  if (startedOnBoundary && isWordChar(text.charAt(span.start - 1)) && isWordChar(text.charAt(span.start))) return false;
  if (endedOnBoundary && isWordChar(text.charAt(span.end - 1)) && isWordChar(text.charAt(span.end))) return false;
  return true;
}

function occurrencesOf(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1 && found.length < MAX_OCCURRENCES; at = haystack.indexOf(needle, at + 1)) {
    found.push(at);
  }
  return found;
}
