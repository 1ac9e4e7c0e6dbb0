// Calendar dates of the text, found with chrono-node (strict mode: explicit dates only; relative words
// such as "four weeks before" are read by the rules themselves, because chrono resolves them against
// the reference date, which is not what the article means by them).
import * as chrono from "chrono-node";
import { firstParagraphEnd } from "../../text/paragraphs";

export type DateGranularity = "day" | "month";

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** UTC midnight of the (first) day, or the first of the month for month-level dates. */
  date: Date;
  granularity: DateGranularity;
  /** The year is written in the text (not inferred from the reference date). */
  yearExplicit: boolean;
  sentence: number;
}

const DAY_MS = 86_400_000;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MONTH_RE_SRC = "(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";
const HAS_DATE_WORDS = new RegExp(`${MONTH_RE_SRC}|\\d{1,4}[/-]\\d{1,2}[/-]\\d{1,4}`);
const LEADING_NOISE = /^(?:(?:on|at|from|by|since|until|till|of|the)\s+)*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:the\s+)?)?/i;
// "in October 2025", "by March 2024": month-level dates, which chrono's strict parser leaves out.
const MONTH_YEAR_RE = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+((?:19|20)\d{2})\b/g;

function utcDay(year: number, monthIndex: number, day: number): Date {
  return new Date(Date.UTC(year, monthIndex, day));
}

/** The UTC calendar day of an instant (publication dates arrive as instants). */
export function toUtcDay(d: Date): Date {
  return utcDay(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}

export function daysBetween(a: Date, b: Date): number {
  return Math.round((b.getTime() - a.getTime()) / DAY_MS);
}

export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * DAY_MS);
}

export function formatDate(d: Date, granularity: DateGranularity = "day"): string {
  const month = MONTHS[d.getUTCMonth()] ?? "";
  return granularity === "day" ? `${month} ${d.getUTCDate()}, ${d.getUTCFullYear()}` : `${month} ${d.getUTCFullYear()}`;
}

/** The year that puts month/day closest to the reference day (news dates without a year are near it). */
function nearestYear(monthIndex: number, day: number, reference: Date): number {
  const y = reference.getUTCFullYear();
  let best = y;
  let bestDistance = Infinity;
  for (const candidate of [y - 1, y, y + 1]) {
    const distance = Math.abs(utcDay(candidate, monthIndex, day).getTime() - reference.getTime());
    if (distance < bestDistance) {
      bestDistance = distance;
      best = candidate;
    }
  }
  return best;
}

interface RawDate {
  start: number;
  end: number;
  month: number;
  day: number;
  year: number | null;
  granularity: DateGranularity;
}

/**
 * The explicit calendar dates of the text, in text order, and the reference day of the article: the
 * publication date when known, else the first date with a year (the dateline, usually), else today.
 * Dates without a year get the year nearest to that reference; `sentenceOf` maps an offset to its sentence.
 */
export function findDates(
  text: string,
  publishedAt: Date | null,
  sentenceOf: (offset: number) => number,
): { dates: DateMention[]; reference: Date } {
  const raw: RawDate[] = [];
  const parseReference = publishedAt ?? new Date();
  for (const r of chrono.strict.parse(text, parseReference)) {
    if (!r.start.isCertain("month") || !r.start.isCertain("day") || !HAS_DATE_WORDS.test(r.text)) continue;
    const month = r.start.get("month");
    const day = r.start.get("day");
    if (month === null || day === null) continue;
    const lead = LEADING_NOISE.exec(r.text);
    const start = r.index + (lead ? lead[0].length : 0);
    // A range ("Sept. 3-5, 2024") keeps its first day as the date and the whole range as its span.
    const end = r.index + r.text.trimEnd().length;
    raw.push({ start, end, month, day, year: r.start.isCertain("year") ? r.start.get("year") : null, granularity: "day" });
  }
  MONTH_YEAR_RE.lastIndex = 0;
  for (let m = MONTH_YEAR_RE.exec(text); m !== null; m = MONTH_YEAR_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (raw.some((f) => f.start < end && start < f.end)) continue;
    raw.push({ start, end, month: MONTHS.indexOf(m[1] ?? "") + 1, day: 1, year: Number(m[2]), granularity: "month" });
  }
  raw.sort((a, b) => a.start - b.start);
  let reference = publishedAt ? toUtcDay(publishedAt) : null;
  if (!reference) {
    const firstWithYear = raw.find((r) => r.year !== null && r.granularity === "day");
    reference = firstWithYear && firstWithYear.year !== null ? utcDay(firstWithYear.year, firstWithYear.month - 1, firstWithYear.day) : toUtcDay(new Date());
  }
  const dates = raw.map((r): DateMention => {
    const year = r.year ?? nearestYear(r.month - 1, r.day, reference);
    return {
      start: r.start,
      end: r.end,
      text: text.slice(r.start, r.end),
      date: utcDay(year, r.month - 1, r.day),
      granularity: r.granularity,
      yearExplicit: r.year !== null,
      sentence: sentenceOf(r.start),
    };
  });
  return { dates, reference };
}

/**
 * A dateline at the top of the article ("BUSAN, South Korea, Oct. 30 (Reuters) —" or "October 31, 2025 —"):
 * the date it gives, or null. Only the first 200 characters of the first paragraph are looked at.
 */
export function findDatelineDate(text: string, dates: readonly DateMention[]): DateMention | null {
  const limit = Math.min(200, firstParagraphEnd(text));
  for (const d of dates) {
    if (d.start >= limit) break;
    if (d.granularity !== "day") continue;
    const after = text.slice(d.end, d.end + 40);
    const before = text.slice(Math.max(0, d.start - 80), d.start);
    // Datelines are followed by an agency tag or a dash and preceded by nothing but a place name.
    if (/^\s*(?:\([A-Z][\w .]*\)\s*)?[—–-]/.test(after) && !/[.!?]\s/.test(before)) return d;
  }
  return null;
}
