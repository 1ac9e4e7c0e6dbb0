// Sentence split: Intl.Segmenter (ICU rules, fast) with its known weakness repaired — it ends a
// sentence after every abbreviation ("Mr. | Smith", "Oct. | 30", "The U.S. | President").
export interface Sentence {
  index: number;
  /** Offsets of the trimmed sentence in the article text. */
  start: number;
  end: number;
  paragraph: number;
}

// Abbreviations that are never the end of a sentence in news copy.
const ALWAYS_JOIN = new Set(
  "mr mrs ms dr st mt ft gen sen sens rep reps gov lt col capt cmdr sgt maj adm prof rev hon messrs no nos vs v jan feb mar apr jun jul aug sep sept oct nov dec fig approx est".split(" "),
);
// Abbreviations that may end a sentence ("… in the U.S.") — join only when what follows does not look like a new sentence.
const MAYBE_JOIN = new Set("u.s u.k u.n e.u d.c a.m p.m inc corp co ltd jr sr bros etc al".split(" "));
const SENTENCE_STARTERS = new Set(
  (
    "the a an it he she they we i you this that these those but and or in on at for as if when while after before " +
    "its his her their our there some many most other however meanwhile still yet so not no such one two three " +
    "what who why how where during since although though despite because by with from officials analysts"
  ).split(" "),
);

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

function endsWithAbbreviation(segment: string): { word: string } | null {
  const m = /(?:^|[\s(“"'])((?:[A-Za-z]\.){1,}[A-Za-z]?|[A-Za-z]+)\.\s*$/.exec(segment);
  if (!m || m[1] === undefined) return null;
  return { word: m[1].toLowerCase().replace(/\.$/, "") };
}

function looksLikeContinuation(next: string): boolean {
  const m = /^\s*([\p{L}\p{N}]+)/u.exec(next);
  if (!m || m[1] === undefined) return false;
  const word = m[1];
  if (/^[\p{Ll}\p{N}]/u.test(word)) return true;
  return !SENTENCE_STARTERS.has(word.toLowerCase());
}

export function splitSentences(text: string): Sentence[] {
  const raw: Array<{ start: number; end: number }> = [];
  for (const seg of segmenter.segment(text)) {
    const start = seg.index;
    const end = seg.index + seg.segment.length;
    const prev = raw[raw.length - 1];
    if (prev && !/\n/.test(text.slice(prev.start, prev.end))) {
      const abbr = endsWithAbbreviation(text.slice(prev.start, prev.end));
      if (abbr && (ALWAYS_JOIN.has(abbr.word) || (MAYBE_JOIN.has(abbr.word) && looksLikeContinuation(seg.segment)))) {
        prev.end = end;
        continue;
      }
    }
    raw.push({ start, end });
  }
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let lastEnd = 0;
  for (const r of raw) {
    let s = r.start;
    let e = r.end;
    while (s < e && /\s/.test(text.charAt(s))) s++;
    while (e > s && /\s/.test(text.charAt(e - 1))) e--;
    if (s >= e) continue;
    // A blank line or a line break between two sentences starts a new paragraph.
    if (sentences.length > 0 && /\n/.test(text.slice(lastEnd, s))) paragraph++;
    sentences.push({ index: sentences.length, start: s, end: e, paragraph });
    lastEnd = e;
  }
  return sentences;
}
