/**
 * The hand-made features of the check-worthiness scorer. Each cue is both a model feature (with a
 * learned weight) and, when it fires, a reason a reviewer can read, so it keeps the words it matched.
 */

export const CUE_CODES = [
  "number",
  "percentage",
  "money",
  "date",
  "actor",
  "attribution",
  "quote",
  "comparison",
  "prediction",
  "hedge",
  "opinion",
  "question",
  "short",
] as const;
export type CueCode = (typeof CUE_CODES)[number];

export interface Cue {
  code: CueCode;
  /** The words that made it fire, in order of appearance, without duplicates. */
  matches: string[];
}

const NUMBER_WORDS =
  "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|" +
  "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|" +
  "thousands?|millions?|billions?|trillions?|dozens?|half";
const NUMERAL = String.raw`\d+(?:[.,]\d+)*`;
const MONTHS =
  "January|February|March|April|June|July|August|September|October|November|December|" +
  "Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.";

const PATTERNS: Record<Exclude<CueCode, "actor" | "quote" | "question" | "short">, RegExp> = {
  percentage: new RegExp(
    String.raw`(?:${NUMERAL}|\b(?:${NUMBER_WORDS}|one)(?:[- ](?:${NUMBER_WORDS}|one))*)\s?(?:%|per ?cent(?:age points?)?\b|percentage points?\b)`,
    "giu",
  ),
  money: new RegExp(
    String.raw`[$€£]\s?${NUMERAL}(?:\s?(?:${NUMBER_WORDS}|bn|m)\b)?|\b${NUMERAL}\s?(?:(?:${NUMBER_WORDS})\s)?(?:dollars|euros|pounds|yuan)\b|\b(?:${NUMBER_WORDS})\s(?:dollars|euros|pounds)\b`,
    "giu",
  ),
  date: new RegExp(
    String.raw`\b(?:(?:${MONTHS})(?:\s\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s(?:19|20)\d{2})?|May\s\d{1,2}(?:,?\s(?:19|20)\d{2})?|\d{1,2}\s(?:${MONTHS})(?:\s(?:19|20)\d{2})?|(?:19|20)\d{2}s?|(?:[Ll]ast|[Nn]ext|[Tt]his|[Pp]revious) (?:year|month|week|decade|century)|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?![\p{L}\p{N}])`,
    "gu",
  ),
  number: new RegExp(String.raw`\b${NUMERAL}\b|\b(?:${NUMBER_WORDS})(?:-(?:${NUMBER_WORDS}|one))?\b`, "giu"),
  attribution: /\b(?:said|says|told|tells|according to|claims?|claimed|reported|reports|announced|stated|states that|noted|notes|described|argued|insisted|estimated|testified|confirmed|denied|admitted|warned|wrote|cited|quoted)\b/giu,
  comparison:
    /\b(?:(?:more|less|fewer|greater|higher|lower|larger|smaller|bigger|better|worse|faster|slower|cheaper|stronger|weaker|richer|poorer) than|as (?:many|much) as|at least|at most|twice|(?:highest|lowest|largest|biggest|smallest|fastest|slowest|most|least|worst|record)(?!-)|doubled|tripled|quadrupled|halved|increased?|increases|decreased?|decreases|rose|risen|rising|fell|fallen|falling|grew|grown|dropped|declined|cut|raised|reduced?|reduces|times (?:as|more|less))\b/giu,
  prediction: /\b(?:will|won't|going to|gonna|shall)\b/giu,
  hedge:
    /\b(?:may|might|could|perhaps|possibly|probably|likely|unlikely|appears?|appeared|seems?|seemed|seemingly|suggests?|reportedly|allegedly|apparently|maybe|arguably|presumably)\b/giu,
  opinion:
    /\b(?:I (?:think|believe|feel|hope|guess|suppose|want)|we (?:believe|think|feel|hope)|in my (?:opinion|view)|should|ought to|wonderful|terrible|horrible|awful|fantastic|amazing|beautiful|disgrace(?:ful)?|ridiculous|great(?! (?:Britain|Lakes|Depression|Recession|Wall|Society))|love|hate|shame(?:ful)?|proud|sad|glad|incredible|tremendous|outstanding|disaster)\b/giu,
};

/** Capitalised words that are not names: pronouns, function words and sentence openers, calendar words. */
const NOT_ACTORS = new Set(
  (
    "I I'm I've I'd I'll I’m I’ve I’d I’ll The A An And But Or Nor So Yet Now Well Yes No Oh OK Okay Let " +
    "Thank Thanks Mr Mrs Ms Dr It It's It’s Its He She They We You Your Our Their His Her My This That " +
    "These Those There Here What Why How Who Whom Whose Where When Which While Whereas Whether If " +
    "Although Though Because Since As At In On Of For From To With Without Within By About After " +
    "Before During Under Underneath Over Through Between Among Against Into Upon Unlike Like Despite " +
    "However Meanwhile Moreover Furthermore Therefore Thus Still Also Then Even Instead Indeed Finally " +
    "First Second Third Last Next Today Tonight Yesterday Tomorrow All Some Many Most Much More Both " +
    "Each Every Any Few Several Such One Two Three Not Never Always Just Only Perhaps Maybe Conclusion " +
    "Look Listen Please Sure Right Again Once Other Another Let's Let’s Don't Don’t We're We’re " +
    "January February March April May June July August September October November December " +
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
  ).split(" "),
);

/** Actors that are often the first word of a sentence, where capitalisation says nothing. */
const KNOWN_ACTORS = new Set([
  "America", "China", "Russia", "Iran", "Iraq", "Israel", "Ukraine", "Europe", "Japan", "India",
  "Germany", "France", "Britain", "Mexico", "Canada", "Brazil", "Korea", "Syria", "Cuba", "Congress",
  "Washington", "Beijing", "Moscow", "Obama", "Trump", "Biden", "Clinton", "Bush", "Reagan", "Xi",
  "Putin", "Democrats", "Republicans", "Senate", "Reuters", "NATO", "Medicare", "Medicaid",
]);

const CAPITALISED_RUN = /\b\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.-]*)*/gu;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const QUOTED = /“([^”]{3,})”|"([^"]{3,})"/gu;
const QUESTION_END = /\?["”’)\]]*\s*$/u;
const SHORT_WORDS = 5;

/** The cues that fire in a sentence, in the order of CUE_CODES. */
export function detectCues(text: string): Cue[] {
  const cues: Cue[] = [];
  const words = text.match(WORD) ?? [];
  const lower = text.toLowerCase();
  // Percentages, money and dates are found once: numbers inside them are not counted again.
  const covered: Array<[number, number]> = [];

  for (const code of CUE_CODES) {
    let matches: string[];
    switch (code) {
      case "actor":
        matches = findActors(text, words);
        break;
      case "quote":
        matches = findQuotes(text);
        break;
      case "question":
        matches = QUESTION_END.test(text) ? ["?"] : [];
        break;
      case "short":
        matches = words.length < SHORT_WORDS ? [String(words.length)] : [];
        break;
      case "number":
        // Listed first but decided last, once the spans of the other numeric cues are known.
        matches = [];
        break;
      case "percentage":
        matches = lower.includes("%") || lower.includes("cent") ? findAll(PATTERNS[code], text, covered) : [];
        break;
      case "money":
        matches = MONEY_HINT.test(lower) ? findAll(PATTERNS[code], text, covered) : [];
        break;
      case "date":
        matches = findAll(PATTERNS[code], text, covered);
        break;
      default:
        matches = findAll(PATTERNS[code], text, null);
    }
    if (matches.length > 0) cues.push({ code, matches });
  }
  const numbers = findNumbers(text, covered);
  if (numbers.length > 0) cues.unshift({ code: "number", matches: numbers });
  return cues;
}

const MONEY_HINT = /[$€£]|dollar|euro|pound|yuan/;

/** Distinct matches; their spans are added to `spans` when given. */
function findAll(pattern: RegExp, text: string, spans: Array<[number, number]> | null): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(pattern)) {
    spans?.push([m.index, m.index + m[0].length]);
    const value = m[0].trim();
    if (value !== "" && !found.includes(value)) found.push(value);
  }
  return found;
}

/** Numbers that are not already part of a year, percentage or amount of money (those have their own cue). */
function findNumbers(text: string, covered: Array<[number, number]>): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(PATTERNS.number)) {
    const at = m.index;
    if (covered.some(([s, e]) => at >= s && at < e)) continue;
    if (!found.includes(m[0])) found.push(m[0]);
  }
  return found;
}

function findActors(text: string, words: string[]): string[] {
  // Headline case ("Agricultural Imports Fail to Adjust") says nothing about names.
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (words.length >= 4 && capitalised / words.length > 0.6) return [];

  const found: string[] = [];
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    let parts = m[0].replace(/[.'’-]+$/u, "").split(/\s+/u);
    while (parts.length > 0 && NOT_ACTORS.has(parts[0] ?? "")) parts = parts.slice(1);
    // A lone capitalised word opening a sentence is only a name if we know it is one.
    const opensSentence = /^[\s"“‘'(\[]*$/u.test(text.slice(0, m.index)) || /[.!?:;]["”’]?\s+$/u.test(text.slice(0, m.index));
    if (opensSentence && parts.length === 1 && parts.length === m[0].split(/\s+/u).length && !KNOWN_ACTORS.has(parts[0] ?? "")) {
      continue;
    }
    const name = parts.join(" ");
    if (name.length < 2 || found.includes(name)) continue;
    found.push(name);
  }
  return found;
}

function findQuotes(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const inner = (m[1] ?? m[2] ?? "").trim();
    // A scare-quoted word is not a quotation of someone.
    if (inner.split(/\s+/u).length >= 2) found.push(m[0]);
  }
  return found;
}
