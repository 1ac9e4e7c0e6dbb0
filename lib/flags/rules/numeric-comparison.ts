// A stated difference or comparison the numbers contradict: "116 degrees, four degrees short of the
// record, 118 degrees" (two), "passed 56 to 20, four votes more than the 54 required" (two), "received 301
// votes, short of the 289 needed" (301 is more), "its largest snowfall since March, when 12.4 inches fell"
// (an earlier larger fall), "Ruiz's margin of 11,530 votes" against her 61,480 and his 51,950.
import type { DetectedFlag } from "../flag-kinds";
import type { ParsedDocument } from "../nlp/document";
import { fits, formatValue, type Measure } from "../nlp/measures";
import { measureText, sameThing } from "../nlp/numeric-context";
import { quote } from "../nlp/text";
import { makeFlag, type FlagRule } from "./types";

// After the difference N: the comparison word, then up to eight words before the other value M.
const DIFFERENCE_AFTER_RE = /^\s+(?:\w+\s+)?(more|fewer|less|higher|lower|greater|larger|smaller|bigger|above|below|short of|ahead of|behind|over|under)\s+(?:than\s+)?(?:[\w'’-]+,?\s+){0,8}?$/i;
const MORE = new Set(["more", "higher", "greater", "larger", "bigger", "above", "ahead of", "over"]);
// A value X, then a bound M: "X, short of the M needed", "X, surpassing the previous high of M".
const BOUND_RE = /^(?:\s+[a-z]+)?,?\s+(short of|below|under|less than|fewer than|shy of|surpassing|exceeding|topping|beating|breaking|above|more than|over)\s+(?:the\s+|a\s+|its\s+)?(?:[\w'’-]+\s+){0,4}?$/i;
const BOUND_MORE = new Set(["surpassing", "exceeding", "topping", "beating", "breaking", "above", "more than", "over"]);
// "its largest snowfall since March 2024, when 12.4 inches fell"
const SINCE_WHEN_RE = /\b(largest|biggest|highest|heaviest|most|greatest|lowest|smallest|fewest|least|weakest)\b[^.;]{0,60}?\bsince\b[^.;]{0,40}?,\s+when\s+$/i;
const MARGIN_RE = /\b(?:margin of|(?:won|win|wins|defeated|defeating|beat|beating|led|leading|lead|ahead)\s+(?:\w+\s+){0,3}?by)\s+(?:about\s+|roughly\s+|some\s+|nearly\s+|just\s+)?$/i;

function comparable(a: Measure, b: Measure): boolean {
  return a.unit === b.unit && (a.noun === null || b.noun === null || a.noun === b.noun || sameThing(a.noun, b.noun));
}

function differenceFlags(doc: ParsedDocument, out: DetectedFlag[]): void {
  const { text } = doc;
  const ms = doc.measures;
  for (let i = 1; i + 1 < ms.length; i++) {
    const n = ms[i] as Measure;
    const m = ms[i + 1] as Measure;
    if (n.sentence !== m.sentence) continue;
    const gap = DIFFERENCE_AFTER_RE.exec(text.slice(n.end, m.qualifierStart));
    if (!gap || gap[1] === undefined || !comparable(n, m)) continue;
    // "four degrees short of", "two votes more than": a difference names its unit and its other side.
    if (n.unit === "count" && n.noun === null) continue;
    if (!/\bthan\b/i.test(gap[0]) && !/short of|ahead of|behind/i.test(gap[1])) continue;
    const more = MORE.has(gap[1].toLowerCase());
    // X: the nearest earlier value of the sentence on the side the words say.
    const xs = ms.slice(0, i).filter((x) => x.sentence === n.sentence && comparable(x, m)).reverse();
    const x = xs.find((c) => (more ? c.value >= m.value : c.value <= m.value)) ?? xs[0];
    if (!x) continue;
    const diff: [number, number] = [Math.abs(x.value - m.value) - x.precision - m.precision, Math.abs(x.value - m.value) + x.precision + m.precision];
    const rightSide = more ? x.value + x.precision >= m.value - m.precision : x.value - x.precision <= m.value + m.precision;
    if (rightSide && fits(diff, n)) continue;
    const actual = formatValue(Math.abs(x.value - m.value), n.unit);
    out.push(
      makeFlag(numericComparison, doc, `${quote(measureText(doc, x))} against ${quote(measureText(doc, m))} is a difference of ${actual}${rightSide ? "" : ` the other way`}, not ${quote(`${measureText(doc, n)} ${gap[1]}`)}.`, [
        [n.qualifierStart, n.end],
        [x.qualifierStart, x.end],
        [m.qualifierStart, m.end],
      ]),
    );
  }
}

function boundFlags(doc: ParsedDocument, out: DetectedFlag[]): void {
  const { text } = doc;
  const ms = doc.measures;
  for (let i = 0; i + 1 < ms.length; i++) {
    let x = ms[i] as Measure;
    const bound = ms[i + 1] as Measure;
    if (x.sentence !== bound.sentence || !comparable(x, bound)) continue;
    // "$5.07, up from $4.44, beating the $4.61": the subject is the new value, not the old one.
    if (/\bfrom\s+$/i.test(text.slice(Math.max(0, x.qualifierStart - 8), x.qualifierStart))) {
      const newer = ms[i - 1];
      if (!newer || newer.sentence !== x.sentence || !comparable(newer, bound)) continue;
      x = newer;
    }
    const gap = BOUND_RE.exec(text.slice(x.end, bound.qualifierStart));
    if (!gap || gap[1] === undefined) continue;
    // "two votes more than the 54 required": a difference, read by differenceFlags.
    if (x.noun !== null && DIFFERENCE_AFTER_RE.test(text.slice(x.end, bound.qualifierStart))) continue;
    const more = BOUND_MORE.has(gap[1].toLowerCase());
    const ok = more ? x.value + x.precision > bound.value - bound.precision : x.value - x.precision < bound.value + bound.precision;
    if (ok) continue;
    out.push(
      makeFlag(numericComparison, doc, `${quote(measureText(doc, x))} is ${more ? "not more" : "not less"} than ${quote(measureText(doc, bound))}, though the text says ${quote(gap[1])}.`, [
        [x.qualifierStart, x.end],
        [bound.qualifierStart, bound.end],
      ]),
    );
  }
}

function sinceWhenFlags(doc: ParsedDocument, out: DetectedFlag[]): void {
  const { text } = doc;
  for (const m of doc.measures) {
    const s = doc.sentences[m.sentence];
    if (!s) continue;
    const sw = SINCE_WHEN_RE.exec(text.slice(s.start, m.qualifierStart));
    if (!sw || sw[1] === undefined) continue;
    const at = s.start + sw.index;
    const x = [...doc.measures].reverse().find((c) => c.sentence === m.sentence && c.end <= at && comparable(c, m));
    if (!x) continue;
    const most = /largest|biggest|highest|heaviest|most|greatest/i.test(sw[1]);
    // "the largest since the time when M" means M was at least as large.
    const ok = most ? m.value + m.precision >= x.value - x.precision : m.value - m.precision <= x.value + x.precision;
    if (ok) continue;
    out.push(
      makeFlag(numericComparison, doc, `${quote(`${sw[1]} … since`)} needs the earlier ${quote(measureText(doc, m))} to be ${most ? "at least" : "at most"} ${quote(measureText(doc, x))}.`, [
        [m.qualifierStart, m.end],
        [x.qualifierStart, x.end],
      ]),
    );
  }
}

/** "Ruiz's margin of 9,530 votes": the difference of the two leading tallies of that noun. */
function marginFlags(doc: ParsedDocument, out: DetectedFlag[]): void {
  const { text } = doc;
  for (const n of doc.measures) {
    if (n.unit !== "count" && n.unit !== "points") continue;
    const before = text.slice(Math.max(0, n.qualifierStart - 40), n.qualifierStart);
    if (!MARGIN_RE.test(before) || doc.inQuote(n.start)) continue;
    // The two counts of the same noun stated together ("61,480 votes, … to Whitaker's 51,950").
    const noun = n.noun ?? "vote";
    const tallies = doc.measures.filter((m) => m !== n && m.unit === "count" && m.qualifier === "exact" && m.value > n.value && (m.noun === null || sameThing(m.noun, noun)));
    let pair: [Measure, Measure] | null = null;
    for (let i = 0; i + 1 < tallies.length && !pair; i++) {
      const a = tallies[i] as Measure;
      const b = tallies[i + 1] as Measure;
      if (a.sentence !== b.sentence || !/^[^.;]{0,60}?\bto\b[^.;]{0,25}$/.test(text.slice(a.end, b.qualifierStart))) continue;
      if ((a.noun !== null && sameThing(a.noun, noun)) || (b.noun !== null && sameThing(b.noun, noun))) pair = [a, b];
    }
    if (!pair) continue;
    const [a, b] = pair;
    const diff: [number, number] = [Math.abs(a.value - b.value) - a.precision - b.precision, Math.abs(a.value - b.value) + a.precision + b.precision];
    if (fits(diff, n) || a.value < 1000) continue;
    out.push(
      makeFlag(numericComparison, doc, `${quote(measureText(doc, a))} against ${quote(measureText(doc, b))} is a margin of ${formatValue(Math.abs(a.value - b.value))}, not ${quote(measureText(doc, n))}.`, [
        [n.qualifierStart, n.end],
        [a.qualifierStart, a.end],
        [b.qualifierStart, b.end],
      ]),
    );
  }
}

export const numericComparison: FlagRule = {
  id: "numeric.comparison",
  kind: "numeric_inconsistency",
  severity: "medium",
  defersToEarlierRules: true,
  description: "A stated difference, margin or comparison ('short of', 'more than', 'the largest since') that the numbers beside it contradict.",
  detect(doc) {
    const flags: DetectedFlag[] = [];
    differenceFlags(doc, flags);
    boundFlags(doc, flags);
    sinceWhenFlags(doc, flags);
    marginFlags(doc, flags);
    return flags.filter((f, i) => !doc.inQuote(f.spans[0]?.start ?? 0) && !flags.slice(0, i).some((g) => g.spans[0]?.start === f.spans[0]?.start));
  },
};
