// Calendar facts the temporal rules check against: weekdays, named holidays, seasons, quarters, and
// the day a bare weekday or month means from the article's own reference day.
import { addDays, daysBetween } from "./dates";

export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
export const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;
export const MONTH_SRC = "January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.";

export function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, "").slice(0, 3);
  return MONTH_NAMES.findIndex((m) => m.toLowerCase().startsWith(w));
}

export function weekdayIndex(word: string): number {
  return WEEKDAYS.findIndex((d) => d.toLowerCase() === word.toLowerCase());
}

export function utc(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month, day));
}

/** The n-th (1-based; -1 = last) given weekday of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): Date {
  if (n > 0) {
    const first = utc(year, month, 1);
    const offset = (weekday - first.getUTCDay() + 7) % 7;
    return utc(year, month, 1 + offset + 7 * (n - 1));
  }
  const last = utc(year, month + 1, 0);
  const offset = (last.getUTCDay() - weekday + 7) % 7;
  return utc(year, month, last.getUTCDate() - offset);
}

/** Named days whose date follows from the year (U.S. and fixed-date ones news copy names most). */
export const HOLIDAYS: Readonly<Record<string, (year: number) => Date>> = {
  "new year's day": (y) => utc(y, 0, 1),
  "martin luther king jr. day": (y) => nthWeekday(y, 0, 1, 3),
  "presidents' day": (y) => nthWeekday(y, 1, 1, 3),
  "presidents day": (y) => nthWeekday(y, 1, 1, 3),
  "patriots' day": (y) => nthWeekday(y, 3, 1, 3),
  "memorial day": (y) => nthWeekday(y, 4, 1, -1),
  juneteenth: (y) => utc(y, 5, 19),
  "independence day": (y) => utc(y, 6, 4),
  "the fourth of july": (y) => utc(y, 6, 4),
  "labor day": (y) => nthWeekday(y, 8, 1, 1),
  "columbus day": (y) => nthWeekday(y, 9, 1, 2),
  "veterans day": (y) => utc(y, 10, 11),
  thanksgiving: (y) => nthWeekday(y, 10, 4, 4),
  "christmas eve": (y) => utc(y, 11, 24),
  "christmas day": (y) => utc(y, 11, 25),
  christmas: (y) => utc(y, 11, 25),
  "new year's eve": (y) => utc(y, 11, 31),
  "boxing day": (y) => utc(y, 11, 26),
};
export const HOLIDAY_SRC = Object.keys(HOLIDAYS)
  .sort((a, b) => b.length - a.length)
  .map((h) => h.replace(/[.']/g, (c) => (c === "." ? "\\." : "['’]")))
  .join("|");

/** The day a bare weekday means: the latest one on or before the reference when told as past, else the next. */
export function resolveWeekday(weekday: number, reference: Date, tense: "past" | "future" | "unknown"): Date {
  const back = (reference.getUTCDay() - weekday + 7) % 7;
  const forward = (weekday - reference.getUTCDay() + 7) % 7;
  if (tense === "past") return addDays(reference, -back);
  if (tense === "future") return addDays(reference, forward);
  return back <= forward ? addDays(reference, -back) : addDays(reference, forward);
}

export type Season = "winter" | "spring" | "summer" | "autumn";

/** Meteorological seasons of the northern hemisphere: [first month, last month]. */
export const SEASON_MONTHS: Readonly<Record<Season, readonly [number, number]>> = { winter: [11, 1], spring: [2, 4], summer: [5, 7], autumn: [8, 10] };

export function seasonOf(word: string): Season | null {
  const w = word.toLowerCase();
  if (w === "fall") return "autumn";
  return w === "winter" || w === "spring" || w === "summer" || w === "autumn" ? w : null;
}

/** The season instance nearest the reference: its first and last day. */
export function nearestSeason(season: Season, reference: Date): { start: Date; end: Date } {
  const [first, last] = SEASON_MONTHS[season];
  let best: { start: Date; end: Date } | null = null;
  for (const y of [reference.getUTCFullYear() - 1, reference.getUTCFullYear(), reference.getUTCFullYear() + 1]) {
    const start = utc(y, first, 1);
    const end = utc(first > last ? y + 1 : y, last + 1, 0);
    const distance = reference < start ? daysBetween(reference, start) : reference > end ? daysBetween(end, reference) : 0;
    const bestDistance = best ? (reference < best.start ? daysBetween(reference, best.start) : reference > best.end ? daysBetween(best.end, reference) : 0) : Infinity;
    if (distance < bestDistance) best = { start, end };
  }
  return best as { start: Date; end: Date };
}

/** Months [0-11] of a calendar quarter (1-4). */
export function quarterMonths(q: number): [number, number] {
  return [3 * (q - 1), 3 * (q - 1) + 2];
}

export const ORDINAL_QUARTER: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, q1: 1, q2: 2, q3: 3, q4: 4 };
