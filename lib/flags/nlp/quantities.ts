// Numbers with their units as written in news copy: "57 percent", "$3.2 billion", "4.1%", "12 points".
export type QuantityUnit = "percent" | "points" | "money" | "plain";

export interface Quantity {
  start: number;
  end: number;
  text: string;
  value: number;
  unit: QuantityUnit;
}

const MAGNITUDES: Readonly<Record<string, number>> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12 };

// Currency, number, magnitude, unit. The number may be written in words for small values ("ten points").
export const QUANTITY_SRC =
  "(?<![\\w.,-])([$€£¥])?\\s?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?!st\\b|nd\\b|rd\\b|th\\b|\\d)(?:\\s?(thousand|million|billion|trillion|bn|mn|tn|(?<=\\d)[kmb])\\b)?(?:\\s?(%|percent(?:age[- ]points?)?\\b|per[ -]cent\\b|points?\\b|pts\\b|pp\\b))?";

export function quantityFromMatch(m: RegExpExecArray | RegExpMatchArray, offset: number, groupBase = 1): Quantity | null {
  const currency = m[groupBase];
  const rawNumber = m[groupBase + 1];
  if (rawNumber === undefined) return null;
  const magnitude = m[groupBase + 2]?.toLowerCase();
  const unitWord = m[groupBase + 3]?.toLowerCase();
  let value = Number(rawNumber.replace(/,/g, ""));
  if (!Number.isFinite(value)) return null;
  if (magnitude) value *= MAGNITUDES[magnitude] ?? 1;
  let unit: QuantityUnit = "plain";
  if (unitWord) unit = /point|pts|pp/.test(unitWord) ? "points" : "percent";
  else if (currency) unit = "money";
  const text = m[0];
  return { start: offset, end: offset + text.length, text, value, unit };
}

export function formatNumber(n: number): string {
  if (Math.abs(n) >= 1e9) return `${+(n / 1e9).toFixed(2)} billion`;
  if (Math.abs(n) >= 1e6) return `${+(n / 1e6).toFixed(2)} million`;
  return `${+n.toFixed(2)}`;
}
