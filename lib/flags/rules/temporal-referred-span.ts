// A duration that points back, with "those"/"these", to an interval the previous sentence dated: "a
// shutdown that began on Oct. 1 and ended on Oct. 14. … during those 24 days". The demonstrative says the
// duration is that interval, so its length must match the two dates (either end counted in or out).
import type { DetectedFlag } from "../flag-kinds";
import { monthIndex } from "../nlp/calendar";
import { daysBetween, formatDate, type DateMention } from "../nlp/dates";
import type { ParsedDocument } from "../nlp/document";
import { parseNumber, quote } from "../nlp/text";
import { makeFlag, type FlagRule } from "./types";

const REFERRED_RE = /\b(?:those|these)\s+(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+(days|weeks)\b/gi;
const START_CUE_RE = /\b(?:began|begun|started|opened|from|between|since)\b/i;
const END_CUE_RE = /\b(?:until|till|through|to|and|ended|ending|closed|finished)\b/i;

// "May 1 to May 29", "Sept. 16-17": one date mention that is a whole interval.
const RANGE_IN_DATE_RE = /(\s*(?:to|through|until|till|-|–)\s*)(?:(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)\s+)?(\d{1,2})(?:,?\s*\d{4})?$/;

type Point = Pick<DateMention, "start" | "end" | "date">;

/** Day-level dates of a sentence, a range mention split into its two ends. */
function pointsOf(doc: ParsedDocument, sentence: number): Point[] {
  const pts: Point[] = [];
  for (const d of doc.dates) {
    if (d.sentence !== sentence || d.granularity !== "day") continue;
    const r = RANGE_IN_DATE_RE.exec(d.text);
    if (!r || r[3] === undefined) {
      pts.push(d);
      continue;
    }
    const month = r[2] ? monthIndex(r[2]) : d.date.getUTCMonth();
    pts.push({ start: d.start, end: d.start + r.index, date: d.date });
    pts.push({ start: d.start + r.index + (r[1]?.length ?? 0), end: d.end, date: new Date(Date.UTC(d.date.getUTCFullYear(), month, Number(r[3]))) });
  }
  return pts;
}

/** The one dated interval of a sentence: exactly two days, a start cue before the first, an end cue between. */
function intervalOf(doc: ParsedDocument, sentence: number): [Point, Point] | null {
  const s = doc.sentences[sentence];
  if (!s) return null;
  const days = pointsOf(doc, sentence);
  if (days.length !== 2) return null;
  const [a, b] = days as [Point, Point];
  if (!START_CUE_RE.test(doc.text.slice(Math.max(s.start, a.start - 40), a.start))) return null;
  const between = doc.text.slice(a.end, b.start);
  if (between.length > 60 || !END_CUE_RE.test(between) || /\bor\b/.test(between)) return null;
  return b.date > a.date ? [a, b] : null;
}

export const temporalReferredSpan: FlagRule = {
  id: "temporal.referred-span",
  kind: "temporal_inconsistency",
  severity: "medium",
  description: "A duration referring back (\"those 24 days\") to an interval the previous sentence dated, with a length the two dates contradict.",
  detect(doc) {
    const flags: DetectedFlag[] = [];
    for (const s of doc.sentences) {
      if (s.index === 0) continue;
      REFERRED_RE.lastIndex = 0;
      for (let m = REFERRED_RE.exec(s.text); m !== null; m = REFERRED_RE.exec(s.text)) {
        const n = parseNumber(m[1] ?? "");
        if (n === null) continue;
        // Only the sentence just before: further back, "those" may point to something else.
        const interval = intervalOf(doc, s.index - 1);
        if (!interval) continue;
        const [a, b] = interval;
        const span = daysBetween(a.date, b.date);
        const weeks = (m[2] ?? "").toLowerCase() === "weeks";
        // Days: either end counted in or out; weeks: within half a week.
        const fitsSpan = weeks ? Math.abs(n * 7 - span) <= 4 : n >= span - 1 && n <= span + 1;
        if (fitsSpan) continue;
        const at = s.start + m.index + m[0].indexOf(m[1] ?? "");
        flags.push(
          makeFlag(
            temporalReferredSpan,
            doc,
            `${quote(m[0])} refers to the interval of the previous sentence, ${formatDate(a.date)} to ${formatDate(b.date)}, which is ${span} days${weeks ? ` (about ${+(span / 7).toFixed(1)} weeks)` : ""}, not ${n} ${weeks ? "weeks" : "days"}.`,
            [[at, at + (m[1] ?? "").length], [a.start, a.end], [b.start, b.end]],
          ),
        );
      }
    }
    return flags;
  },
};
