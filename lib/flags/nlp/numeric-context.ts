// Small helpers the numeric rules share: measures near an offset, the text of a clause, noun groups.
import type { ParsedDocument } from "./document";
import type { Measure, MeasureUnit } from "./measures";

/** Nouns that count the same thing for a share ("9,000 jobs, or 4 percent of its workforce" → 228,000 employees). */
const NOUN_GROUPS: readonly (readonly string[])[] = [
  ["job", "position", "employee", "worker", "workforce", "staff", "people", "person", "role"],
  ["vote", "ballot", "voter"],
  ["case", "infection", "patient"],
  ["death", "fatality", "toll", "victim"],
  ["seat", "member", "lawmaker", "legislator"],
  ["student", "pupil", "child"],
];

export function sameThing(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  if (a === b) return true;
  return NOUN_GROUPS.some((g) => g.includes(a) && g.includes(b));
}

/** The measures of sentences [first, last], in order. */
export function measuresOfSentences(doc: ParsedDocument, first: number, last: number): Measure[] {
  return doc.measures.filter((m) => m.sentence >= first && m.sentence <= last);
}

export function sameUnit(a: { unit: MeasureUnit }, b: { unit: MeasureUnit }): boolean {
  return a.unit === b.unit;
}

/** The interval a sum of measures may take through rounding. */
export function sumRange(parts: readonly Measure[]): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const p of parts) {
    lo += p.value - p.precision;
    hi += p.value + p.precision;
  }
  return [lo, hi];
}

/** Whether the text between two offsets holds another measure. */
export function measureBetween(doc: ParsedDocument, from: number, to: number, except: readonly Measure[] = []): boolean {
  return doc.measures.some((m) => m.start >= from && m.end <= to && !except.includes(m));
}

/** The words of a measure with its hedge, as the text writes it ("about 40 percent"). */
export function measureText(doc: ParsedDocument, m: Measure): string {
  return doc.text.slice(m.qualifierStart, m.end);
}
