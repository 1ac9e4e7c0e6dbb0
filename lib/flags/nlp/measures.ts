// Quantities of the text with their unit, what they measure and how precisely they are written:
// "$45.2M" (money, ±0.05 million), "about 40 percent" (percent, approximate), "38 of 120 students"
// (counts of "student"). The numeric rules check arithmetic between these, never between raw strings.
import type { ParsedDocument } from "./document";
import { lexiconTags } from "./compromise";
import { parseNumber } from "./text";

const VERB_TAGS = new Set(["PastTense", "Gerund", "Modal", "Copula", "Adverb", "Preposition", "Conjunction", "Determiner", "Pronoun"]);

function isVerbLike(word: string): boolean {
  const tags = lexiconTags(word);
  if (tags.some((t) => VERB_TAGS.has(t))) return !tags.includes("Noun") && !tags.includes("Plural") && !tags.includes("Singular");
  return /^[a-z]{2,}[^e]ed$|^[a-z]{3,}ing$/.test(word) && !tags.includes("Noun") && !tags.includes("Singular") && !tags.includes("Plural");
}

export type MeasureUnit = "percent" | "points" | "money" | "count";
/** How the text hedges the number: "about", "more than" (over), "less than"/"nearly" (under). */
export type MeasureQualifier = "exact" | "about" | "over" | "under";

export interface Measure {
  /** [start, end) of the number with its currency, scale and unit words (not the qualifier). */
  start: number;
  end: number;
  /** Where the qualifier starts, or `start` when there is none. */
  qualifierStart: number;
  value: number;
  unit: MeasureUnit;
  /** The noun counted or measured, singular and lower case ("job", "vote"), when one follows. */
  noun: string | null;
  qualifier: MeasureQualifier;
  /** How far the true value may be from the written one through rounding alone. */
  precision: number;
  /** The scale word was written ("million"), so an unscaled partner may borrow it. */
  scaled: boolean;
  /** The multiplier of the scale word (1 when none). */
  scale: number;
  sentence: number;
}

const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
};
const NUMBER_WORD_SRC =
  "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?";
const QUALIFIER_SRC =
  "about|around|roughly|approximately|some|an estimated|nearly|almost|close to|just under|just over|more than|over|at least|upward of|upwards of|less than|fewer than|under|up to|no more than|at most";
// qualifier? currency? number scale? unit?
const MEASURE_RE = new RegExp(
  `(?:\\b(${QUALIFIER_SRC})\\s+)?` +
    `(US\\$|C\\$|A\\$|[$€£¥])?\\s?` +
    `(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\b(?:${NUMBER_WORD_SRC})\\b)` +
    `(?![\\d,]*\\.\\d)(?!:\\d)(?!st\\b|nd\\b|rd\\b|th\\b)` +
    `(?:\\s?(thousand|million|billion|trillion|mln|bn|mn|tn|(?<=\\d)[kKmMbB])\\b)?` +
    `(?:\\s?(%|percent(?:age[- ]points?)?\\b|per[ -]cent\\b|points?\\b|pts\\b|pp\\b|cents?\\b|dollars?\\b|euros?\\b|pounds sterling\\b))?`,
  "gi",
);
const MONTH_BEFORE_RE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$/;
// "Game 7", "Category 3", "Interstate 80", "No. 1", "District 16": labels, not quantities.
const LABEL_BEFORE_RE = /(?:\b[A-Z][a-z]+|No\.|#)\s+$/;
const NOUN_STOP = new Set(
  (
    "a an the and or but of to in on at by for from with as than that this these those which who is are was were be been " +
    "has have had will would could should may might can its their his her our per each a.m p.m after before since during " +
    "over under about more less while when where than up down so also last this next ago earlier later a-year"
  ).split(" "),
);
const DURATION_NOUN_RE = /^(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|centuries|century|a\.m|p\.m)$/;

function decimals(raw: string): number {
  const dot = raw.indexOf(".");
  return dot === -1 ? 0 : raw.length - dot - 1;
}

/** Half of the unit of the last significant digit: "143,000" → 500, "4.3" → 0.05, "38" → 0.5. */
function writtenPrecision(raw: string): number {
  const digits = raw.replace(/,/g, "");
  if (digits.includes(".")) return 0.5 * 10 ** -decimals(digits);
  // "143,000" is rounded to the thousand; "120" or "40" are usually exact.
  const trailingZeros = /0*$/.exec(digits)?.[0].length ?? 0;
  return trailingZeros >= 3 ? 0.5 * 10 ** Math.min(trailingZeros, digits.length - 1) : 0.5;
}

function singular(word: string): string {
  if (/ies$/.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(word)) return word;
  return word.replace(/s$/, "");
}

/** The head noun after a number: "46 new measles cases this week" → "case". */
function nounAfter(text: string, from: number): string | null {
  const re = /^[ ]?(?:-|\s)?([a-z][a-z-]*)(?=[\s,.;:)—–]|$)/;
  let at = from;
  let head: string | null = null;
  for (let i = 0; i < 3; i++) {
    const m = re.exec(text.slice(at, at + 40));
    if (!m || m[1] === undefined) break;
    const word = m[1];
    if (NOUN_STOP.has(word) || isVerbLike(word)) break;
    head = word;
    at += m[0].length;
    if (/[,.;:)]/.test(text.charAt(at))) break;
  }
  return head ? singular(head) : null;
}

/** Every quantity of the text, in text order (years, days of the month, times, labels and ordinals left out). */
export function findMeasures(doc: Pick<ParsedDocument, "text" | "sentenceAt">): Measure[] {
  const { text } = doc;
  const out: Measure[] = [];
  MEASURE_RE.lastIndex = 0;
  for (let m = MEASURE_RE.exec(text); m !== null; m = MEASURE_RE.exec(text)) {
    const [whole, qualifierWord, currency, rawNumber, scaleWord, unitWord] = m;
    if (rawNumber === undefined) continue;
    const numberAt = m.index + whole.indexOf(rawNumber, qualifierWord ? qualifierWord.length : 0);
    const before = text.slice(Math.max(0, numberAt - 12), numberAt);
    const prevChar = text.charAt(numberAt - 1);
    const nextChar = text.charAt(m.index + whole.length);
    // Parts of tallies, scores, ranges written with a hyphen, decimals cut out of identifiers.
    if (/[\d.\-–/]/.test(prevChar) && !currency) continue;
    if (/^[-–/]\d/.test(text.slice(numberAt + rawNumber.length, numberAt + rawNumber.length + 2))) continue;
    if (/^-(?:year|month|week|day|hour|minute|point|pointer|member|seat|page|mile|foot|inch|game|man|woman|person)/i.test(text.slice(numberAt + rawNumber.length, numberAt + rawNumber.length + 10)) && !unitWord) continue;
    const isWord = /^[a-z]/i.test(rawNumber);
    // "two-thirds", "three-pointers": a word, not a count.
    if (isWord && text.charAt(numberAt + rawNumber.length) === "-") continue;
    const value0 = isWord ? parseNumber(rawNumber) : Number(rawNumber.replace(/,/g, ""));
    if (value0 === null || !Number.isFinite(value0)) continue;
    if (!currency && !scaleWord && !unitWord) {
      if (!isWord && /^(?:1[89]|20|21)\d\d$/.test(rawNumber)) continue; // a year
      if (MONTH_BEFORE_RE.test(before)) continue; // a day of the month
      if (LABEL_BEFORE_RE.test(before) && !/^(?:The|A|An|Of|About|Some|All|Only|Just|Nearly|And)\s+$/.test(before.replace(/^.*\b(?=[A-Z])/, ""))) continue;
      if (/^\s?(?:a\.m\.|p\.m\.|am\b|pm\b)/i.test(text.slice(numberAt + rawNumber.length, numberAt + rawNumber.length + 5))) continue;
      if (nextChar === ":") continue;
    }
    const scale = scaleWord ? (SCALES[scaleWord.toLowerCase()] ?? 1) : 1;
    const unitLower = unitWord?.toLowerCase() ?? "";
    let unit: MeasureUnit = "count";
    let value = value0 * scale;
    // "$1 billion" is read as 1.0 billion: a writer rounding that loosely says "about".
    let precision = (isWord ? 0 : scale > 1 && !rawNumber.includes(".") ? 0.1 : writtenPrecision(rawNumber)) * scale;
    if (/^(?:%|percent$|per)/.test(unitLower)) unit = "percent";
    else if (/point|pts|pp/.test(unitLower)) unit = "points";
    else if (currency || /dollar|euro|pound/.test(unitLower)) unit = "money";
    else if (/^cents?$/.test(unitLower)) {
      unit = "money";
      value /= 100;
      precision /= 100;
    }
    const end = m.index + whole.length;
    const noun = unit === "count" || unit === "money" || unit === "points" ? nounAfter(text, end) : null;
    if (unit === "count" && noun !== null && DURATION_NOUN_RE.test(noun)) continue;
    const q = (qualifierWord ?? "").toLowerCase();
    let qualifier: MeasureQualifier = "exact";
    if (/^(?:about|around|roughly|approximately|some|an estimated)$/.test(q)) qualifier = "about";
    else if (/^(?:more than|over|at least|upwards? of|just over)$/.test(q)) qualifier = "over";
    else if (q !== "") qualifier = "under";
    const start = currency ? m.index + whole.indexOf(currency, qualifierWord ? qualifierWord.length : 0) : numberAt;
    out.push({
      start,
      end,
      qualifierStart: qualifierWord ? m.index : start,
      value,
      unit,
      noun,
      qualifier,
      precision,
      scaled: scaleWord !== undefined,
      scale,
      sentence: doc.sentenceAt(start),
    });
  }
  return out;
}

/** The measures of one sentence, from the document's list (sorted by offset). */
export function measuresIn(measures: readonly Measure[], sentence: number): Measure[] {
  return measures.filter((m) => m.sentence === sentence);
}

/** [low, high] the true value may take given rounding and the qualifier (a hedge widens it one way). */
export function plausibleRange(m: Pick<Measure, "value" | "precision" | "qualifier" | "unit">): [number, number] {
  const v = m.value;
  const p = m.precision;
  const slack = m.unit === "percent" || m.unit === "points" ? 1 : 0;
  switch (m.qualifier) {
    case "about":
      return [v - Math.max(p, 0.1 * Math.abs(v), slack), v + Math.max(p, 0.1 * Math.abs(v), slack)];
    case "over":
      return [v - p, Number.POSITIVE_INFINITY];
    case "under":
      return [Math.min(v * 0.75, v - slack * 3), v + p];
    default:
      return [v - p - 1e-9, v + p + 1e-9];
  }
}

/** Whether a computed interval [lo, hi] is compatible with what the text states. */
export function fits(computed: readonly [number, number], stated: Pick<Measure, "value" | "precision" | "qualifier" | "unit">): boolean {
  const [lo, hi] = plausibleRange(stated);
  return computed[0] <= hi && lo <= computed[1];
}

/** A number for an explanation: "7.5", "42.4 million", "32". */
export function formatValue(n: number, unit: MeasureUnit = "count"): string {
  const abs = Math.abs(n);
  const round = (x: number): string => `${+x.toFixed(abs >= 100 || unit === "count" ? 1 : 2)}`;
  let s: string;
  if (abs >= 1e9) s = `${+(n / 1e9).toFixed(2)} billion`;
  else if (abs >= 1e6) s = `${+(n / 1e6).toFixed(2)} million`;
  else if (abs >= 1e4) s = Math.round(n).toLocaleString("en-US");
  else s = round(n);
  if (unit === "money") return `$${s}`;
  if (unit === "percent") return `${s}%`;
  if (unit === "points") return `${s} points`;
  return s;
}
