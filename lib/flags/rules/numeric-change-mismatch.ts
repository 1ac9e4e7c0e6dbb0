// A change stated next to its endpoints that does not match them: "from 57% to 47%, a 20-point cut",
// or a cut whose endpoints go up ("fell from 4.1% to 4.5%").
import type { DetectedFlag } from "../flag-kinds";
import { QUANTITY_SRC, formatNumber, quantityFromMatch, type Quantity } from "../nlp/quantities";
import { quote } from "../nlp/text";
import { makeFlag, type FlagRule } from "./types";

const APPROX = "(?:(?:about|around|roughly|nearly|almost|some|approximately|just|more than|less than|over|under)\\s+)?";
// Up to five words may sit between the two ends ("to 69.4% in the 2024-25 season from 71.0%"), none a quantity.
const GAP = (stop: string): string => `(?:\\s+(?!${stop}\\b)[\\w'’-]+){0,5}?`;
const FROM_TO_RE = new RegExp(`\\bfrom\\s+${APPROX}${QUANTITY_SRC}${GAP("to|from")}\\s+to\\s+${APPROX}${QUANTITY_SRC}`, "gi");
const TO_FROM_RE = new RegExp(`\\bto\\s+${APPROX}${QUANTITY_SRC}${GAP("to|from")}\\s+from\\s+${APPROX}${QUANTITY_SRC}`, "gi");

const DOWN = "cut|cuts|reduction|reductions|drop|drops|decrease|decline|fall|slide|plunge|slump|dip|contraction|loss";
const UP = "increase|increases|rise|rises|hike|hikes|jump|gain|gains|raise|climb|surge|growth|expansion|improvement";
const DOWN_SET = new Set(DOWN.split("|"));
// "a 20-point cut", "a 10 percent increase", "a $2 billion drop"
const STATED_BEFORE_NOUN_RE = new RegExp(
  `(?<![\\w.,-])([$€£¥])?(\\d+(?:\\.\\d+)?)(?:\\s?(thousand|million|billion|trillion|bn|(?<=\\d)[kmb])\\b)?[- ]?(percentage[- ]points?|points?|per[ -]?cent|percent|%)?[- ](${DOWN}|${UP})\\b`,
  "gi",
);
// "a cut of 20 points", "an increase of 10%"
const STATED_NOUN_OF_RE = new RegExp(`\\b(${DOWN}|${UP})\\s+of\\s+${APPROX}${QUANTITY_SRC}`, "gi");
// "cut tariffs by 20 points", "rose by 3%"
const STATED_VERB_BY_RE = new RegExp(
  `\\b(cut|cuts|cutting|reduc(?:e|ed|es|ing)|lower(?:ed|s|ing)?|rais(?:e|ed|es|ing)|increas(?:e|ed|es|ing)|dropped|fell|falls|rose|rises|climbed|declined|slashed|trimmed|boosted|grew|jumped|dipped)\\b(?:\\s+[\\w'’-]+){0,4}?\\s+by\\s+${APPROX}${QUANTITY_SRC}`,
  "gi",
);
const VERB_DOWN_RE = /\b(?:fell|falls|fall|dropped|drops|declined|declines|decreased|slipped|slid|plunged|plummeted|sank|shrank|eased|cut|cuts|cutting|reduc(?:e|ed|es|ing)|lower(?:ed|s|ing)?|slashed|trimmed|narrowed|dipped|tumbled|slowed|cooled|softened|weakened|contracted|shrunk|eroded)\b/i;
const VERB_UP_RE = /\b(?:rose|rises|rise|increas(?:e|ed|es|ing)|climbed|climbs|jumped|grew|grows|surged|soared|rais(?:e|ed|es|ing)|boosted|hiked|expanded|widened|rebounded|accelerated|quickened|strengthened|swelled)\b/i;
const CLAUSE_BREAK_RE = /;|\bwhile\b|\bwhereas\b|\bbut\b|\bcompared\b|\d/i;
const RANK_RE = /\b(?:No\.|number|#|rank|ranked|place|seed)\s*$/i;

interface Stated {
  start: number;
  end: number;
  q: Quantity;
  down: boolean | null;
  approximate: boolean;
}

interface Change {
  start: number;
  end: number;
  a: Quantity;
  b: Quantity;
  approximate: boolean;
}

/** The two endpoints, with a unit or magnitude written only on the second carried over to the first ("from 57 to 47 percent"). */
function endpoints(m: RegExpExecArray, reversed: boolean): Change | null {
  const first = quantityFromMatch(m, m.index, 1);
  const second = quantityFromMatch(m, m.index, 5);
  if (!first || !second) return null;
  const magFirst = m[3];
  const magSecond = m[7];
  if (!magFirst && magSecond && first.value < 1000) first.value *= second.value / Number((m[6] ?? "1").replace(/,/g, ""));
  if (first.unit === "plain" && second.unit !== "plain") first.unit = second.unit;
  if (second.unit === "plain" && first.unit !== "plain") second.unit = first.unit;
  const [a, b] = reversed ? [second, first] : [first, second];
  // "from 2014 to 2016": years, not quantities.
  const isYear = (q: Quantity): boolean => q.unit === "plain" && Number.isInteger(q.value) && q.value >= 1800 && q.value <= 2100 && !/[,.]/.test(q.text);
  if (isYear(a) && isYear(b)) return null;
  return { start: m.index, end: m.index + m[0].length, a, b, approximate: /\b(?:about|around|roughly|nearly|almost|some|approximately|more than|less than|over|under)\b/i.test(m[0]) };
}

function collectStated(sentence: string, offset: number): Stated[] {
  const out: Stated[] = [];
  STATED_BEFORE_NOUN_RE.lastIndex = 0;
  for (let m = STATED_BEFORE_NOUN_RE.exec(sentence); m !== null; m = STATED_BEFORE_NOUN_RE.exec(sentence)) {
    if (!m[1] && !m[4]) continue; // "20 cut" has no unit: not a stated change
    const q = quantityFromMatch([m[0], m[1], m[2], m[3], m[4]] as unknown as RegExpMatchArray, offset + m.index);
    if (q) out.push({ start: offset + m.index, end: offset + m.index + m[0].length, q, down: DOWN_SET.has((m[5] ?? "").toLowerCase()), approximate: false });
  }
  STATED_NOUN_OF_RE.lastIndex = 0;
  for (let m = STATED_NOUN_OF_RE.exec(sentence); m !== null; m = STATED_NOUN_OF_RE.exec(sentence)) {
    const q = quantityFromMatch(m, offset + m.index, 2);
    if (q && (q.unit !== "plain" || m[2])) out.push({ start: offset + m.index, end: offset + m.index + m[0].length, q, down: DOWN_SET.has((m[1] ?? "").toLowerCase()), approximate: /\b(?:about|around|roughly|nearly|almost|some|approximately)\b/i.test(m[0]) });
  }
  STATED_VERB_BY_RE.lastIndex = 0;
  for (let m = STATED_VERB_BY_RE.exec(sentence); m !== null; m = STATED_VERB_BY_RE.exec(sentence)) {
    const q = quantityFromMatch(m, offset + m.index, 2);
    const verb = m[1] ?? "";
    if (q && (q.unit !== "plain" || m[2])) out.push({ start: offset + m.index, end: offset + m.index + m[0].length, q, down: VERB_DOWN_RE.test(verb) ? true : VERB_UP_RE.test(verb) ? false : null, approximate: /\b(?:about|around|roughly|nearly|almost|some|approximately)\b/i.test(m[0]) });
  }
  return out;
}

function close(actual: number, expected: number, approximate: boolean, absolute: number): boolean {
  const tolerance = approximate ? Math.max(absolute, Math.abs(expected) * 0.1) : Math.max(absolute, Math.abs(expected) * 0.02);
  return Math.abs(actual - expected) <= tolerance;
}

function describe(q: Quantity): string {
  if (q.unit === "percent") return `${formatNumber(q.value)}%`;
  if (q.unit === "points") return `${formatNumber(q.value)} points`;
  return formatNumber(q.value);
}

export const numericChangeMismatch: FlagRule = {
  id: "numeric.change",
  kind: "numeric_inconsistency",
  severity: "medium",
  description: "A change stated next to its start and end values that does not match them in size or direction ('from 57% to 47%, a 20-point cut').",
  detect(doc) {
    const { text } = doc;
    const flags: DetectedFlag[] = [];
    for (const s of doc.sentences) {
      const sentence = text.slice(s.start, s.end);
      if (!/\d/.test(sentence) || !/\b(?:from|to)\b/i.test(sentence)) continue;
      const changes: Change[] = [];
      for (const [re, reversed] of [[FROM_TO_RE, false], [TO_FROM_RE, true]] as const) {
        re.lastIndex = 0;
        for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
          if (RANK_RE.test(sentence.slice(0, m.index + 6))) continue;
          const c = endpoints(m, reversed);
          if (c && c.a.unit === c.b.unit) changes.push({ ...c, start: c.start + s.start, end: c.end + s.start });
        }
      }
      if (changes.length === 0) continue;
      const stated = collectStated(sentence, s.start);
      for (const c of changes) {
        const diff = c.b.value - c.a.value;
        const fromTo = text.slice(c.start, c.end);
        // The stated change next to this one, with nothing between them that starts another clause or number.
        const near = stated.filter((st) => {
          if (st.start < c.end && c.start < st.end) return false;
          const gap = st.end <= c.start ? text.slice(st.end, c.start) : text.slice(c.end, st.start);
          return gap.length <= 80 && !CLAUSE_BREAK_RE.test(gap);
        });
        let reported = false;
        for (const st of near) {
          const said = text.slice(st.start, st.end);
          if (st.down !== null && diff !== 0 && st.down !== diff < 0) {
            flags.push(makeFlag(numericChangeMismatch, doc, `${quote(said)} calls it a ${st.down ? "fall" : "rise"}, but ${quote(fromTo)} goes ${diff < 0 ? "down" : "up"}.`, [[st.start, st.end], [c.start, c.end]], "high"));
            reported = true;
            continue;
          }
          const approx = st.approximate || c.approximate;
          const points = Math.abs(diff);
          const relative = c.a.value !== 0 ? (Math.abs(diff) / Math.abs(c.a.value)) * 100 : NaN;
          let ok: boolean;
          let expected: string;
          if (c.a.unit === "percent" || c.a.unit === "points") {
            if (st.q.unit === "points") ok = close(st.q.value, points, approx, 0.051);
            else if (st.q.unit === "percent") ok = close(st.q.value, points, approx, 0.051) || close(st.q.value, relative, approx, 0.6);
            else continue;
            expected = `${formatNumber(points)} percentage points${Number.isFinite(relative) ? ` (${formatNumber(+relative.toFixed(1))}% in relative terms)` : ""}`;
          } else {
            if (st.q.unit === "percent") ok = close(st.q.value, relative, approx, 0.6);
            else if (st.q.unit === "money" || st.q.unit === "plain") ok = close(st.q.value, points, approx, 0.01);
            else continue;
            expected = st.q.unit === "percent" ? `${formatNumber(+relative.toFixed(1))}%` : formatNumber(points);
          }
          if (!ok) {
            flags.push(makeFlag(numericChangeMismatch, doc, `${quote(said)} does not match ${quote(fromTo)}, a change of ${expected}, not ${describe(st.q)}.`, [[st.start, st.end], [c.start, c.end]]));
            reported = true;
          }
        }
        if (reported) continue;
        // Direction of the verb governing the change ("fell from 4.1% to 4.5%").
        const lead = text.slice(Math.max(s.start, c.start - 60), c.start);
        const leadWords = lead.split(/\s+/).slice(-6).join(" ");
        const down = VERB_DOWN_RE.exec(leadWords);
        const up = VERB_UP_RE.exec(leadWords);
        if (diff !== 0 && (down === null) !== (up === null) && !/\d/.test(leadWords)) {
          const verb = (down ?? up) as RegExpExecArray;
          const saysDown = down !== null;
          if (saysDown !== diff < 0) {
            const verbStart = c.start - leadWords.length + verb.index;
            const verbEnd = verbStart + verb[0].length;
            if (text.slice(verbStart, verbEnd) === verb[0]) {
              flags.push(makeFlag(numericChangeMismatch, doc, `'${verb[0]}' says the value went ${saysDown ? "down" : "up"}, but ${quote(fromTo)} goes ${diff < 0 ? "down" : "up"}.`, [[verbStart, c.end]], "high"));
            }
          }
        }
      }
    }
    return flags;
  },
};

