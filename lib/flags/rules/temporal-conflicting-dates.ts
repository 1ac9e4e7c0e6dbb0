// One event given two different dates: "the summit on October 30, 2025" and later "the October 31 summit".
// Only events that happen once (a summit, an inauguration, an election …), named with a definite article,
// a possessive or a qualifier, and never where the text says the date moved.
import type { DetectedFlag } from "../flag-kinds";
import { daysBetween, type DateMention } from "../nlp/dates";
import type { ParsedDocument } from "../nlp/document";
import { quote, type Token } from "../nlp/text";
import { makeFlag, type FlagRule } from "./types";

// Events a story usually has one of. Attacks, earthquakes, debates or primaries often come in series, so they are left out.
const EVENT_NOUNS = new Set([
  "summit", "inauguration", "election", "referendum", "runoff", "run-off", "final", "wedding", "funeral", "launch", "coronation",
  "sentencing", "premiere", "ceasefire", "armistice", "signing", "verdict",
]);
const QUALIFIERS = new Set(["presidential", "parliamentary", "general", "local", "mayoral", "municipal", "federal", "state", "regional", "european", "primary", "party", "grand", "cup", "world", "annual", "extraordinary", "emergency", "leaders", "apec", "g20", "g7", "nato", "eu"]);
const CHANGE_RE = /\b(?:postponed|moved|delayed|rescheduled|pushed back|brought forward|originally|initially|previously|was to have|had been (?:scheduled|set|planned|due)|instead|called off|put off|new date|next|last|previous|another|each|every|second|first|third|past|other|both)\b/i;
const WORDS_AROUND = 8;
// Named without an article when they mean the one event: "set sentencing for September 18".
const SINGULAR_BY_NATURE = new Set(["sentencing", "inauguration", "coronation", "signing"]);

interface EventDate {
  key: string;
  label: string;
  date: DateMention;
}

function eventFor(doc: ParsedDocument, d: DateMention): EventDate | null {
  const tokens = doc.sentenceTokens(d.sentence).filter((t) => t.isWord);
  const dateWordIndex = tokens.findIndex((t) => t.start >= d.start);
  if (dateWordIndex === -1) return null;
  const afterIndex = tokens.findIndex((t) => t.start >= d.end);
  const datePos = afterIndex === -1 ? tokens.length : afterIndex;
  let best: { token: Token; pos: number; distance: number } | null = null;
  // The event noun before the date ("the runoff … scheduled for December 2"), or right after it when the
  // date modifies it ("the December 9 runoff").
  for (let pos = Math.max(0, dateWordIndex - WORDS_AROUND); pos < Math.min(tokens.length, datePos + 2); pos++) {
    const t = tokens[pos] as Token;
    if (t.start >= d.start && t.end <= d.end) continue;
    if (!EVENT_NOUNS.has(t.norm)) continue;
    if (pos >= datePos && /[,;:()—–]/.test(doc.text.slice(d.end, t.start))) continue;
    // Another date in between belongs to this noun instead.
    const lo = Math.min(t.start, d.start);
    const hi = Math.max(t.end, d.end);
    if (doc.dates.some((o) => o !== d && o.start >= lo && o.end <= hi)) continue;
    const distance = pos < dateWordIndex ? dateWordIndex - pos : pos - datePos;
    if (!best || distance < best.distance) best = { token: t, pos, distance };
  }
  if (!best) return null;
  const { token, pos } = best;
  // Definite reference: "the …", a possessive, "this …", or the date itself as modifier ("the October 30 summit").
  const window = doc.text.slice(Math.max(0, token.start - 60), token.start);
  const prev = tokens[pos - 1];
  const prev2 = tokens[pos - 2];
  const definite = SINGULAR_BY_NATURE.has(token.norm) || /\b(?:the|this|its|their|his|her)\s+(?:[\p{L}\d'’.,-]+\s+){0,4}$/iu.test(window) || (prev?.possessive ?? false) || (prev !== undefined && prev.end <= d.end && prev.start >= d.start);
  if (!definite) return null;
  const around = doc.text.slice(Math.max(doc.sentences[d.sentence]?.start ?? 0, Math.min(token.start, d.start) - 40), Math.max(token.end, d.end) + 20);
  if (CHANGE_RE.test(around)) return null;
  // The key: the noun, with a qualifier or an owner in front of it ("presidential election", "Xi's inauguration").
  const qualifiers: string[] = [];
  let labelStart = token.start;
  // Walk back over the words that qualify the noun, stopping at the first that does not.
  for (const q of [prev, prev2]) {
    if (!q || (q.start >= d.start && q.end <= d.end)) break;
    const owner = doc.actors.find((a) => a.tokenEnd - 1 === q.index && a.possessive);
    if (owner) qualifiers.unshift(`owner:${owner.actorId}`);
    else if (QUALIFIERS.has(q.norm) || (q.isCap && !q.possessive && doc.sentences[d.sentence]?.start !== q.start)) qualifiers.unshift(q.norm);
    else break;
    labelStart = q.start;
  }
  const key = [...qualifiers, token.norm].join(" ");
  return { key, label: doc.text.slice(labelStart, token.end), date: d };
}

export const temporalConflictingDates: FlagRule = {
  id: "temporal.conflict",
  kind: "temporal_inconsistency",
  severity: "high",
  description: "One event given two different dates in the same article.",
  detect(doc) {
    const flags: DetectedFlag[] = [];
    const seen = new Map<string, EventDate>();
    for (const d of doc.dates) {
      if (d.granularity !== "day") continue;
      const ev = eventFor(doc, d);
      if (!ev) continue;
      const earlier = seen.get(ev.key);
      if (!earlier) {
        seen.set(ev.key, ev);
        continue;
      }
      const delta = daysBetween(earlier.date.date, d.date);
      // Two-day events and ranges ("the Oct. 30–31 summit") are not a contradiction.
      if (Math.abs(delta) <= 1 || (!d.yearExplicit && !earlier.date.yearExplicit && Math.abs(delta) > 300)) continue;
      flags.push(
        makeFlag(temporalConflictingDates, doc, `The event ${quote(ev.label)} is dated ${quote(d.text)} here but ${quote(earlier.date.text)} earlier in the article; one of the two dates is wrong.`, [[d.start, d.end], [earlier.date.start, earlier.date.end]]),
      );
    }
    return flags;
  },
};
