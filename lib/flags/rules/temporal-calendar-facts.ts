// A named day or period that the calendar contradicts, read with the article's own year: "Monday, April
// 22" in 2025 (a Tuesday), "Thursday, the Fourth of July" in 2025 (a Friday), offices "closed for the
// Memorial Day holiday" on a Monday in February, "the third quarter … April through June", "This
// summer's flu season has become …" in February.
import type { DetectedFlag } from "../flag-kinds";
import {
  HOLIDAYS, HOLIDAY_SRC, MONTH_NAMES, MONTH_SRC, ORDINAL_QUARTER, WEEKDAYS, monthIndex, nearestSeason, quarterMonths, resolveWeekday, seasonOf, weekdayIndex,
} from "../nlp/calendar";
import { daysBetween, formatDate } from "../nlp/dates";
import type { ParsedDocument } from "../nlp/document";
import { quote } from "../nlp/text";
import { tenseOf } from "../nlp/timeline";
import { makeFlag, type FlagRule } from "./types";

const WEEKDAY_BEFORE_RE = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?$/;
const WEEKDAY_AFTER_RE = /^,?\s+(?:a|which (?:is|was|falls on|fell on) a|on a)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const HOLIDAY_RE = new RegExp(`\\b(${HOLIDAY_SRC})\\b`, "gi");
const WEEKDAY_RE = /\b(?:on|this|last|next|until|by|before|since)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
const QUARTER_RE = /\b(?:(fiscal)\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter\b|\b(Q[1-4])\b/gi;
const MONTH_RANGE_RE = new RegExp(`\\b(${MONTH_SRC})\\s*(?:through|to|-|–|and)\\s*(${MONTH_SRC})\\b`, "g");
const THIS_SEASON_RE = /\b(?:this|this year's|this past)\s+(winter|spring|summer|fall|autumn)\b|\b[Tt]his\s+(winter|spring|summer|fall|autumn)['’]s\b/g;
const QUARTER_EDGE_RE = new RegExp(`\\b(?:which|that)?\\s*(ended|ends|ending|closed|closes|finished|concluded|began|begins|beginning|started|starts|opened|through)\\s+(?:in\\s+|on\\s+)?(?:(?:early|mid|late|mid-)\\s*)?(${MONTH_SRC})\\b`, "i");
// "the winter month of July", "July, the height of summer": a month told as part of a season.
const SEASON_MONTH_RE = new RegExp(`\\b(winter|spring|summer|autumn|fall)\\s+months?\\s+of\\s+(${MONTH_SRC})|\\b(${MONTH_SRC})(?:\\s+\\d{4})?,?\\s+(?:in\\s+)?(?:the\\s+)?(?:height|depth|dead|middle|peak|heart)\\s+of\\s+(?:the\\s+)?(winter|spring|summer|autumn|fall)\\b`, "g");
// Months that belong to a season in the north, counting the astronomical edges (winter runs to March 20).
const SEASON_OF_MONTH: Readonly<Record<string, readonly number[]>> = { winter: [11, 0, 1, 2], spring: [2, 3, 4, 5], summer: [5, 6, 7, 8], autumn: [8, 9, 10, 11] };
const SOUTHERN_RE = /\b(?:southern hemisphere|Australia|New Zealand|Argentina|Chile|South Africa|Brazil|Uruguay|Antarctic|Antarctica|Sydney|Melbourne|Buenos Aires|Santiago|Cape Town|Johannesburg|Auckland|Wellington)\b/i;
const PAST_PERFECT_RE = /\b(?:has|have|had|was|were|became|has become|saw|brought|ended|began|started|proved)\b/i;

function weekdayFlags(doc: ParsedDocument, out: DetectedFlag[]): void {
  for (const d of doc.dates) {
    if (d.granularity !== "day") continue;
    const before = WEEKDAY_BEFORE_RE.exec(doc.text.slice(Math.max(0, d.start - 14), d.start));
    const after = WEEKDAY_AFTER_RE.exec(doc.text.slice(d.end, d.end + 30));
    const m = before ?? after;
    if (!m || m[1] === undefined) continue;
    const said = weekdayIndex(m[1]);
    const actual = d.date.getUTCDay();
    if (said === actual) continue;
    const at = before ? d.start - (doc.text.slice(Math.max(0, d.start - 14), d.start).length - before.index) : d.end + (after?.index ?? 0);
    const yearNote = d.yearExplicit ? "" : ` (the year taken from the article's date, ${d.date.getUTCFullYear()})`;
    out.push(
      makeFlag(temporalCalendarFacts, doc, `${quote(d.text)} was a ${WEEKDAYS[actual]}${yearNote}, not a ${m[1]}.`, [
        [Math.min(at, d.start), Math.max(d.end, at + m[0].length)],
      ]),
    );
  }
}

function holidayFlags(doc: ParsedDocument, out: DetectedFlag[]): void {
  HOLIDAY_RE.lastIndex = 0;
  for (let m = HOLIDAY_RE.exec(doc.text); m !== null; m = HOLIDAY_RE.exec(doc.text)) {
    const name = (m[1] ?? "").toLowerCase().replace(/’/g, "'");
    const dateOf = HOLIDAYS[name];
    if (!dateOf) continue;
    const si = doc.sentenceAt(m.index);
    const s = doc.sentences[si];
    if (!s) continue;
    const reference = doc.publishedAt ?? doc.datelineDate?.date ?? doc.referenceDate;
    // The day the sentence puts the holiday on: a weekday right before it ("Friday, the Fourth of July"), else a weekday of the sentence.
    const before = WEEKDAY_BEFORE_RE.exec(doc.text.slice(Math.max(s.start, m.index - 14), m.index));
    let weekday: string | null = before?.[1] ?? null;
    let weekdayAt = before ? m.index - (doc.text.slice(Math.max(s.start, m.index - 14), m.index).length - before.index) : -1;
    if (!weekday) {
      WEEKDAY_RE.lastIndex = 0;
      const w = WEEKDAY_RE.exec(s.text);
      if (w && w[1] !== undefined && !/\bholidays?\b/.test(s.text.slice(0, 0))) {
        weekday = w[1];
        weekdayAt = s.start + w.index + w[0].indexOf(w[1]);
      }
    }
    const candidates = [reference.getUTCFullYear() - 1, reference.getUTCFullYear(), reference.getUTCFullYear() + 1].map(dateOf);
    const holiday = candidates.reduce((a, b) => (Math.abs(daysBetween(b, reference)) < Math.abs(daysBetween(a, reference)) ? b : a));
    if (weekday && before) {
      // "Thursday, the Fourth of July": the weekday of that date.
      if (weekdayIndex(weekday) !== holiday.getUTCDay()) {
        out.push(makeFlag(temporalCalendarFacts, doc, `${quote(m[1] ?? "")} fell on a ${WEEKDAYS[holiday.getUTCDay()]} in ${holiday.getUTCFullYear()} (${formatDate(holiday)}), not a ${weekday}.`, [[weekdayAt, m.index + m[0].length]]));
      }
      continue;
    }
    if (!weekday) continue;
    const tense = tenseOf(doc, { start: m.index, end: m.index + m[0].length, text: m[0], date: reference, granularity: "day", yearExplicit: false, sentence: si }).tense;
    const day = resolveWeekday(weekdayIndex(weekday), reference, tense);
    if (Math.abs(daysBetween(day, holiday)) <= 3) continue;
    out.push(
      makeFlag(temporalCalendarFacts, doc, `${quote(m[1] ?? "")} is ${formatDate(holiday)}, but the sentence puts it on ${weekday}, ${formatDate(day)}, by the article's date.`, [
        [m.index, m.index + m[0].length],
        [weekdayAt, weekdayAt + weekday.length],
      ]),
    );
  }
}

function quarterFlags(doc: ParsedDocument, out: DetectedFlag[]): void {
  QUARTER_RE.lastIndex = 0;
  for (let q = QUARTER_RE.exec(doc.text); q !== null; q = QUARTER_RE.exec(doc.text)) {
    const n = ORDINAL_QUARTER[(q[2] ?? q[3] ?? "").toLowerCase()];
    if (n === undefined) continue;
    const si = doc.sentenceAt(q.index);
    // A fiscal quarter follows the company's year; calendar months only bind a calendar quarter.
    const window = [doc.sentences[si - 1], doc.sentences[si], doc.sentences[si + 1]].filter((s) => s !== undefined);
    if (q[1] || window.some((s) => /\bfiscal\b/i.test(s.text))) continue;
    // "… was down from 3.1 percent in the second quarter": a comparison's base, not the period described.
    if (/\b(?:from|than|compared with|versus|over)\b[^;]{0,40}$/i.test(doc.text.slice(Math.max(0, q.index - 45), q.index))) continue;
    const [first, last] = quarterMonths(n);
    // "The first quarter, which ended in June": the month the quarter is said to begin or end in.
    const own = doc.sentences[si];
    if (own) {
      const tail = doc.text.slice(q.index + q[0].length, Math.min(own.end, q.index + q[0].length + 60));
      const edge = QUARTER_EDGE_RE.exec(tail);
      if (edge && !/\b(?:quarter|year|period)\b/i.test(tail.slice(0, edge.index))) {
        const month = monthIndex(edge[2] ?? "");
        const ends = /^(?:end|clos|finish|conclud|through)/i.test(edge[1] ?? "");
        const want = ends ? last : first;
        if (month >= 0 && month !== want) {
          const at = q.index + q[0].length + edge.index;
          out.push(
            makeFlag(temporalCalendarFacts, doc, `A calendar ${q[0]} ${ends ? "ends in" : "begins in"} ${MONTH_NAMES[want]}, not ${MONTH_NAMES[month]}, and the article does not call it a fiscal quarter.`, [
              [at, at + edge[0].length],
              [q.index, q.index + q[0].length],
            ]),
          );
          continue;
        }
      }
    }
    for (const s of window) {
      MONTH_RANGE_RE.lastIndex = 0;
      for (let r = MONTH_RANGE_RE.exec(s.text); r !== null; r = MONTH_RANGE_RE.exec(s.text)) {
        const a = monthIndex(r[1] ?? "");
        const b = monthIndex(r[2] ?? "");
        if (a < 0 || b < 0 || (b - a + 12) % 12 !== 2) continue; // only three-month spans are quarters
        if (a === first && b === last) continue;
        const at = s.start + r.index;
        out.push(
          makeFlag(temporalCalendarFacts, doc, `The ${q[0]} runs from ${MONTH_NAMES[first]} through ${MONTH_NAMES[last]}, not ${quote(r[0])}.`, [
            [at, at + r[0].length],
            [q.index, q.index + q[0].length],
          ]),
        );
      }
    }
  }
}

function seasonFlags(doc: ParsedDocument, out: DetectedFlag[]): void {
  const reference = doc.publishedAt ?? doc.datelineDate?.date;
  if (!reference) return;
  THIS_SEASON_RE.lastIndex = 0;
  for (let m = THIS_SEASON_RE.exec(doc.text); m !== null; m = THIS_SEASON_RE.exec(doc.text)) {
    const season = seasonOf(m[1] ?? m[2] ?? "");
    if (!season || doc.inQuote(m.index)) continue;
    const s = doc.sentences[doc.sentenceAt(m.index)];
    if (!s) continue;
    const { start, end } = nearestSeason(season, reference);
    // The season's own verb comes after it ("This summer's flu season has become …"), up to a comma.
    const after = doc.text.slice(m.index + m[0].length, Math.min(s.end, m.index + 80));
    const clause = after.split(",")[0] ?? "";
    // Told as under way or past: the season must have begun by the article's date.
    const told = PAST_PERFECT_RE.test(clause) ? "past" : "any";
    const tooEarly = daysBetween(reference, start) > (told === "past" ? 7 : 200);
    const tooLate = daysBetween(end, reference) > 45;
    if (!tooEarly && !tooLate) continue;
    out.push(
      makeFlag(temporalCalendarFacts, doc, `${quote(m[0])} does not fit an article dated ${formatDate(reference)}: that ${season} runs from ${formatDate(start)} to ${formatDate(end)}.`, [
        [m.index, m.index + m[0].length],
      ]),
    );
  }
}

/** "the winter month of July": a month that is not in the season named, read in the northern hemisphere unless the article places itself in the south. */
function seasonMonthFlags(doc: ParsedDocument, out: DetectedFlag[]): void {
  const southern = SOUTHERN_RE.test(doc.text);
  SEASON_MONTH_RE.lastIndex = 0;
  for (let m = SEASON_MONTH_RE.exec(doc.text); m !== null; m = SEASON_MONTH_RE.exec(doc.text)) {
    if (doc.inQuote(m.index)) continue;
    const season = seasonOf(m[1] ?? m[4] ?? "");
    const month = monthIndex(m[2] ?? m[3] ?? "");
    if (!season || month < 0) continue;
    const months = SEASON_OF_MONTH[season] ?? [];
    // Stated in the south, either hemisphere's reading is accepted.
    if (months.includes(month) || (southern && months.includes((month + 6) % 12))) continue;
    out.push(
      makeFlag(temporalCalendarFacts, doc, `${MONTH_NAMES[month]} is not a ${season} month in the northern hemisphere${southern ? " or the southern" : ", and the article places itself in no southern country"}.`, [[m.index, m.index + m[0].length]]),
    );
  }
}

export const temporalCalendarFacts: FlagRule = {
  id: "temporal.calendar",
  kind: "temporal_inconsistency",
  severity: "medium",
  defersToEarlierRules: true,
  description: "A weekday, holiday, quarter or season that the calendar contradicts for the date the article gives it.",
  detect(doc) {
    const flags: DetectedFlag[] = [];
    weekdayFlags(doc, flags);
    holidayFlags(doc, flags);
    quarterFlags(doc, flags);
    seasonFlags(doc, flags);
    seasonMonthFlags(doc, flags);
    return flags;
  },
};
