/**
 * The one sentence segmenter of Factdesk (the claim scorer and the flag detectors both read it), with
 * exact UTF-16 offsets.
 *
 * Intl.Segmenter (ICU, UAX #29) does the heavy lifting; it gets decimals, closing quotes and line
 * breaks right but breaks after abbreviations followed by a capital ("U.S. President", "Dr. Smith"),
 * turns list markers ("1. ") into sentences of their own, and misses a break before a dash that
 * follows a sentence end ("…stage”. – Al Jazeera"). Those are repaired here.
 */

export interface Sentence {
  /** Position in the text's list of sentences. */
  index: number;
  /** Offset of the first character, UTF-16 code units. */
  start: number;
  /** Offset after the last character (exclusive). */
  end: number;
  /** Always source.slice(start, end). */
  text: string;
  /** Paragraph number: every line break between two sentences starts a new one. */
  paragraph: number;
}

// One instance: constructing a segmenter costs far more than segmenting a sentence.
const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** The text ICU is given at once: each step of its iterator costs time in proportion to the string. */
const WINDOW = 4096;
/** ICU decides a break by looking a little ahead; a break this close to a window's cut waits for the next window. */
const LOOKAHEAD = 256;

/**
 * ICU's sentence segments of `text`, as Intl.Segmenter gives them, in windows of a few thousand
 * characters: one Segmenter pass over the whole text is quadratic (a 200,000-character article of short
 * lines took minutes). Each window's segments are kept up to the last break well before its cut (or, at
 * the end of the text, all of them); the next window starts at that break. A window with no such break
 * (one very long sentence) is doubled until it has one.
 */
export function* icuSentenceSegments(text: string, window = WINDOW): Generator<{ segment: string; index: number }> {
  let from = 0;
  let size = window;
  while (from < text.length) {
    const to = Math.min(text.length, from + size);
    const last = to === text.length;
    let next = from;
    for (const { segment, index } of segmenter.segment(text.slice(from, to))) {
      const end = index + segment.length;
      if (!last && end > to - from - LOOKAHEAD) break;
      yield { segment, index: from + index };
      next = from + end;
    }
    if (last) return;
    if (next === from) size *= 2;
    else {
      from = next;
      size = window;
    }
  }
}

/** Abbreviations that are (almost) never the end of a sentence: titles, months, Latin. */
const ALWAYS_JOIN = new Set([
  "mr", "mrs", "ms", "dr", "prof", "st", "sen", "sens", "rep", "reps", "gov", "gen", "col", "lt", "sgt", "capt",
  "cmdr", "adm", "maj", "rev", "hon", "pres", "supt", "mt", "ft", "messrs",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "e.g", "i.e", "vs", "v", "viz", "cf", "approx", "dept", "est", "fig", "figs", "al",
]);

/** Abbreviations that end a sentence as often as not: join only when the next word does not look
 * like the start of a new sentence. Dotted acronyms (U.S., U.N.) and single initials (J.) too. */
const JOIN_UNLESS_STARTER = new Set(["inc", "corp", "ltd", "co", "jr", "sr", "bros", "etc"]);

/** Abbreviations that precede a number ("No. 1", "pp. 4"); before a word they are words. */
const JOIN_BEFORE_DIGIT = new Set(["no", "nos", "p", "pp", "vol", "art", "sec", "ch"]);

/** Words that usually open a sentence, so a capitalised one after "U.S." means a real break. */
const SENTENCE_STARTERS = new Set([
  "the", "a", "an", "it", "its", "it's", "he", "she", "they", "we", "i", "you", "this", "that",
  "these", "those", "there", "in", "on", "at", "but", "and", "or", "so", "yet", "if", "when",
  "while", "after", "before", "as", "his", "her", "their", "our", "my", "however", "meanwhile",
  "still", "also", "then", "now", "for", "to", "with", "by", "from", "many", "some", "most",
  "both", "all", "one", "no", "not", "what", "why", "how", "who", "where", "which", "since",
  "although", "though", "because", "even", "instead", "yes", "last", "next", "today", "officials",
]);

const DOTTED_ACRONYM = /^(?:\p{L}\.){2,}$/u;
const SINGLE_INITIAL = /^\p{Lu}$/u;

/** A list marker or heading mark opening a line ("1. ", "(a) ", "## "), with the spaces after it. */
const LINE_MARKER = /^(?:#{1,6}\s+|>\s*|\(?(?:\d{1,3}|[a-z]|[ivx]{1,4}|[IVX]{2,4})[.)]\s+)+/u;

/** A bullet or dash opening a sentence anywhere ("• ", "– Al Jazeera"). */
const BULLET = /^(?:[-*•‣◦▪▫·–—]\s+)+/u;

/** What is left of a list marker alone on its line once trimmed ("1.", "(a)"). */
const BARE_MARKER = /^(?:#{1,6}|>|\(?(?:\d{1,3}|[a-z]|[ivx]{1,4}|[IVX]{2,4})[.)])$/u;

/** Sentence ends ICU does not see: before a dash ("”. – Al Jazeera") and after an ellipsis character
 * followed by a capital ("was delayed… Nobody knew"), which ICU treats unlike "...". */
const MISSED_BREAK = /[.!?]["”’)\]]*\s+(?=[–—-]\s+\S)|…["”’)\]]*\s+(?=["“‘]?\p{Lu})/gu;

const HAS_WORD = /[\p{L}\p{N}]/u;
const WHITESPACE = /\s/u;

/** Splits text into trimmed sentences; each keeps its exact offsets in the source. */
export function segmentSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let pendingStart = -1;
  let pendingEnd = -1;

  for (const { segment, index } of icuSentenceSegments(text)) {
    const end = index + segment.length;
    if (pendingStart >= 0 && shouldJoin(text, pendingStart, pendingEnd, index)) {
      pendingEnd = end;
      continue;
    }
    if (pendingStart >= 0) emitSplit(text, pendingStart, pendingEnd, sentences);
    pendingStart = index;
    pendingEnd = end;
  }
  if (pendingStart >= 0) emitSplit(text, pendingStart, pendingEnd, sentences);
  return sentences;
}

function push(text: string, start: number, end: number, out: Sentence[]): void {
  const previous = out[out.length - 1];
  let paragraph = 0;
  if (previous) paragraph = previous.paragraph + (/[\n\r\u2028\u2029]/.test(text.slice(previous.end, start)) ? 1 : 0);
  out.push({ index: out.length, start, end, text: text.slice(start, end), paragraph });
}

/** Whether ICU's break between [prevStart, prevEnd) and the segment at nextStart is a false one. */
function shouldJoin(text: string, prevStart: number, prevEnd: number, nextStart: number): boolean {
  // The whitespace ICU left at the end of the previous segment: a line break there is a real break.
  let lastChar = prevEnd;
  while (lastChar > prevStart && WHITESPACE.test(text.charAt(lastChar - 1))) {
    const ch = text.charAt(lastChar - 1);
    if (ch === "\n" || ch === "\r" || ch === "\u2028" || ch === "\u2029") return false;
    lastChar--;
  }
  if (lastChar === prevStart) return false;
  // “Is it over?” she asked: a question or exclamation inside a quotation, followed by the lower-case
  // rest of the sentence, does not end it.
  if (/[?!]["”’)]*$/u.test(text.slice(Math.max(prevStart, lastChar - 4), lastChar))) return /^\p{Ll}/u.test(firstWord(text, nextStart));
  if (text.charAt(lastChar - 1) !== ".") return false;

  const raw = wordBefore(text, prevStart, lastChar - 1);
  if (raw === "") return false;
  // A list marker ("1.") opening a line stays separate; it is stripped later.
  if (/^\d+$/.test(raw)) return false;

  const lower = raw.toLowerCase();
  const nextWord = firstWord(text, nextStart);
  if (nextWord === "") return false;

  if (ALWAYS_JOIN.has(lower)) return true;
  if (JOIN_BEFORE_DIGIT.has(lower)) return /^\d/.test(nextWord);
  if (JOIN_UNLESS_STARTER.has(lower) || DOTTED_ACRONYM.test(raw + ".") || SINGLE_INITIAL.test(raw)) {
    return !SENTENCE_STARTERS.has(nextWord.toLowerCase());
  }
  return false;
}

/** The word ending just before the period at `periodAt`, without opening brackets or quotes. */
function wordBefore(text: string, lowerBound: number, periodAt: number): string {
  let wordStart = periodAt;
  while (wordStart > lowerBound && !WHITESPACE.test(text.charAt(wordStart - 1))) wordStart--;
  return text.slice(wordStart, periodAt).replace(/^[("“‘'[]+/u, "");
}

function isAbbreviation(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    ALWAYS_JOIN.has(lower) || JOIN_UNLESS_STARTER.has(lower) || DOTTED_ACRONYM.test(word + ".") || SINGLE_INITIAL.test(word)
  );
}

/** The first word of the segment starting at `from`, "" if the line ends first. */
function firstWord(text: string, from: number): string {
  let i = from;
  while (i < text.length && WHITESPACE.test(text.charAt(i))) {
    if (text.charAt(i) === "\n" || text.charAt(i) === "\r") return "";
    i++;
  }
  const match = /^[\p{L}\p{N}'’-]+/u.exec(text.slice(i, i + 40));
  return match ? match[0] : "";
}

/** Emits [start, end), split where ICU missed a break, trimmed and stripped of list markers. */
function emitSplit(text: string, start: number, end: number, out: Sentence[]): void {
  const chunk = text.slice(start, end);
  let from = start;
  MISSED_BREAK.lastIndex = 0;
  for (let m = MISSED_BREAK.exec(chunk); m !== null; m = MISSED_BREAK.exec(chunk)) {
    // "the U.S. – China talks": an abbreviation, not the end of a sentence.
    if (m[0].startsWith(".") && isAbbreviation(wordBefore(text, start, start + m.index))) continue;
    const cut = start + m.index + m[0].length;
    emitTrimmed(text, from, cut, out);
    from = cut;
  }
  emitTrimmed(text, from, end, out);
}

function emitTrimmed(text: string, start: number, end: number, out: Sentence[]): void {
  let s = start;
  let e = end;
  while (s < e && WHITESPACE.test(text.charAt(s))) s++;
  while (e > s && WHITESPACE.test(text.charAt(e - 1))) e--;
  if (s === e || BARE_MARKER.test(text.slice(s, e))) return;

  const head = text.slice(s, Math.min(e, s + 40));
  const marker = (isLineStart(text, s) ? LINE_MARKER.exec(head) : null) ?? BULLET.exec(head);
  if (marker) s += marker[0].length;
  const sentence = text.slice(s, e);
  // Stray punctuation ("—", "+1.") is not a sentence.
  if (!HAS_WORD.test(sentence)) return;
  push(text, s, e, out);
}

/** Only whitespace between the previous line break (or the start) and `at`. */
function isLineStart(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const ch = text.charAt(i);
    if (ch === "\n" || ch === "\r") return true;
    if (!WHITESPACE.test(ch)) return false;
  }
  return true;
}
