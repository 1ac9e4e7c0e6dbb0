// A stated total that its parts do not add up to, and a remainder that is not what is left:
// "subtracted a combined 38,000 jobs … May's figure was lowered to 129,000 from 147,000, and June's to
// 120,000 from 140,000" (18,000 + 20,000), "for a total of $165.5 million" after $101.5M and $44M,
// "58,904 votes to 58,692, out of 107,596 ballots", "80% of $212M … leaving $32M" (it leaves $42.4M),
// "the remaining 12 percent" after 41, 33 and 19 percent.
import type { DetectedFlag } from "../flag-kinds";
import type { ParsedDocument } from "../nlp/document";
import { fits, formatValue, type Measure } from "../nlp/measures";
import { measureText, sameThing, sumRange } from "../nlp/numeric-context";
import { quote } from "../nlp/text";
import { findChangePairs } from "./numeric-stated-change";
import { makeFlag, type FlagRule, type Range } from "./types";

const TOTAL_BEFORE_RE = /\b(?:a combined|combined|a total of|total of|totaling|totalling|for a total of|amounts? to|amounted to|add(?:s|ed)? up to|in all|all told)\s+(?:(?:about|around|roughly|nearly|almost|some|approximately|more than|over)\s+)?$/i;
const TOTAL_AFTER_RE = /^\s+(?:\w+\s+){0,2}?(?:in all|in total|combined|altogether|all told)\b/i;
const OUT_OF_RE = /\bout of\s+(?:(?:about|around|roughly|nearly|almost|some|more than|over)\s+)?$/i;
const REMAINING_RE = /\b(?:the remaining|the other|the rest,?|remaining|leaving|leaves|left(?: with)?|with the rest,?|the last)\s+(?:(?:about|around|roughly|nearly|almost|some|just)\s+)?$/i;
const SHARE_OF_RE = /^\s+of\s+(?:the\s+|its\s+|their\s+)?(?:about\s+|roughly\s+)?$/i;
const PARTS_OF_PREVIOUS_RE = /^\s*(?:Of (?:that|this|the) (?:amount|total|sum|figure|money|budget)|Of (?:that|this|it|them|those)|The (?:award|total|package|plan|sum|amount|budget|figure|settlement) (?:includes|included|consists of|consisted of|is made up of|was made up of|comprises|breaks down into))\b/;
const SPENDING_RE = /\b(?:spend|spending|spent|budget|total|totals|cost|costs|award|awarded|plan|package|fund|funding|set aside|pay|paid|raise|raised|collected|owed)\b/i;

/** Parts of a total stated in sentence `si`: its other measures of the unit, else the changes listed in the next sentence, else the previous sentence's too. */
function partsFor(doc: ParsedDocument, total: Measure): Measure[] {
  const si = total.sentence;
  const same = doc.measures.filter((m) => m.sentence === si && m !== total && m.unit === total.unit && m.value < total.value + total.precision);
  if (same.length >= 2) return same;
  const next = doc.measures.filter((m) => m.sentence === si + 1);
  const changes = findChangePairs(doc, next);
  if (changes.length >= 2 && changes.every((c) => c.from.unit === total.unit)) {
    return changes.map((c) => ({ ...c.to, value: Math.abs(c.to.value - c.from.value), precision: c.to.precision + c.from.precision, start: c.start, end: c.end, qualifierStart: c.start }));
  }
  const previous = doc.measures.filter((m) => m.sentence === si - 1 && m.unit === total.unit && m.value < total.value);
  const both = [...previous, ...same];
  return both.length >= 2 ? both : [];
}

/** "Sixty-eight children have died …, including 86 whose deaths were reported this week": a part above its whole. */
function includingFlags(doc: ParsedDocument, out: DetectedFlag[]): void {
  const ms = doc.measures;
  for (let i = 1; i < ms.length; i++) {
    const part = ms[i] as Measure;
    const whole = [...ms.slice(0, i)].reverse().find((m) => m.sentence === part.sentence && m.unit === part.unit);
    if (!whole || !/,?\s+including\s+$/i.test(doc.text.slice(Math.max(0, part.qualifierStart - 12), part.qualifierStart))) continue;
    if (doc.text.slice(whole.end, part.qualifierStart).length > 80 || part.value - part.precision <= whole.value + whole.precision || whole.qualifier === "over") continue;
    out.push(makeFlag(numericSumTotal, doc, `${quote(measureText(doc, part))} cannot be included in ${quote(measureText(doc, whole))}: the part is larger than the whole.`, [[part.qualifierStart, part.end], [whole.qualifierStart, whole.end]]));
  }
}

function totalFlags(doc: ParsedDocument, out: DetectedFlag[]): void {
  const { text } = doc;
  for (const t of doc.measures) {
    if (doc.inQuote(t.start)) continue;
    const before = text.slice(Math.max(0, t.qualifierStart - 40), t.qualifierStart);
    const sentence = doc.sentences[t.sentence];
    if (!sentence) continue;
    const outOf = OUT_OF_RE.test(before);
    const stated = TOTAL_BEFORE_RE.test(before) || TOTAL_AFTER_RE.test(text.slice(t.end, t.end + 30)) || (/^\s*Together\b/.test(text.slice(sentence.start, sentence.start + 12)) && /\b(?:amount|total|add)/i.test(before));
    if (!stated && !outOf) continue;
    const parts = outOf ? doc.measures.filter((m) => m.sentence === t.sentence && m !== t && m.unit === t.unit && m.end <= t.start) : partsFor(doc, t);
    if (parts.length < 2) continue;
    const range = sumRange(parts);
    const sum = parts.reduce((a, p) => a + p.value, 0);
    const ok = outOf ? range[0] <= t.value + t.precision || t.qualifier === "over" : fits(range, t);
    if (ok) continue;
    const ranges: Range[] = [[t.qualifierStart, t.end], ...parts.map((p): Range => [p.qualifierStart, p.end])];
    const explanation = outOf
      ? `The parts ${parts.map((p) => quote(measureText(doc, p), 30)).join(" and ")} add up to ${formatValue(sum, t.unit)}, more than the whole ${quote(measureText(doc, t), 40)}.`
      : `The parts ${parts.map((p) => quote(measureText(doc, p), 40)).join(" and ")} add up to ${formatValue(sum, t.unit)}, not the stated total ${quote(measureText(doc, t), 40)}.`;
    out.push(makeFlag(numericSumTotal, doc, explanation, ranges));
  }
}

/** "The award includes $298M in wages and $114M in penalties" after "to pay $412 million": parts that exceed it. */
function partsOfPreviousFlags(doc: ParsedDocument, out: DetectedFlag[]): void {
  for (const s of doc.sentences) {
    if (!PARTS_OF_PREVIOUS_RE.test(s.text) && !/^\s*(?:About|Some|Roughly)\s/.test(s.text)) continue;
    const parts = doc.measures.filter((m) => m.sentence === s.index && m.unit === "money");
    if (parts.length < 2) continue;
    const prev = doc.sentences[s.index - 1];
    if (!prev || !SPENDING_RE.test(prev.text)) continue;
    const totals = doc.measures.filter((m) => m.sentence === prev.index && m.unit === "money");
    const total = totals[0];
    if (!total || parts.some((p) => p.value >= total.value)) continue;
    const range = sumRange(parts);
    if (range[0] <= total.value + total.precision) continue;
    const sum = parts.reduce((a, p) => a + p.value, 0);
    out.push(
      makeFlag(
        numericSumTotal,
        doc,
        `The parts ${parts.map((p) => quote(measureText(doc, p), 30)).join(" and ")} add up to ${formatValue(sum, "money")}, more than the ${quote(measureText(doc, total), 30)} they divide.`,
        [[parts[0]?.qualifierStart ?? s.start, parts[parts.length - 1]?.end ?? s.end], [total.qualifierStart, total.end]],
      ),
    );
  }
}

/** The remainder after a share or after listed parts. */
function remainderFlags(doc: ParsedDocument, out: DetectedFlag[]): void {
  const { text } = doc;
  for (const r of doc.measures) {
    const before = text.slice(Math.max(0, r.qualifierStart - 30), r.qualifierStart);
    if (!REMAINING_RE.test(before) || doc.inQuote(r.start)) continue;
    // "80% of $212M … leaving $32M": the share of a whole earlier in the sentence.
    const earlier = doc.measures.filter((m) => m.sentence === r.sentence && m.end <= r.qualifierStart);
    let done = false;
    for (let i = 0; i + 1 < earlier.length; i++) {
      const share = earlier[i] as Measure;
      const whole = earlier[i + 1] as Measure;
      if (share.unit !== "percent" || whole.unit !== r.unit || !SHARE_OF_RE.test(text.slice(share.end, whole.qualifierStart))) continue;
      const lo = whole.value - whole.precision;
      const hi = whole.value + whole.precision;
      const pLo = (share.value - share.precision) / 100;
      const pHi = (share.value + share.precision) / 100;
      const left: [number, number] = [lo * (1 - pHi), hi * (1 - pLo)];
      if (!fits(left, r)) {
        const expected = whole.value * (1 - share.value / 100);
        out.push(
          makeFlag(
            numericSumTotal,
            doc,
            `${quote(measureText(doc, share))} of ${quote(measureText(doc, whole))} leaves ${formatValue(expected, r.unit)}, not ${quote(measureText(doc, r))}.`,
            [[r.qualifierStart, r.end], [share.qualifierStart, whole.end]],
          ),
        );
      }
      done = true;
      break;
    }
    if (done) continue;
    if (r.unit === "percent") {
      // "Two other candidates split the remaining 7 percent": what is left of 100 after the shares listed before.
      const para = doc.sentences[r.sentence]?.paragraph;
      const shares = doc.measures.filter(
        (m) => m.unit === "percent" && m.end <= r.qualifierStart && m.sentence >= r.sentence - 1 && doc.sentences[m.sentence]?.paragraph === para && m.qualifier === "exact",
      );
      if (shares.length < 2) continue;
      const range = sumRange(shares);
      if (range[0] > 100) continue;
      const left: [number, number] = [100 - range[1], 100 - range[0]];
      if (fits(left, r)) continue;
      out.push(
        makeFlag(numericSumTotal, doc, `After ${shares.map((s) => quote(measureText(doc, s), 20)).join(", ")}, what remains is ${formatValue(100 - (range[0] + range[1]) / 2, "percent")}, not ${quote(measureText(doc, r))}.`, [
          [r.qualifierStart, r.end],
          ...shares.map((s): Range => [s.qualifierStart, s.end]),
        ]),
      );
      continue;
    }
    const noun = r.noun;
    if (r.unit !== "count" || noun === null) continue;
    // "Kerr County accounted for 68 of the deaths … The remaining 14 deaths": the total of that noun before, less the parts.
    const parts = doc.measures.filter(
      (m) => m.unit === "count" && m.end <= r.qualifierStart && m.sentence >= r.sentence - 1 && /^\s+of\s+the\s+/i.test(text.slice(m.end, m.end + 10)) && text.slice(m.end, m.end + 40).toLowerCase().includes(noun.slice(0, 4)),
    );
    if (parts.length === 0) continue;
    const partSum = sumRange(parts);
    const totals = doc.measures.filter(
      (m) => m.unit === "count" && m.end <= (parts[0]?.start ?? 0) && m.value > partSum[1] && (sameThing(m.noun, noun) || (doc.sentences[m.sentence]?.text.toLowerCase().includes(noun.slice(0, 4)) ?? false)),
    );
    const total = totals[0];
    if (!total) continue;
    const left: [number, number] = [total.value - total.precision - partSum[1], total.value + total.precision - partSum[0]];
    if (total.qualifier === "over") left[1] = Number.POSITIVE_INFINITY;
    if (fits(left, r)) continue;
    out.push(
      makeFlag(numericSumTotal, doc, `${quote(measureText(doc, total))} less ${parts.map((p) => quote(measureText(doc, p), 20)).join(" and ")} leaves ${formatValue(total.value - parts.reduce((a, p) => a + p.value, 0))}, not ${quote(measureText(doc, r))}.`, [
        [r.qualifierStart, r.end],
        [total.qualifierStart, total.end],
        ...parts.map((p): Range => [p.qualifierStart, p.end]),
      ]),
    );
  }
}

export const numericSumTotal: FlagRule = {
  id: "numeric.sum",
  kind: "numeric_inconsistency",
  severity: "medium",
  defersToEarlierRules: true,
  description: "A stated total its parts do not add up to, parts that exceed their whole, or a remainder that is not what is left.",
  detect(doc) {
    const flags: DetectedFlag[] = [];
    totalFlags(doc, flags);
    includingFlags(doc, flags);
    partsOfPreviousFlags(doc, flags);
    remainderFlags(doc, flags);
    return flags.filter((f, i) => !flags.slice(0, i).some((g) => g.spans[0]?.start === f.spans[0]?.start));
  },
};
