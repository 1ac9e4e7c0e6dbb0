// One set counted twice with two numbers: "Twelve people were injured …" and later "the 15 injured were
// taken to hospital". A count written with "the" ("the 15 injured", "the 15 people arrested") points
// back to a set the article has already counted; the count it points back to is the last one of the
// same state (injured, arrested, evacuated …). A toll the text says rose or was revised is an update, not
// a contradiction.
import type { DetectedFlag } from "../flag-kinds";
import type { ParsedDocument } from "../nlp/document";
import { formatValue, plausibleRange, type Measure } from "../nlp/measures";
import { measureText } from "../nlp/numeric-context";
import { quote } from "../nlp/text";
import { makeFlag, type FlagRule } from "./types";

// States that name one set of people or things; the synonyms of a state count the same set.
const SAME_STATE: readonly (readonly string[])[] = [
  ["kill", "dead", "die", "death", "fatalitie"],
  ["injur", "hurt", "wound"],
  ["arrest", "detain"],
];
const STATE_WORD = "[a-z]{3,}(?:ed|ing)|dead|hurt|missing";
// "12 people were injured", "12 were badly hurt", "12 people have been arrested".
const PASSIVE_AFTER_RE = new RegExp(`^(?:\\s+[a-z]+){0,2}?\\s+(?:were|was|are|is|have been|has been|had been|got|remain|remained)\\s+(?:[a-z]+ly\\s+)?(${STATE_WORD})\\b`, "i");
// "killing 3 and injuring 12", "left 12 injured".
const GERUND_BEFORE_RE = new RegExp(`\\b([a-z]{3,}(?:ing|ed))\\s+(?:at least\\s+|about\\s+|some\\s+)?$`, "i");
const LEFT_AFTER_RE = new RegExp(`^(?:\\s+(?:people|others|residents|workers|passengers|children|adults))?\\s+(${STATE_WORD})\\b`, "i");
// The definite back-reference: "the 15 injured", "the 15 people injured", "the 15 people who were injured".
const DEFINITE_BEFORE_RE = /\bthe\s+$/i;
const DEFINITE_AFTER_RE = new RegExp(`^(?:\\s+[a-z]+)?(?:\\s+(?:who|that)\\s+(?:were|was|had been|have been))?\\s+(${STATE_WORD})\\b`, "i");
const UPDATE_RE = /\b(?:rose|risen|climbed|increased|grew|jumped|revised|updated|later|now|another|more|additional|other|further)\b/i;
const NOT_STATE = new Set(["being", "during", "including", "according", "nothing", "something", "thing", "morning", "evening", "building", "meeting", "hearing", "ring", "king", "spring", "bring", "need", "speed", "seed", "feed", "bed", "red", "shed", "hundred", "used", "based", "related", "expected", "estimated", "reported", "said"]);

function stateOf(word: string | undefined): string | null {
  if (!word) return null;
  const w = word.toLowerCase();
  if (NOT_STATE.has(w)) return null;
  const stem = w.replace(/(?:ed|ing)$/, "").replace(/e$/, "").replace(/i$/, "y");
  const group = SAME_STATE.find((g) => g.some((s) => stem.startsWith(s) || w.startsWith(s)));
  return group ? (group[0] as string) : stem;
}

/** The state a count is given in where it is first stated: "12 people were injured" → "injur". */
function statedState(doc: ParsedDocument, m: Measure): string | null {
  const s = doc.sentences[m.sentence];
  if (!s) return null;
  const after = doc.text.slice(m.end, Math.min(s.end, m.end + 60));
  const passive = PASSIVE_AFTER_RE.exec(after);
  if (passive) return stateOf(passive[1]);
  const before = doc.text.slice(Math.max(s.start, m.qualifierStart - 25), m.qualifierStart);
  const gerund = GERUND_BEFORE_RE.exec(before);
  if (gerund && /\b(?:left|leaving)\s+$/i.test(before) === false) return stateOf(gerund[1]);
  if (/\b(?:left|leaving)\s+(?:at least\s+|about\s+)?$/i.test(before)) return stateOf(LEFT_AFTER_RE.exec(after)?.[1]);
  return null;
}

function overlapping(a: Measure, b: Measure): boolean {
  const [alo, ahi] = plausibleRange(a);
  const [blo, bhi] = plausibleRange(b);
  return alo <= bhi && blo <= ahi;
}

export const numericRepeatedCount: FlagRule = {
  id: "numeric.repeated-count",
  kind: "numeric_inconsistency",
  severity: "medium",
  defersToEarlierRules: true,
  description: "A set the article has already counted, referred back to with a different number (\"12 people were injured … the 15 injured\").",
  detect(doc) {
    const flags: DetectedFlag[] = [];
    const counts = doc.measures.filter((m) => m.unit === "count" && !doc.inQuote(m.start));
    for (const m of counts) {
      const s = doc.sentences[m.sentence];
      if (!s || !DEFINITE_BEFORE_RE.test(doc.text.slice(Math.max(s.start, m.qualifierStart - 5), m.qualifierStart))) continue;
      const state = stateOf(DEFINITE_AFTER_RE.exec(doc.text.slice(m.end, Math.min(s.end, m.end + 50)))?.[1]);
      if (!state) continue;
      if (UPDATE_RE.test(doc.text.slice(s.start, m.qualifierStart))) continue;
      // The last earlier count of the same state.
      const earlier = counts.filter((e) => e.sentence < m.sentence && statedState(doc, e) === state);
      const e = earlier[earlier.length - 1];
      if (!e || overlapping(e, m)) continue;
      // A toll updated in between ("rose to 15", "later revised") is a new count.
      const between = doc.sentences.slice(e.sentence + 1, m.sentence).map((x) => x.text).join(" ");
      if (UPDATE_RE.test(between) && counts.some((c) => c.sentence > e.sentence && c.sentence < m.sentence)) continue;
      const es = doc.sentences[e.sentence];
      const clause = es ? doc.text.slice(e.qualifierStart, Math.min(es.end, e.end + 40)).replace(/[,;].*$/, "") : measureText(doc, e);
      flags.push(
        makeFlag(numericRepeatedCount, doc, `${quote(doc.text.slice(doc.text.toLowerCase().lastIndexOf("the", m.qualifierStart), m.end + (DEFINITE_AFTER_RE.exec(doc.text.slice(m.end))?.[0].length ?? 0)))} counts ${formatValue(m.value)}, but the article first gave ${formatValue(e.value)} (${quote(clause, 60)}).`, [
          [m.qualifierStart, m.end],
          [e.qualifierStart, e.end],
        ]),
      );
    }
    return flags;
  },
};
