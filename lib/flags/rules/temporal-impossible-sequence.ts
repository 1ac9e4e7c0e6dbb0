// A relative expression that contradicts the dates around it: "came just four weeks before Xi's
// impending inauguration on January 20, 2025" said of a summit on October 30, 2025 — after the date it
// is said to precede — or "four weeks later, on March 3" when the event it follows was on March 1.
import type { DetectedFlag } from "../flag-kinds";
import { addDays, daysBetween, formatDate, type DateMention } from "../nlp/dates";
import type { ParsedDocument } from "../nlp/document";
import type { Sentence } from "../../text/segment-sentences";
import { findRelativeExpressions, intervalDays, type RelativeExpression } from "../nlp/timeline";
import { quote } from "../nlp/text";
import { makeFlag, type FlagRule } from "./types";

const TARGET_WINDOW = 90; // characters from "… before" to the date of the event it names
const NEAR_WINDOW = 70;
// A clause whose subject points back to events already told ("These events … came four weeks before …").
const BACK_REFERENCE_RE = /^(?:\W*)(?:these|this|that|those|it|they|the (?:meeting|summit|talks|event|events|deal|agreement|vote|decision|announcement|ruling|move|visit|truce|ceasefire|attack|election|match|launch))\b/i;
const SENTENCES_BACK = 3;

function dayDates(doc: ParsedDocument): DateMention[] {
  return doc.dates.filter((d) => d.granularity === "day");
}

/** The nearest day-level date told before `offset`: in the same sentence, else up to three sentences back. */
function previousDate(dates: readonly DateMention[], offset: number, sentence: number, exclude: DateMention | null): DateMention | null {
  let best: DateMention | null = null;
  for (const d of dates) {
    if (d.start >= offset) break;
    if (d === exclude || d.sentence < sentence - SENTENCES_BACK) continue;
    best = d;
  }
  return best;
}

export const temporalImpossibleSequence: FlagRule = {
  id: "temporal.sequence",
  kind: "temporal_inconsistency",
  severity: "high",
  description: "A relative time expression ('four weeks before', 'two days later', 'a year ago') that does not fit the dates it relates.",
  detect(doc) {
    const dates = dayDates(doc);
    if (dates.length === 0) return [];
    const flags: DetectedFlag[] = [];
    for (const r of findRelativeExpressions(doc)) {
      const s = doc.sentences[r.sentence];
      if (!s) continue;
      let flag: DetectedFlag | null = null;
      if (r.direction === "before" || r.direction === "after") flag = checkBeforeAfter(doc, dates, r, s);
      else if (r.direction === "later" || r.direction === "earlier") flag = checkLaterEarlier(doc, dates, r, s);
      else if (doc.publishedAt) flag = checkAgo(doc, doc.publishedAt, dates, r, s);
      if (flag) flags.push(flag);
    }
    return flags;
  },
};

/** "four weeks before the inauguration on January 20, 2025": the event qualified must be four weeks before that date. */
function checkBeforeAfter(doc: ParsedDocument, dates: readonly DateMention[], r: RelativeExpression, s: Sentence): DetectedFlag | null {
  const { text } = doc;
  // The event named after "before"/"after", with its date.
  const target = dates.find((d) => d.start >= r.end && d.start - r.end <= TARGET_WINDOW && d.end <= s.end);
  if (!target) return null;
  // "Four days before the vote on March 9, the mayor resigned on March 5": the qualified event comes after.
  const fronted = !/\w{3,}/.test(text.slice(s.start, r.start).replace(/\b(?:just|only|nearly|almost|about|some|roughly|exactly)\b/gi, ""));
  let anchor: DateMention | null;
  if (fronted) anchor = dates.find((d) => d.start >= target.end && d.end <= s.end) ?? null;
  else {
    anchor = previousDate(dates, r.start, r.sentence, target);
    // Outside the sentence, only a subject that refers back to told events takes the earlier date.
    if (anchor && anchor.sentence !== r.sentence && !BACK_REFERENCE_RE.test(text.slice(s.start, r.start))) anchor = null;
  }
  if (!anchor) return null;
  const sign = r.direction === "before" ? -1 : 1;
  const delta = daysBetween(target.date, anchor.date);
  const wrongSide = sign * delta < 0;
  const span = intervalDays(r);
  const expected = span ? addDays(target.date, Math.round(sign * span.days)) : null;
  if (!wrongSide && !(span && expected && Math.abs(daysBetween(expected, anchor.date)) > span.tolerance)) return null;
  const around = expected ? `around ${formatDate(expected)}` : `${r.direction} it`;
  const why = wrongSide
    ? r.direction === "before" ? "after the date it is said to precede" : "before the date it is said to follow"
    : `${Math.abs(delta)} days ${delta < 0 ? "before" : "after"} it`;
  return makeFlag(
    temporalImpossibleSequence,
    doc,
    `${quote(r.text)} ${quote(target.text)} would put the event it qualifies ${around}, but that event is dated ${quote(anchor.text)}, ${why}.`,
    [[target.start, target.end], [r.start, r.end], [anchor.start, anchor.end]],
    wrongSide ? "high" : "medium",
  );
}

/** "Nine days later, on September 20": the date must be nine days after the event told just before. */
function checkLaterEarlier(doc: ParsedDocument, dates: readonly DateMention[], r: RelativeExpression, s: Sentence): DetectedFlag | null {
  // The date of this clause's event sits next to the expression ("two weeks later, on March 17").
  const after = dates.find((d) => d.start >= r.end && d.start - r.end <= NEAR_WINDOW && d.end <= s.end);
  let before: DateMention | undefined;
  for (const d of dates) if (d.end <= r.start && r.start - d.end <= NEAR_WINDOW && d.start >= s.start) before = d;
  const target = after ?? before;
  if (!target) return null;
  const anchor = previousDate(dates, Math.min(r.start, target.start), r.sentence, target);
  if (!anchor) return null;
  const sign = r.direction === "later" ? 1 : -1;
  const delta = daysBetween(anchor.date, target.date);
  const wrongSide = sign * delta < 0;
  const span = intervalDays(r);
  const expected = span ? addDays(anchor.date, Math.round(sign * span.days)) : null;
  if (!wrongSide && !(span && expected && Math.abs(daysBetween(expected, target.date)) > span.tolerance)) return null;
  const gap = `${Math.abs(delta)} days ${delta < 0 ? "before" : "after"} it`;
  const explanation =
    wrongSide || !expected
      ? `${quote(r.text)} dates this event ${r.direction === "later" ? "after" : "before"} the one told before it (${quote(anchor.text)}), but it is given as ${quote(target.text)}, ${gap}.`
      : `${quote(r.text)} than ${quote(anchor.text)} would be about ${formatDate(expected)}, but the text gives ${quote(target.text)}, ${gap}.`;
  return makeFlag(temporalImpossibleSequence, doc, explanation, [[target.start, target.end], [r.start, r.end], [anchor.start, anchor.end]], wrongSide ? "high" : "medium");
}

/** "three weeks ago, on March 30": counted back from the publication date. */
function checkAgo(doc: ParsedDocument, published: Date, dates: readonly DateMention[], r: RelativeExpression, s: Sentence): DetectedFlag | null {
  const target = dates.find((d) => d.start >= r.end && d.start - r.end <= NEAR_WINDOW && d.end <= s.end);
  if (!target) return null;
  const span = intervalDays(r);
  const sign = r.direction === "ago" ? -1 : 1;
  const wrongSide = sign * daysBetween(published, target.date) < 0;
  const expected = span ? addDays(published, Math.round(sign * span.days)) : null;
  if (!wrongSide && !(span && expected && Math.abs(daysBetween(expected, target.date)) > span.tolerance)) return null;
  return makeFlag(
    temporalImpossibleSequence,
    doc,
    `${quote(r.text)} counted from publication on ${formatDate(published)} gives ${expected ? `about ${formatDate(expected)}` : `a date ${r.direction === "ago" ? "before" : "after"} it`}, but the text gives ${quote(target.text)}.`,
    [[target.start, target.end], [r.start, r.end]],
    wrongSide ? "high" : "medium",
  );
}
