// The one place that touches compromise. Its model types are loose (`object`), so they are narrowed
// here once. We read its lexicon (countries, cities, organisations, given names, honorifics, verb
// forms) rather than running its full tagger on every article: the tagger costs ~25 µs a word, which
// alone would eat half of the 0.5 s budget for a 10,000-word article, while a lexicon look-up per
// capitalised token is enough for the actors and verb forms the rules need.
import nlp from "compromise";

type LexiconValue = string | string[];

interface CompromiseModel {
  one: { lexicon: Record<string, LexiconValue> };
  two: { orgWords?: Record<string, unknown> };
}

let cachedModel: CompromiseModel | null = null;

function model(): CompromiseModel {
  if (!cachedModel) cachedModel = nlp.model() as unknown as CompromiseModel;
  return cachedModel;
}

const EMPTY: readonly string[] = [];

/** The compromise tags of a lower-cased word or multi-word phrase ("south korea"), or an empty list. */
export function lexiconTags(lowerPhrase: string): readonly string[] {
  const lexicon = model().one.lexicon;
  // Words such as "constructor" must not reach the object's prototype.
  if (!Object.prototype.hasOwnProperty.call(lexicon, lowerPhrase)) return EMPTY;
  const value = lexicon[lowerPhrase];
  if (typeof value === "string") return [value];
  return Array.isArray(value) ? value : EMPTY;
}

/** Words that end an organisation's name ("… Corporation", "… Ministry"), from compromise. */
export function isOrgWord(lowerWord: string): boolean {
  const words = model().two.orgWords;
  return words !== undefined && Object.prototype.hasOwnProperty.call(words, lowerWord);
}

export type LexicalClass = "country" | "city" | "region" | "place" | "organization" | "firstName" | "lastName" | "honorific" | "demonym";

/** The entity class compromise's lexicon gives a lower-cased phrase, if any. */
export function lexicalClass(lowerPhrase: string): LexicalClass | null {
  const tags = lexiconTags(lowerPhrase);
  if (tags.length === 0) return null;
  if (tags.includes("Country")) return "country";
  if (tags.includes("City")) return "city";
  if (tags.includes("Region")) return "region";
  if (tags.includes("Organization") || tags.includes("SportsTeam")) return "organization";
  if (tags.includes("Demonym")) return "demonym";
  if (tags.includes("Honorific")) return "honorific";
  if (tags.includes("FirstName") || tags.includes("MaleName") || tags.includes("FemaleName")) return "firstName";
  if (tags.includes("LastName")) return "lastName";
  if (tags.includes("Place")) return "place";
  return null;
}

/** A participle or past-tense form ("giving", "offered", "took"), the head of a participial or finite clause. */
export function isParticipleOrPast(lowerWord: string): boolean {
  const tags = lexiconTags(lowerWord);
  if (tags.includes("Gerund") || tags.includes("PastTense") || tags.includes("Participle")) return true;
  return /^[a-z]{3,}(?:ing|ed)$/.test(lowerWord) && tags.length === 0;
}
