// A date without a year whose tense the article's own date contradicts. News copy leaves the year out
// when it is the current one, so "vetoed the measure in August" in a June story, "will hear arguments on
// May 15" in a late-June story or "took office on Jan. 20" on Jan. 7 can only be right if the event is
// most of a year away; also deictic words beside a date ("next week, on Nov. 4" in September) and a plan
// set "last year".
import type { DetectedFlag } from "../flag-kinds";
import { monthIndex, utc } from "../nlp/calendar";
import { lexiconTags } from "../nlp/compromise";
import { daysBetween, formatDate, type DateMention } from "../nlp/dates";
import type { ParsedDocument } from "../nlp/document";
import { quote } from "../nlp/text";
import { makeFlag, type FlagRule } from "./types";

// Beyond this a year boundary does not explain a date: "in January" in a November story is next January.
const BOUNDARY_DAYS = 75;
const BARE_MONTH_RE = /\b(?:in|during|of|at the (?:end|start|beginning) of|(?:early|mid|late)[- ])\s*(?:(?:early|mid|late)[- ]\s*)?(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)(?!,?\s+(?:19|20)\d\d)/g;
const DEICTIC_RE = /\b(today|tomorrow|yesterday|next week|last week|this week|next month|last month|this month)\b,?\s+(?:on\s+)?$/i;
const PLAN_LAST_RE = /\b(?:will|plans? to|planning to|intends? to|is expected to|are expected to|is scheduled to|are scheduled to|aims? to)\b[^.;]{0,90}?\b(last (?:year|month|week)|yesterday)\b(?![^.;]{0,12}\b(?:than|levels?)\b)/gi;
const COMPARISON_BEFORE_RE = /\b(?:than|since|from|of|as|compared with|versus)\s+$/i;
const FUTURE_RE = /\b(?:will|shall|won't|'ll|is to|are to|going to|plans? to|planning to|scheduled|slated|set to|expected to|due to|due on|upcoming|forthcoming|next|aims? to|intends? to|would)\b/gi;
const DEADLINE_BEFORE_RE = /\b(?:until|till|through|by|before|ahead of|no later than|for)\s+(?:the\s+)?(?:(?:end|start|middle) of\s+)?$/i;
const IRREGULAR_PAST = new Set(
  "was were had did took made came went gave won lost held met began ran said told saw fell rose grew cut set put led left sent spent paid sold bought brought thought found kept felt built struck broke chose drove fought hit hung knew laid lay meant read rode sang sat shot shut slept spoke stood stole swore swept swam taught threw understood woke wore wrote became forbade overcame overtook undertook withdrew".split(" "),
);

/** The tense of the clause a date belongs to: the nearest verb before it, within the clause. */
function clauseTense(doc: ParsedDocument, at: number): { tense: "past" | "future" | null; start: number; end: number } {
  const s = doc.sentences[doc.sentenceAt(at)];
  if (!s) return { tense: null, start: at, end: at };
  let from = Math.max(s.start, at - 90);
  const cut = Math.max(doc.text.lastIndexOf(";", at), doc.text.lastIndexOf("—", at), doc.text.lastIndexOf(", which", at), doc.text.lastIndexOf(", who", at) + 1);
  if (cut >= from) from = cut + 1;
  const clause = doc.text.slice(from, at);
  // Future-in-past and noun phrases: "agreed to vote in January", "bets on a further cut in April".
  let future: RegExpExecArray | null = null;
  FUTURE_RE.lastIndex = 0;
  for (let m = FUTURE_RE.exec(clause); m !== null; m = FUTURE_RE.exec(clause)) future = m;
  const words = [...clause.matchAll(/[A-Za-z’']+/g)];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] as RegExpMatchArray;
    const word = (w[0] ?? "").toLowerCase();
    const index = w.index ?? 0;
    if (future && future.index >= index) {
      if (/\bwould\b/i.test(future[0])) return { tense: null, start: at, end: at };
      return { tense: "future", start: from + future.index, end: from + future.index + future[0].length };
    }
    // A verb in the present ("meets again on Dec. 9") dates the clause, not a past verb before it.
    if (/^(?:is|are|am|meets|begins|starts|ends|opens|closes|runs|takes|falls|comes)$/.test(word) || lexiconTags(word).includes("PresentTense")) return { tense: null, start: at, end: at };
    const determiner = /\b(?:a|an|the|its|their|his|her|further|new|this|that)\s+$/i.test(clause.slice(Math.max(0, index - 10), index));
    const past = !determiner && (IRREGULAR_PAST.has(word) || (/^[a-z]{3,}ed$/.test(word) && !/^(?:need|feed|seed|speed|breed|creed|bleed|proceed|exceed|succeed|indeed|red|bed|shed|hundred)$/.test(word)));
    if (!past) continue;
    const between = clause.slice(index + word.length);
    // "argued that a pause in April would …": the date sits in a clause of its own.
    if (/\b(?:that|whether|if|when)\b/i.test(between) || /^[^.;,]{0,25}?\b(?:would|will|could|should|might|may)\b/i.test(doc.text.slice(at, at + 40))) return { tense: null, start: at, end: at };
    // A past verb with an infinitive or a noun phrase after it does not date the event: "agreed to vote in January".
    if (/\bto\s+[a-z]+\b/i.test(between)) return { tense: null, start: at, end: at };
    const before = clause.slice(Math.max(0, index - 12), index);
    if (/\b(?:to|be|been|being|is|are|get|gets)\s+$/i.test(before) && !/\b(?:was|were|had)\b/i.test(word)) return { tense: null, start: at, end: at };
    return { tense: "past", start: from + index, end: from + index + word.length };
  }
  return { tense: null, start: at, end: at };
}

/** The day the writer means: this calendar year's, unless a year boundary a few weeks away explains it better. */
function naturalReading(month: number, day: number, reference: Date): { date: Date; alternative: Date } {
  const y = reference.getUTCFullYear();
  const current = utc(y, month, day);
  const across = month < reference.getUTCMonth() ? utc(y + 1, month, day) : month > reference.getUTCMonth() ? utc(y - 1, month, day) : current;
  if (Math.abs(daysBetween(reference, across)) <= BOUNDARY_DAYS && Math.abs(daysBetween(reference, current)) > BOUNDARY_DAYS) return { date: across, alternative: current };
  return { date: current, alternative: across };
}

function check(doc: ParsedDocument, out: DetectedFlag[], mention: DateMention, month: number, firstDay: number, lastDay: number, reference: Date): void {
  if (DEADLINE_BEFORE_RE.test(doc.text.slice(Math.max(0, mention.start - 25), mention.start))) return;
  const t = clauseTense(doc, mention.start);
  if (t.tense === null) return;
  // Both ends of the span take the reading of the end nearer the article's date.
  const a = naturalReading(month, firstDay, reference);
  const b = naturalReading(month, lastDay, reference);
  const acrossFirst = a.date.getUTCFullYear() !== reference.getUTCFullYear();
  const acrossLast = b.date.getUTCFullYear() !== reference.getUTCFullYear();
  const across = acrossFirst || acrossLast;
  const year = across ? (acrossFirst ? a.date : b.date).getUTCFullYear() : reference.getUTCFullYear();
  const first = utc(year, month, firstDay);
  const last = utc(year, month, lastDay);
  const cue = doc.text.slice(t.start, t.end);
  if (t.tense === "past" && daysBetween(reference, first) > 1) {
    out.push(
      makeFlag(temporalDatelineTense, doc, `${quote(cue)} tells ${quote(mention.text)} as past, but without a year that is ${formatDate(first, firstDay === lastDay ? "day" : "month")}, after the article's date (${formatDate(reference)}).`, [
        [mention.start, mention.end],
        [t.start, t.end],
      ]),
    );
  } else if (t.tense === "future" && daysBetween(last, reference) > 1) {
    out.push(
      makeFlag(temporalDatelineTense, doc, `${quote(cue)} presents ${quote(mention.text)} as still to come, but without a year that is ${formatDate(last, firstDay === lastDay ? "day" : "month")}, before the article's date (${formatDate(reference)}).`, [
        [mention.start, mention.end],
        [t.start, t.end],
      ]),
    );
  }
}

export const temporalDatelineTense: FlagRule = {
  id: "temporal.dateline-tense",
  kind: "temporal_inconsistency",
  severity: "medium",
  defersToEarlierRules: true,
  description: "A date without a year told in a tense the article's own date contradicts, a deictic word ('next week') beside a date it does not fit, or a plan set in the past.",
  detect(doc) {
    const reference = doc.publishedAt ?? doc.datelineDate?.date;
    if (!reference) return [];
    const flags: DetectedFlag[] = [];
    // The dateline's own date ("PARIS, Oct. 9, 2025 —") is the reference, not an event.
    const datelineEnd = doc.datelineDate ? doc.datelineDate.end : 0;
    for (const d of doc.dates) {
      if (d.yearExplicit || d.granularity !== "day" || d.start < datelineEnd || doc.inQuote(d.start)) continue;
      check(doc, flags, d, d.date.getUTCMonth(), d.date.getUTCDate(), d.date.getUTCDate(), reference);
      const deictic = DEICTIC_RE.exec(doc.text.slice(Math.max(0, d.start - 25), d.start));
      if (deictic && deictic[1] !== undefined) {
        const word = deictic[1].toLowerCase();
        const gap = daysBetween(reference, d.date);
        const fitsWord =
          word === "today" ? Math.abs(gap) <= 1 : word === "tomorrow" ? gap >= 0 && gap <= 2 : word === "yesterday" ? gap >= -2 && gap <= 0
          : word === "next week" ? gap >= 1 && gap <= 14 : word === "last week" ? gap >= -14 && gap <= -1 : word === "this week" ? Math.abs(gap) <= 7
          : word === "next month" ? (d.date.getUTCMonth() - reference.getUTCMonth() + 12) % 12 === 1 : word === "last month" ? (reference.getUTCMonth() - d.date.getUTCMonth() + 12) % 12 === 1
          : d.date.getUTCMonth() === reference.getUTCMonth();
        if (!fitsWord) {
          const at = d.start - (doc.text.slice(Math.max(0, d.start - 25), d.start).length - deictic.index);
          flags.push(makeFlag(temporalDatelineTense, doc, `${quote(deictic[1])} does not fit ${quote(d.text)} in an article dated ${formatDate(reference)}: it is ${Math.abs(gap)} days ${gap >= 0 ? "ahead" : "back"}.`, [[at, d.end]]));
        }
      }
    }
    BARE_MONTH_RE.lastIndex = 0;
    for (let m = BARE_MONTH_RE.exec(doc.text); m !== null; m = BARE_MONTH_RE.exec(doc.text)) {
      const name = m[1] ?? "";
      const start = m.index + m[0].lastIndexOf(name);
      if (doc.dates.some((d) => d.start <= start && start < d.end) || doc.inQuote(start) || start < datelineEnd) continue;
      // "last August", "next May": the reading is given.
      if (/\b(?:last|next|this|previous|following|every|each)\s+$/i.test(doc.text.slice(Math.max(0, start - 12), start))) continue;
      const month = monthIndex(name);
      const lastDay = new Date(Date.UTC(2001, month + 1, 0)).getUTCDate();
      const mention: DateMention = { start, end: start + name.length, text: name, date: utc(reference.getUTCFullYear(), month, 15), granularity: "month", yearExplicit: false, sentence: doc.sentenceAt(start) };
      const part = /\bearly\b/i.test(m[0]) ? [1, 10] : /\bmid/i.test(m[0]) ? [10, 20] : /\blate\b|\bend of\b/i.test(m[0]) ? [20, lastDay] : [1, lastDay];
      check(doc, flags, { ...mention, text: doc.text.slice(m.index, start + name.length).replace(/^(?:in|since|during|of)\s+/, "") }, month, part[0] ?? 1, part[1] ?? lastDay, reference);
    }
    PLAN_LAST_RE.lastIndex = 0;
    for (let m = PLAN_LAST_RE.exec(doc.text); m !== null; m = PLAN_LAST_RE.exec(doc.text)) {
      const word = m[1] ?? "";
      const at = m.index + m[0].lastIndexOf(word);
      if (COMPARISON_BEFORE_RE.test(doc.text.slice(Math.max(0, at - 16), at)) || doc.inQuote(at)) continue;
      flags.push(makeFlag(temporalDatelineTense, doc, `A plan still to come (${quote(m[0].slice(0, m[0].indexOf(" ") > 0 ? m[0].indexOf(" ") : m[0].length))} …) is set ${quote(word)}, which is already past.`, [[at, at + word.length], [m.index, m.index + 12]]));
    }
    return flags.filter((f, i) => !flags.slice(0, i).some((g) => g.spans[0]?.start === f.spans[0]?.start));
  },
};

