// The article's timeline: each explicit date with the tense the text gives its event ("held on …" =
// past, "impending … on …" = future), and relative expressions ("four weeks before", "two days later").
import type { DateMention } from "./dates";
import type { ParsedDocument } from "./document";
import { parseNumber } from "./text";

export type Tense = "past" | "future" | "unknown";

export interface Cue {
  start: number;
  end: number;
  text: string;
}

export interface TimedDate {
  date: DateMention;
  tense: Tense;
  /** The words that set the tense. */
  cue: Cue | null;
}

const FUTURE_CUE_RE =
  /\b(?:impending|upcoming|forthcoming|coming|scheduled(?: for| to)?|slated(?: for| to)?|due(?: on| to)?|set (?:for|to)|will|shall|is to|are to|planned(?: for)?|plans to|expected (?:on|to)|next|ahead of|pending|to be held|to take place)\b/gi;
const PAST_CUE_RE =
  /\b(?:took place|was held|were held|held|happened|occurred|met|signed|ended|began|started|won|lost|died|voted|launched|elected|resigned|closed|opened|ruled|announced|released|published|struck|collapsed|came|was|were|had|did|ago|last|earlier|former|previously|took office|sworn in|inaugurated|declared|agreed|reached)\b/gi;
// "was scheduled for", "had been set to", "were to": a plan told in the past, not a future event.
const FUTURE_IN_PAST_RE = /\b(?:was|were|had been|had|would have been)\s+(?:\w+\s+)?$/i;
const BEFORE_WINDOW = 90;
const AFTER_WINDOW = 45;

function cuesIn(text: string, from: number, to: number, re: RegExp): Cue[] {
  const out: Cue[] = [];
  const slice = text.slice(from, to);
  re.lastIndex = 0;
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) out.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
  return out;
}

/** The tense of the event a date belongs to: the nearest tense cue in its clause, before it or shortly after. */
export function tenseOf(doc: ParsedDocument, d: DateMention): TimedDate {
  const { text } = doc;
  const s = doc.sentences[d.sentence];
  if (!s) return { date: d, tense: "unknown", cue: null };
  let from = Math.max(s.start, d.start - BEFORE_WINDOW);
  const semi = text.lastIndexOf(";", d.start);
  if (semi >= from) from = semi + 1;
  let to = Math.min(s.end, d.end + AFTER_WINDOW);
  const semiAfter = text.indexOf(";", d.end);
  if (semiAfter !== -1 && semiAfter < to) to = semiAfter;
  // Other dates bound the window: their cues are theirs.
  for (const other of doc.dates) {
    if (other === d || other.sentence !== d.sentence) continue;
    if (other.end <= d.start && other.end > from) from = other.end;
    if (other.start >= d.end && other.start < to) to = other.start;
  }
  const future = cuesIn(text, from, to, FUTURE_CUE_RE);
  const past = cuesIn(text, from, to, PAST_CUE_RE).filter((p) => !future.some((f) => f.start < p.end && p.start < f.end));
  let best: { cue: Cue; tense: Tense; distance: number } | null = null;
  for (const [cues, tense] of [[future, "future"], [past, "past"]] as const) {
    for (const cue of cues) {
      if (cue.start >= d.start && cue.start < d.end) continue;
      const distance = cue.end <= d.start ? d.start - cue.end : (cue.start - d.end) * 1.5; // prefer cues before the date
      let t: Tense = tense;
      if (tense === "future" && FUTURE_IN_PAST_RE.test(text.slice(Math.max(from, cue.start - 30), cue.start))) t = "unknown";
      if (!best || distance < best.distance) best = { cue, tense: t, distance };
    }
  }
  return best ? { date: d, tense: best.tense, cue: best.cue } : { date: d, tense: "unknown", cue: null };
}

export type RelativeDirection = "before" | "after" | "later" | "earlier" | "ago" | "from now";
export type TimeUnit = "day" | "week" | "month" | "year";

export interface RelativeExpression {
  start: number;
  end: number;
  text: string;
  /** Null for "several", "a few". */
  amount: number | null;
  unit: TimeUnit;
  direction: RelativeDirection;
  approximate: boolean;
  sentence: number;
}

const RELATIVE_RE =
  /\b(?:(just|only|nearly|almost|about|around|some|roughly|more than|less than|barely|exactly|precisely|over|under|at least)\s+)?(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of|several)\s+(days?|weeks?|fortnights?|months?|years?)\s+(before|after|later|earlier|ahead of|prior to|ago|from now)\b/gi;

export function findRelativeExpressions(doc: ParsedDocument): RelativeExpression[] {
  const out: RelativeExpression[] = [];
  RELATIVE_RE.lastIndex = 0;
  for (let m = RELATIVE_RE.exec(doc.text); m !== null; m = RELATIVE_RE.exec(doc.text)) {
    const qualifier = (m[1] ?? "").toLowerCase();
    const count = (m[2] ?? "").toLowerCase();
    let unitWord = (m[3] ?? "").toLowerCase().replace(/s$/, "");
    let amount = /^(a few|a couple of|several)$/.test(count) ? null : parseNumber(count);
    if (unitWord === "fortnight") {
      unitWord = "week";
      amount = amount === null ? null : amount * 2;
    }
    const rawDirection = (m[4] ?? "").toLowerCase();
    const direction: RelativeDirection = rawDirection === "ahead of" || rawDirection === "prior to" ? "before" : (rawDirection as RelativeDirection);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      amount,
      unit: unitWord as TimeUnit,
      direction,
      approximate: qualifier !== "" && !/^(exactly|precisely|just|only)$/.test(qualifier),
      sentence: doc.sentenceAt(m.index),
    });
  }
  return out;
}

/** The interval in days, and how far off a date may be and still fit the words. */
export function intervalDays(r: RelativeExpression): { days: number; tolerance: number } | null {
  if (r.amount === null) return null;
  const per: Record<TimeUnit, number> = { day: 1, week: 7, month: 30.44, year: 365.25 };
  const days = r.amount * per[r.unit];
  const floor: Record<TimeUnit, number> = { day: 1, week: 3, month: 7, year: 45 };
  const tolerance = r.approximate ? Math.max(floor[r.unit] * 2, days * 0.35) : Math.max(floor[r.unit], days * 0.15);
  return { days, tolerance };
}
