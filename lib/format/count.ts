// Counts and lists in words, through Intl so that "1 open flag" and "2 open flags" come from one rule.
const pluralRules = new Intl.PluralRules("en");
const numbers = new Intl.NumberFormat("en");
const andList = new Intl.ListFormat("en-GB", { style: "long", type: "conjunction" });
const orList = new Intl.ListFormat("en-GB", { style: "long", type: "disjunction" });

/** The forms of a noun phrase by plural category; `other` is required, `one` is the English singular. */
export type NounForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The form of a noun phrase that goes with `n`: pluralWord(1, {one: "flag", other: "flags"}) → "flag". */
export function pluralWord(n: number, forms: NounForms): string {
  return forms[pluralRules.select(n)] ?? forms.other;
}

/** "1 open flag", "2 open flags", "1,204 claims". */
export function countOf(n: number, forms: NounForms): string {
  return `${numbers.format(n)} ${pluralWord(n, forms)}`;
}

/** "a", "a and b", "a, b and c" (or "… or c"). */
export function listOf(items: readonly string[], type: "and" | "or" = "and"): string {
  return (type === "and" ? andList : orList).format(items);
}
