// A vote tally that the words around it contradict: "voted 7-2" beside "cast the tie-breaking vote" (a
// tie-breaker decides a tie, so the tally differs by one), "voted 8-1 …, with the two dissenters", a
// "unanimous" 6-1 vote, "passed 22 to 41".
import type { DetectedFlag } from "../flag-kinds";
import type { ParsedDocument } from "../nlp/document";
import { parseNumber, quote } from "../nlp/text";
import { makeFlag, type FlagRule } from "./types";

const TALLY_RE = /\b(\d{1,3})\s?(?:-|–|—|to)\s?(\d{1,3})\b(?!\s*(?:percent|%|p\.m|a\.m|million|billion))/g;
const VOTE_CONTEXT_RE = /\b(?:vot(?:e|ed|es|ing)|passed|approved|adopted|rejected|defeated|failed|override|overrode|ruled|ruling|decision|confirmed|endorsed|ballot|motion|measure|amendment|bill|resolution|verdict|jury|board|council|committee|court|justices|senate|assembly|house|chamber|majority)\b/i;
const SCORE_CONTEXT_RE = /\b(?:points?|goals?|runs?|innings|halftime|half-time|quarter|sets?|game|match|score|scored|led|trailed|beat|beating|won the|defeating)\b/i;
const TIE_BREAK_RE = /\b(?:tie-?breaking vote|tie-?breaker|broke (?:a|the) tie|break(?:ing)? (?:a|the) tie|casting vote|deciding vote in a tie)\b/i;
const DISSENT_RE = /\b(?:the|a|with|and)\s+(one|lone|sole|single|only|two|three|four|five|six|seven|eight|nine|\d)\s+(?:\w+\s+)?(dissent(?:er|ers|ing)?|holdouts?|no votes|votes? against|opponents?)\b/i;
const DISSENTED_RE = /\b(?:the\s+)?(two|three|four|five|six|seven|eight|nine|\d)\s+(?:\w+\s+){0,2}?(?:dissented|voted against|voted no|opposed it)\b/i;
const UNANIMOUS_RE = /\bunanimous(?:ly)?\b/i;
const PASSED_RE = /\b(?:passed|approved|adopted|carried|confirmed)\s+(?:\w+\s+){0,3}?$/i;

interface Tally {
  start: number;
  end: number;
  yes: number;
  no: number;
  sentence: number;
}

function tallies(doc: ParsedDocument): Tally[] {
  const out: Tally[] = [];
  for (const s of doc.sentences) {
    if (!VOTE_CONTEXT_RE.test(s.text)) continue;
    TALLY_RE.lastIndex = 0;
    for (let m = TALLY_RE.exec(s.text); m !== null; m = TALLY_RE.exec(s.text)) {
      const before = s.text.slice(Math.max(0, m.index - 60), m.index);
      const around = s.text.slice(Math.max(0, m.index - 80), m.index + m[0].length + 40);
      if (SCORE_CONTEXT_RE.test(around) && !/\bvot/i.test(around)) continue;
      // "from 2 to 5", dates, ranges and times are not tallies.
      if (/\b(?:from|between|ages?|aged|of|at|in|on|by)\s+$/i.test(before) || /\d[,.]$/.test(before)) continue;
      const yes = Number(m[1]);
      const no = Number(m[2]);
      if (yes + no < 3 || yes + no > 700) continue;
      out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, yes, no, sentence: s.index });
    }
  }
  return out;
}

function countWord(w: string): number {
  if (/^(?:one|lone|sole|single|only)$/i.test(w)) return 1;
  return parseNumber(w) ?? Number(w);
}

export const numericVoteTally: FlagRule = {
  id: "numeric.tally",
  kind: "numeric_inconsistency",
  severity: "medium",
  defersToEarlierRules: true,
  description: "A vote tally the words around it contradict: a tie-breaking vote on a lopsided vote, a dissent count or 'unanimous' that does not match it.",
  detect(doc) {
    const flags: DetectedFlag[] = [];
    const all = tallies(doc);
    if (all.length === 0) return flags;
    const tie = TIE_BREAK_RE.exec(doc.text);
    if (tie && !all.some((t) => Math.abs(t.yes - t.no) <= 1)) {
      // The tally nearest to the tie-breaker is the vote it is said to have decided.
      const nearest = all.reduce((a, b) => (Math.abs(b.start - tie.index) < Math.abs(a.start - tie.index) ? b : a));
      const tally = doc.text.slice(nearest.start, nearest.end);
      flags.push(
        makeFlag(numericVoteTally, doc, `A ${quote(tie[0])} decides a tie, but the vote was ${quote(tally)}, a margin of ${Math.abs(nearest.yes - nearest.no)}.`, [
          [nearest.start, nearest.end],
          [tie.index, tie.index + tie[0].length],
        ]),
      );
    }
    for (const t of all) {
      const s = doc.sentences[t.sentence];
      if (!s) continue;
      const tally = doc.text.slice(t.start, t.end);
      const minority = Math.min(t.yes, t.no);
      const context = s.text + " " + (doc.sentences[t.sentence + 1]?.text ?? "");
      const d = DISSENT_RE.exec(context) ?? DISSENTED_RE.exec(context);
      if (d && d[1] !== undefined) {
        const n = countWord(d[1]);
        const at = d.index < s.text.length + 1 ? s.start + d.index : (doc.sentences[t.sentence + 1]?.start ?? 0) + d.index - s.text.length - 1;
        if (Number.isFinite(n) && n !== minority && !/\bother|more\b/i.test(d[0])) {
          flags.push(
            makeFlag(numericVoteTally, doc, `A ${quote(tally)} vote has ${minority} on the losing side, but the text speaks of ${quote(d[0].trim())}.`, [
              [t.start, t.end],
              [at, at + d[0].length],
            ]),
          );
          continue;
        }
      }
      if (UNANIMOUS_RE.test(s.text) && minority > 0 && Math.abs(doc.text.indexOf("unanimous", s.start) - t.start) < 80) {
        flags.push(makeFlag(numericVoteTally, doc, `A ${quote(tally)} vote is not unanimous.`, [[t.start, t.end]]));
        continue;
      }
      if (PASSED_RE.test(doc.text.slice(Math.max(s.start, t.start - 40), t.start)) && t.yes < t.no) {
        flags.push(makeFlag(numericVoteTally, doc, `${quote(tally)} has fewer votes for than against, yet the text says it passed.`, [[t.start, t.end]]));
      }
    }
    return flags.filter((f) => !doc.inQuote(f.spans[0]?.start ?? 0));
  },
};
