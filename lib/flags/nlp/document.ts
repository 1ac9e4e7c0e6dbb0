// The article parsed once and shared by every rule: sentences, tokens, dates, actors, quotations.
import { findActors, type ActorMention } from "./actors";
import { findDatelineDate, findDates, toUtcDay, type DateMention } from "./dates";
import { findQuotations } from "../../text/quotations";
import { segmentSentences, type Sentence } from "../../text/segment-sentences";
import { lastIndexAtOrBefore, tokenize, type Token } from "./text";

export interface ParsedDocument {
  text: string;
  sentences: Sentence[];
  tokens: Token[];
  /** Word tokens only (no punctuation), in order; `token.index` points back into `tokens`. */
  words: Token[];
  dates: DateMention[];
  actors: ActorMention[];
  /** Text ranges inside quotation marks: the words of others, which rules about the author's own prose skip. */
  quotes: Array<{ start: number; end: number }>;
  /** The publication day given by the caller, if any. */
  publishedAt: Date | null;
  /** The dateline's date, if the article opens with one. */
  datelineDate: DateMention | null;
  /** The day relative dates are resolved against: publication, else the first dated day, else today. */
  referenceDate: Date;
  wordCount: number;
  sentenceAt(offset: number): number;
  sentenceText(index: number): string;
  /** Whether the offset lies inside a quotation. */
  inQuote(offset: number): boolean;
  /** Tokens of one sentence. */
  sentenceTokens(index: number): Token[];
}

export function parseDocument(text: string, publishedAt: Date | null = null): ParsedDocument {
  const sentences = segmentSentences(text);
  const sentenceAt = (offset: number): number => Math.max(0, lastIndexAtOrBefore(sentences, offset, (s) => s.start));
  const tokens = tokenize(text);
  // Tokens are in text order, so one merge pass gives each its sentence.
  let si = 0;
  const sentenceTokenStart: number[] = new Array<number>(sentences.length).fill(tokens.length);
  const sentenceTokenEnd: number[] = new Array<number>(sentences.length).fill(tokens.length);
  for (const t of tokens) {
    while (si + 1 < sentences.length && (sentences[si + 1] as Sentence).start <= t.start) si++;
    t.sentence = si;
    if ((sentenceTokenStart[si] ?? tokens.length) > t.index) sentenceTokenStart[si] = t.index;
  }
  for (let i = 0; i < sentences.length; i++) sentenceTokenEnd[i] = i + 1 < sentences.length ? (sentenceTokenStart[i + 1] ?? tokens.length) : tokens.length;
  for (let i = sentences.length - 2; i >= 0; i--) {
    // A sentence without tokens (cannot happen after trimming, but keep ranges monotonic).
    if ((sentenceTokenStart[i] ?? 0) > (sentenceTokenEnd[i] ?? 0)) sentenceTokenStart[i] = sentenceTokenEnd[i] ?? 0;
  }
  const words = tokens.filter((t) => t.isWord);
  const published = publishedAt ? toUtcDay(publishedAt) : null;
  const { dates, reference } = findDates(text, published, sentenceAt);
  const quotes = findQuotations(text);
  const actors = findActors(text, tokens);
  return {
    text,
    sentences,
    tokens,
    words,
    dates,
    actors,
    quotes,
    publishedAt: published,
    datelineDate: findDatelineDate(text, dates),
    referenceDate: reference,
    wordCount: words.length,
    sentenceAt,
    sentenceText: (index) => {
      const s = sentences[index];
      return s ? text.slice(s.start, s.end) : "";
    },
    inQuote: (offset) => {
      const i = lastIndexAtOrBefore(quotes, offset, (q) => q.start);
      const q = i >= 0 ? quotes[i] : undefined;
      return q !== undefined && offset < q.end;
    },
    sentenceTokens: (index) => tokens.slice(sentenceTokenStart[index] ?? 0, sentenceTokenEnd[index] ?? 0),
  };
}
