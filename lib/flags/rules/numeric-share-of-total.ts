// A share that does not match its part and whole: "38 of 120 … about 40 percent" (32%), "371 cases, or
// about 72 percent of the total" when the total is 597 (62%), "a quarter of them, or about 48,000" of
// 112,000 (28,000), "more than three times the 60 grams" for 122 grams (about twice).
import type { DetectedFlag } from "../flag-kinds";
import type { ParsedDocument } from "../nlp/document";
import { fits, formatValue, type Measure } from "../nlp/measures";
import { measureText, sameThing } from "../nlp/numeric-context";
import { quote } from "../nlp/text";
import { makeFlag, type FlagRule } from "./types";

const FRACTIONS: Readonly<Record<string, number>> = {
  half: 1 / 2, third: 1 / 3, quarter: 1 / 4, fourth: 1 / 4, fifth: 1 / 5, tenth: 1 / 10,
  "two-thirds": 2 / 3, "three-quarters": 3 / 4, "three-fourths": 3 / 4, "two-fifths": 2 / 5, "three-fifths": 3 / 5,
};
const FRACTION_RE = /\b(?:(?:a|one)\s+)?(half|third|quarter|fourth|fifth|tenth|two-thirds|three-quarters|three-fourths|two-fifths|three-fifths)\s+of\s+(?:them|those|it|the\s+total|these)\b[^.;]{0,60}?,\s+or\s+(?:about|around|roughly|some|nearly|almost)?\s*$/i;
const MULTIPLE_RE = /\b(more than|nearly|almost|about|roughly|over|at least|less than)?\s*(twice|double|triple|three times|four times|five times|six times|ten times|(\d+(?:\.\d+)?) times)\s+(?:as (?:much|many|large|high) as\s+)?(?:the|its|their|a|an)?\s*$/i;
const MULTIPLES: Readonly<Record<string, number>> = { twice: 2, double: 2, triple: 3, "three times": 3, "four times": 4, "five times": 5, "six times": 6, "ten times": 10 };
const OF_TOTAL_RE = /^\s+of\s+(?:the\s+total|all\b|the\s+(\w+)|its\s+(?:\w+\s+)?(\w+)|their\s+(?:\w+\s+)?(\w+))/i;
const OR_BEFORE_RE = /,\s+or\s+(?:(?:about|around|roughly|nearly|almost|some|just over|just under|more than|less than)\s+)?$/i;

function ratioRange(part: Measure, whole: Measure): [number, number] {
  const lo = (100 * Math.max(0, part.value - part.precision)) / (whole.value + whole.precision);
  const hi = (100 * (part.value + part.precision)) / Math.max(1e-9, whole.value - whole.precision);
  return [lo, hi];
}

/** "38 of 120 students … about 40 percent": part, whole and the share said of them. */
function partOfWholeFlags(doc: ParsedDocument, out: DetectedFlag[]): void {
  const { text } = doc;
  const ms = doc.measures;
  for (let i = 0; i + 1 < ms.length; i++) {
    const part = ms[i] as Measure;
    const whole = ms[i + 1] as Measure;
    if (part.unit !== "count" || whole.unit !== "count" || part.sentence !== whole.sentence) continue;
    if (!/^\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?$/i.test(text.slice(part.end, whole.qualifierStart))) continue;
    if (part.value > whole.value) continue;
    // The next measure, in this sentence or opening the next, if it is a percentage.
    const share = ms[i + 2];
    if (!share || share.unit !== "percent" || share.sentence > whole.sentence + 1) continue;
    const between = text.slice(whole.end, share.qualifierStart);
    if (between.length > 160 || /\b(?:than|from|to|compared|versus|up|down|rise|fall|rose|fell|increase|decrease)\b/i.test(between)) continue;
    if (share.sentence !== whole.sentence && ms.some((m) => m.sentence === share.sentence && m.start < share.start)) continue;
    // "rents set at 60% of the local median": a share of something else.
    if (/^\s+of\s+(?!the total|them\b|those\b|all\b|the group|the \w+ (?:surveyed|polled|asked))/i.test(text.slice(share.end, share.end + 30))) continue;
    if (fits(ratioRange(part, whole), share)) continue;
    out.push(
      makeFlag(numericShareOfTotal, doc, `${quote(measureText(doc, part))} of ${quote(measureText(doc, whole))} is ${formatValue((100 * part.value) / whole.value, "percent")}, not ${quote(measureText(doc, share))}.`, [
        [share.qualifierStart, share.end],
        [part.qualifierStart, whole.end],
      ]),
    );
  }
}

/** "Of the 120 students who sat the exam, 38 passed, about 40 percent": the whole named first. */
function wholeFirstFlags(doc: ParsedDocument, out: DetectedFlag[]): void {
  const { text } = doc;
  const ms = doc.measures;
  for (let i = 0; i + 2 < ms.length; i++) {
    const whole = ms[i] as Measure;
    const part = ms[i + 1] as Measure;
    const share = ms[i + 2] as Measure;
    if (whole.unit !== "count" || part.unit !== "count" || share.unit !== "percent" || whole.sentence !== part.sentence || share.sentence !== part.sentence) continue;
    if (!/\b(?:Of|of|Among|among|Out of|out of)\s+(?:the|its|their|all|those)?\s*$/.test(text.slice(Math.max(0, whole.qualifierStart - 14), whole.qualifierStart))) continue;
    if (part.value > whole.value || !/^[^.;]{0,40}?,\s*$/.test(text.slice(whole.end, part.qualifierStart))) continue;
    const between = text.slice(part.end, share.qualifierStart);
    // A change ("rose to 40 percent", "up from …") is not the share; "walk to school" is just words.
    if (between.length > 50 || /\b(?:than|from|up|down|rose|fell|compared)\b|\bto\s+$/i.test(between)) continue;
    if (/^\s+of\s+(?!the total|them\b|those\b|all\b|the (?:class|group|total))/i.test(text.slice(share.end, share.end + 30))) continue;
    if (fits(ratioRange(part, whole), share)) continue;
    out.push(
      makeFlag(numericShareOfTotal, doc, `${quote(measureText(doc, part))} of ${quote(measureText(doc, whole))} is ${formatValue((100 * part.value) / whole.value, "percent")}, not ${quote(measureText(doc, share))}.`, [
        [share.qualifierStart, share.end],
        [part.qualifierStart, part.end],
        [whole.qualifierStart, whole.end],
      ]),
    );
  }
}

/** "371 cases, or about 62 percent of the total": the share against the total of that thing the article gives. */
function orPercentFlags(doc: ParsedDocument, out: DetectedFlag[]): void {
  const { text } = doc;
  const ms = doc.measures;
  for (let i = 1; i < ms.length; i++) {
    const share = ms[i] as Measure;
    const part = ms[i - 1] as Measure;
    if (share.unit !== "percent" || part.sentence !== share.sentence || (part.unit !== "count" && part.unit !== "money")) continue;
    if (!OR_BEFORE_RE.test(text.slice(part.end, share.qualifierStart)) || text.slice(part.end, share.qualifierStart).length > 45) continue;
    const of = OF_TOTAL_RE.exec(text.slice(share.end, share.end + 50));
    if (!of) continue;
    const wholeNoun = (of[1] ?? of[2] ?? of[3] ?? "").toLowerCase().replace(/s$/, "");
    const ofTotal = /total|all/.test(of[0]);
    const candidates = ms.filter(
      (m) =>
        m !== part &&
        m.unit === part.unit &&
        m.value > part.value &&
        (ofTotal ? sameThing(m.noun, part.noun) || /\btotal\b/i.test(doc.sentences[m.sentence]?.text ?? "") : sameThing(m.noun, wholeNoun) || sameThing(m.noun, part.noun)),
    );
    if (candidates.length === 0 || candidates.some((w) => fits(ratioRange(part, w), share))) continue;
    const whole = candidates[0] as Measure;
    out.push(
      makeFlag(numericShareOfTotal, doc, `${quote(measureText(doc, part))} of ${quote(measureText(doc, whole))} is ${formatValue((100 * part.value) / whole.value, "percent")}, not ${quote(measureText(doc, share))}.`, [
        [share.qualifierStart, share.end],
        [part.qualifierStart, part.end],
        [whole.qualifierStart, whole.end],
      ]),
    );
  }
}

/** "112,000 ballots were cast, roughly a quarter of them by mail, or about 48,000". */
function fractionFlags(doc: ParsedDocument, out: DetectedFlag[]): void {
  const { text } = doc;
  for (const n of doc.measures) {
    if (n.unit !== "count") continue;
    const s = doc.sentences[n.sentence];
    if (!s) continue;
    const before = text.slice(s.start, n.qualifierStart);
    const f = FRACTION_RE.exec(before);
    if (!f || f[1] === undefined) continue;
    const fraction = FRACTIONS[f[1].toLowerCase()];
    const fracAt = s.start + f.index;
    const whole = [...doc.measures].reverse().find((m) => m.sentence === n.sentence && m.end <= fracAt && m.unit === "count");
    if (!whole || fraction === undefined) continue;
    const expected: [number, number] = [(whole.value - whole.precision) * fraction * 0.85, (whole.value + whole.precision) * fraction * 1.15];
    if (fits(expected, n)) continue;
    out.push(
      makeFlag(numericShareOfTotal, doc, `${quote(f[1])} of ${quote(measureText(doc, whole))} is about ${formatValue(whole.value * fraction)}, not ${quote(measureText(doc, n))}.`, [
        [n.qualifierStart, n.end],
        [fracAt, fracAt + f[0].length],
        [whole.qualifierStart, whole.end],
      ]),
    );
  }
}

/** "122 grams, more than three times the 60 grams": the multiple against the two amounts. */
function multipleFlags(doc: ParsedDocument, out: DetectedFlag[]): void {
  const { text } = doc;
  for (const base of doc.measures) {
    const s = doc.sentences[base.sentence];
    if (!s) continue;
    const before = text.slice(Math.max(s.start, base.qualifierStart - 50), base.qualifierStart);
    const m = MULTIPLE_RE.exec(before);
    if (!m || m[2] === undefined) continue;
    const factor = m[3] !== undefined ? Number(m[3]) : MULTIPLES[m[2].toLowerCase()];
    const at = base.qualifierStart - before.length + m.index;
    const value = [...doc.measures].reverse().find((x) => x.sentence === base.sentence && x.end <= at && x.unit === base.unit && (x.noun === base.noun || x.noun === null || base.noun === null));
    if (!value || factor === undefined || base.value <= 0) continue;
    const ratio: [number, number] = [(value.value - value.precision) / (base.value + base.precision), (value.value + value.precision) / (base.value - base.precision || 1e-9)];
    const hedge = (m[1] ?? "").toLowerCase();
    let ok: boolean;
    if (/more than|over|at least/.test(hedge)) ok = ratio[1] > factor;
    else if (/nearly|almost|less than/.test(hedge)) ok = ratio[0] < factor && ratio[1] >= factor * 0.75;
    else ok = ratio[1] >= factor * 0.85 && ratio[0] <= factor * 1.15;
    if (ok) continue;
    out.push(
      makeFlag(numericShareOfTotal, doc, `${quote(measureText(doc, value))} is ${formatValue(value.value / base.value)} times ${quote(measureText(doc, base))}, not ${quote(m[0].trim())}.`, [
        [at, base.end],
        [value.qualifierStart, value.end],
      ]),
    );
  }
}

export const numericShareOfTotal: FlagRule = {
  id: "numeric.share",
  kind: "numeric_inconsistency",
  severity: "medium",
  defersToEarlierRules: true,
  description: "A share, fraction or multiple that does not match the part and the whole the article gives.",
  detect(doc) {
    const flags: DetectedFlag[] = [];
    partOfWholeFlags(doc, flags);
    wholeFirstFlags(doc, flags);
    orPercentFlags(doc, flags);
    fractionFlags(doc, flags);
    multipleFlags(doc, flags);
    return flags.filter((f) => !doc.inQuote(f.spans[0]?.start ?? 0));
  },
};
