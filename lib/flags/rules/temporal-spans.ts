// A duration that the dates it spans contradict, and an interval that ends before it starts: "lasted five
// weeks, from June 2 to June 20", "for 14 years, from 2005 until 2023", "began the recount on Nov. 12
// and had until Nov. 5", "about an hour after landfall, at 11:45 p.m." when landfall was at 8:15 p.m.,
// "came eight years after his brother won in 2012" in a 2025 story.
import type { DetectedFlag } from "../flag-kinds";
import { monthIndex } from "../nlp/calendar";
import { daysBetween, type DateMention } from "../nlp/dates";
import type { ParsedDocument } from "../nlp/document";
import { parseNumber, quote } from "../nlp/text";
import { makeFlag, type FlagRule, type Range } from "./types";

const NUM = "\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|several|a few|a couple of";
const DURATION_RE = new RegExp(
  `\\b(?:(nearly|almost|about|around|roughly|some|more than|over|less than|under|just over|just under|at least)\\s+)?(${NUM})[- ](days?|weeks?|months?|years?|decades?)\\b`,
  "gi",
);
const UNIT_DAYS: Readonly<Record<string, number>> = { day: 1, week: 7, month: 30.44, year: 365.25, decade: 3652.5 };
const YEAR_RE = /\b(19\d\d|20\d\d)\b/g;
const START_CUE_RE = /\b(?:began|begin|begins|started|start|starts|opened|launched|from|between|since)\b/i;
const END_CUE_RE = /\b(?:until|till|through|to|and|ended|ending|end|ends|finished|closed|by|deadline|had until)\b/i;
const CLOCK_RE = /\b(\d{1,2})(?::(\d\d))?\s*(a\.m\.|p\.m\.|am\b|pm\b)/gi;
const OFFSET_RE = /\b(?:(about|around|roughly|nearly|almost|some|just|more than|less than|within)\s+)?(an?|one|two|three|four|five|six|\d+|half an?)\s+(minutes?|hours?)\s+(after|before|later|earlier)\s+(?:the\s+)?([a-z]+)?/gi;
const CAME_AFTER_RE = /\b(?:came|comes|come|arrived|arrives|followed|follows)\s+(?:(nearly|almost|about|more than|just over|some)\s+)?(\w+)\s+(years?|months?|weeks?|days?)\s+(after|before)\b/gi;

const RANGE_IN_DATE_RE = /(\s*(?:to|through|until|till|-|–)\s*)(?:(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)\s+)?(\d{1,2})(?:,?\s*\d{4})?$/;

interface Point {
  start: number;
  end: number;
  /** First day (UTC) and last day it may stand for (a year spans 365 days). */
  from: Date;
  to: Date;
  year: boolean;
}

function pointsOf(doc: ParsedDocument, sentence: number): Point[] {
  const s = doc.sentences[sentence];
  if (!s) return [];
  const pts: Point[] = [];
  for (const d of doc.dates.filter((x: DateMention) => x.sentence === sentence)) {
    // A range read as one date ("June 2 to June 20", "Sept. 16-17") is two points.
    const r = RANGE_IN_DATE_RE.exec(d.text);
    if (r && r[3] !== undefined && d.granularity === "day") {
      const month = r[2] ? monthIndex(r[2]) : d.date.getUTCMonth();
      const secondAt = d.start + r.index + (r[1]?.length ?? 0);
      pts.push({ start: d.start, end: d.start + r.index, from: d.date, to: d.date, year: false });
      const second = new Date(Date.UTC(d.date.getUTCFullYear(), month, Number(r[3])));
      pts.push({ start: secondAt, end: d.end, from: second, to: second, year: false });
      continue;
    }
    pts.push({ start: d.start, end: d.end, from: d.date, to: d.granularity === "month" ? new Date(Date.UTC(d.date.getUTCFullYear(), d.date.getUTCMonth() + 1, 0)) : d.date, year: false });
  }
  YEAR_RE.lastIndex = 0;
  for (let m = YEAR_RE.exec(s.text); m !== null; m = YEAR_RE.exec(s.text)) {
    const at = s.start + m.index;
    if (pts.some((p) => p.start <= at && at < p.end)) continue;
    if (/[$€£]\s?$|\d[,.]$/.test(s.text.slice(Math.max(0, m.index - 2), m.index))) continue;
    const y = Number(m[1]);
    pts.push({ start: at, end: at + 4, from: new Date(Date.UTC(y, 0, 1)), to: new Date(Date.UTC(y, 11, 31)), year: true });
  }
  return pts.sort((a, b) => a.start - b.start);
}

function amountOf(word: string): number | null {
  const w = word.toLowerCase();
  if (w === "a" || w === "an") return 1;
  if (/several|few|couple/.test(w)) return null;
  return parseNumber(w);
}

/** Whether a span of `days` (between bounds lo..hi) fits "N units" with its hedge. */
function durationFits(lo: number, hi: number, n: number, unit: string, hedge: string): boolean {
  const u = UNIT_DAYS[unit] ?? 1;
  const target = n * u;
  // Counting either end in or out, and units written loosely ("three weeks" for 18 days).
  const slack = unit === "day" ? 1 : unit === "week" ? 4 : unit === "month" ? 16 : unit === "year" ? 183 : 1000;
  if (/more than|over|at least|just over/.test(hedge)) return hi >= target - (unit === "day" ? 1 : 0);
  if (/less than|under|just under/.test(hedge)) return lo <= target;
  if (/nearly|almost/.test(hedge)) return lo <= target + 1 && hi >= target - Math.max(slack * 2, target * 0.2);
  if (/about|around|roughly|some/.test(hedge)) return lo <= target + Math.max(slack * 1.5, target * 0.2) && hi >= target - Math.max(slack * 1.5, target * 0.2);
  return lo <= target + slack && hi >= target - slack;
}

function spanFlags(doc: ParsedDocument, out: DetectedFlag[]): void {
  for (const s of doc.sentences) {
    if (!/\d/.test(s.text)) continue;
    const pts = pointsOf(doc, s.index);
    // An interval: two time points, the first with a start cue before it, the second with an end cue.
    let interval: [Point, Point] | null = null;
    for (let i = 0; i + 1 < pts.length && !interval; i++) {
      const a = pts[i] as Point;
      const b = pts[i + 1] as Point;
      const beforeA = doc.text.slice(Math.max(s.start, a.start - 40), a.start);
      const between = doc.text.slice(a.end, b.start);
      if (between.length > 70 || a.year !== b.year) continue;
      if (!START_CUE_RE.test(beforeA) || !END_CUE_RE.test(between)) continue;
      if (/\bor\b|,\s*(?:and|while)\b/.test(between) && !/\buntil|through|had until|ended\b/.test(between)) continue;
      interval = [a, b];
    }
    if (!interval) continue;
    const [a, b] = interval;
    const ranges: Range[] = [[a.start, b.end]];
    if (b.to < a.from) {
      out.push(makeFlag(temporalSpans, doc, `The interval ends (${quote(doc.text.slice(b.start, b.end))}) before it starts (${quote(doc.text.slice(a.start, a.end))}).`, [[b.start, b.end], [a.start, a.end]]));
      continue;
    }
    DURATION_RE.lastIndex = 0;
    for (let m = DURATION_RE.exec(s.text); m !== null; m = DURATION_RE.exec(s.text)) {
      const at = s.start + m.index;
      const n = amountOf(m[2] ?? "");
      if (n === null || Math.abs(at - a.start) > 120) continue;
      // "a 10-year contract from 2020": the duration of something else; only durations linked to the interval count.
      const link = doc.text.slice(Math.min(at + m[0].length, a.start), Math.max(at, a.start));
      if (link.length > 60 || /\b(?:ago|later|earlier|after|before|old)\b/.test(doc.text.slice(at + m[0].length, at + m[0].length + 8))) continue;
      const unit = (m[3] ?? "").toLowerCase().replace(/s$/, "");
      const lo = daysBetween(a.to, b.from);
      const hi = daysBetween(a.from, b.to) + 1;
      // "a three-day festival from June 7 to June 10": an event named by its days counts both ends.
      const attributive = unit === "day" && !m[1] && !a.year && m[0].includes("-") && a.from.getTime() === a.to.getTime() && b.from.getTime() === b.to.getTime();
      if (attributive ? n === hi : durationFits(lo, hi, n, unit, (m[1] ?? "").toLowerCase())) continue;
      const days = daysBetween(a.from, b.from);
      if (attributive) {
        out.push(makeFlag(temporalSpans, doc, `From ${quote(doc.text.slice(a.start, a.end))} to ${quote(doc.text.slice(b.start, b.end))} is ${hi} days counting both, not ${quote(m[0])}.`, [[at, at + m[0].length], ...ranges]));
        continue;
      }
      const told = a.year ? `${Math.round(days / 365.25)} years` : days >= 60 ? `about ${Math.round(days / 30.44)} months` : days >= 14 ? `${days} days, about ${Math.round(days / 7)} weeks` : `${days} days`;
      out.push(makeFlag(temporalSpans, doc, `From ${quote(doc.text.slice(a.start, a.end))} to ${quote(doc.text.slice(b.start, b.end))} is ${told}, not ${quote(m[0])}.`, [[at, at + m[0].length], ...ranges]));
    }
  }
}

function minutesOf(m: RegExpExecArray): number {
  let h = Number(m[1]) % 12;
  if (/p/i.test(m[3] ?? "")) h += 12;
  return h * 60 + Number(m[2] ?? 0);
}

/** "about an hour after landfall, at 11:45 p.m.": the offset against the event's own time given elsewhere. */
function clockFlags(doc: ParsedDocument, out: DetectedFlag[]): void {
  OFFSET_RE.lastIndex = 0;
  for (let o = OFFSET_RE.exec(doc.text); o !== null; o = OFFSET_RE.exec(doc.text)) {
    const event = (o[5] ?? "").toLowerCase();
    if (event.length < 4 || !/after|before/.test(o[4] ?? "")) continue;
    const s = doc.sentences[doc.sentenceAt(o.index)];
    if (!s) continue;
    CLOCK_RE.lastIndex = 0;
    const tail = doc.text.slice(o.index, s.end);
    const t = CLOCK_RE.exec(tail);
    if (!t || t.index > o[0].length + 20) continue;
    // The event's time: a clock time in another sentence that names the event (or its verb, "came ashore" for landfall).
    let eventTime: { minutes: number; start: number; end: number } | null = null;
    for (const other of doc.sentences) {
      if (other.index === s.index || !other.text.toLowerCase().includes(event.slice(0, 5))) continue;
      CLOCK_RE.lastIndex = 0;
      const e = CLOCK_RE.exec(other.text);
      if (e) {
        eventTime = { minutes: minutesOf(e), start: other.start + e.index, end: other.start + e.index + e[0].length };
        break;
      }
    }
    if (!eventTime) {
      // The lede's time: the first clock time of the article, when the event is what it reports.
      const lede = doc.sentences.slice(0, 3).find((x) => x.index !== s.index && (CLOCK_RE.lastIndex = 0, CLOCK_RE.test(x.text)));
      if (lede) {
        CLOCK_RE.lastIndex = 0;
        const e = CLOCK_RE.exec(lede.text);
        if (e) eventTime = { minutes: minutesOf(e), start: lede.start + e.index, end: lede.start + e.index + e[0].length };
      }
    }
    if (!eventTime) continue;
    const word = (o[2] ?? "").toLowerCase();
    const n = /half/.test(word) ? 0.5 : (amountOf(word) ?? NaN);
    if (!Number.isFinite(n)) continue;
    const stated = n * (/hour/i.test(o[3] ?? "") ? 60 : 1) * (/before/.test(o[4] ?? "") ? -1 : 1);
    const actual = ((minutesOf(t) - eventTime.minutes + 36 * 60) % (24 * 60)) - 12 * 60;
    const tolerance = o[1] ? Math.max(20, Math.abs(stated) * 0.5) : Math.max(10, Math.abs(stated) * 0.25);
    if (Math.abs(actual - stated) <= tolerance) continue;
    const at = o.index + t.index;
    out.push(
      makeFlag(temporalSpans, doc, `${quote(t[0])} is ${Math.abs(actual)} minutes ${actual >= 0 ? "after" : "before"} ${quote(doc.text.slice(eventTime.start, eventTime.end))}, not ${quote(o[0].trim())}.`, [
        [o.index, at + t[0].length],
        [eventTime.start, eventTime.end],
      ]),
    );
  }
}

/** "Korir's victory came eight years after his brother won the race in 2012", in a 2025 story. */
function cameAfterFlags(doc: ParsedDocument, out: DetectedFlag[]): void {
  const reference = doc.publishedAt ?? doc.datelineDate?.date;
  if (!reference) return;
  CAME_AFTER_RE.lastIndex = 0;
  for (let m = CAME_AFTER_RE.exec(doc.text); m !== null; m = CAME_AFTER_RE.exec(doc.text)) {
    const n = amountOf(m[2] ?? "");
    if (n === null) continue;
    const si = doc.sentenceAt(m.index);
    // The earlier (or later) event's date: in this sentence after the words, else in the next one.
    const pts = [...pointsOf(doc, si).filter((p) => p.start > m!.index), ...pointsOf(doc, si + 1)];
    const other = pts[0];
    if (!other) continue;
    // The event that "came" is the article's own, at its date, unless the sentence dates it otherwise.
    if (pointsOf(doc, si).some((p) => p.start < m!.index)) continue;
    const unit = (m[3] ?? "").toLowerCase().replace(/s$/, "");
    const after = (m[4] ?? "").toLowerCase() === "after";
    const lo = after ? daysBetween(other.to, reference) : daysBetween(reference, other.from);
    const hi = after ? daysBetween(other.from, reference) : daysBetween(reference, other.to);
    if (lo < -1 && hi < -1) continue;
    if (durationFits(Math.max(0, lo), Math.max(0, hi), n, unit, (m[1] ?? "").toLowerCase())) continue;
    const years = unit === "year";
    const span = years ? `${Math.round(hi / 365.25)} years` : `${Math.round((lo + hi) / 2)} days`;
    out.push(
      makeFlag(temporalSpans, doc, `${quote(doc.text.slice(other.start, other.end))} is ${span} ${after ? "before" : "after"} the article's date, not ${quote(`${m[2]} ${m[3]}`)}.`, [
        [m.index, m.index + m[0].length],
        [other.start, other.end],
      ]),
    );
  }
}

export const temporalSpans: FlagRule = {
  id: "temporal.span",
  kind: "temporal_inconsistency",
  severity: "medium",
  defersToEarlierRules: true,
  description: "A duration or time offset that the dates or clock times it spans contradict, or an interval that ends before it starts.",
  detect(doc) {
    const flags: DetectedFlag[] = [];
    spanFlags(doc, flags);
    clockFlags(doc, flags);
    cameAfterFlags(doc, flags);
    return flags.filter((f) => !doc.inQuote(f.spans[0]?.start ?? 0));
  },
};
