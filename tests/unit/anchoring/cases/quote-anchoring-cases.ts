// Quote-anchoring cases of three public test suites, restated as data (inputs and expected results) and run
// against Factdesk's `reanchor` by quote-anchoring-cases.test.ts. No code of theirs is used:
//   - hypothesis/client src/annotator/anchoring/test/match-quote-test.js (matchQuote),
//     and the quotes of its html-test.js range specs, anchored by quote alone;
//   - tilgovi/dom-anchor-text-quote test/index_spec.js (toRange on its HTML-Ipsum fixture);
//   - robertknight/approx-string-match-js test/index-test.ts (search), read as "find this pattern".
// Where Factdesk deliberately differs from the original expectation, `note` says why.

const normalize = (s: string): string => s.replace(/\s+/g, " ");

export const SOLITUDE = normalize(`Many years later, as he faced the firing squad,
    Colonel Aureliano Buendía was to remember that distant afternoon
    when his father took him to discover ice`);

export const TWO_CITIES = normalize(`It was the best of times, it was the worst of times,
    it was the age of wisdom, it was the age of foolishness, it was the epoch of belief,
    it was the epoch of incredulity, it was the season of Light, it was the
    season of Darkness, it was the spring of hope, it was the winter of despair, we had
    everything before us, we had nothing before us, we were all going direct to Heaven,
    we were all going direct the other way.`);

/** The HTML-Ipsum paragraphs the Annotator/Hypothesis and dom-anchor-text-quote fixtures are made of, as text. */
export const HTML_IPSUM = [
  "Pellentesque habitant morbi tristique senectus et netus et malesuada fames ac turpis egestas. Vestibulum tortor quam, feugiat vitae, ultricies eget, tempor sit amet, ante. Donec eu libero sit amet quam egestas semper. Aenean ultricies mi vitae est. Mauris placerat eleifend leo. Quisque sit amet est et sapien ullamcorper pharetra. Vestibulum erat wisi, condimentum sed, commodo vitae, ornare sit amet, wisi. Aenean fermentum, elit eget tincidunt condimentum, eros ipsum rutrum orci, sagittis tempus lacus enim ac dui. Donec non enim in turpis pulvinar facilisis. Ut felis.",
  "Header Level 2",
  "Lorem ipsum dolor sit amet, consectetuer adipiscing elit.\nAliquam tincidunt mauris eu risus.",
  "Lorem sed do eiusmod tempor.",
  "Header Level 2",
  "Mauris lacinia ipsum nulla, id iaculis quam egestas quis.",
  "Test",
].join("\n\n\n");

const WORD_SIZE_TEXT = 'This is a string which exceeds the "word size" of the JS language.';
const DISCOVERY = `
  A great discovery solves a great problem but there is a grain of discovery in
  the solution of any problem.
  `;

export interface QuoteCase {
  source: string;
  text: string;
  exact: string;
  prefix?: string;
  suffix?: string;
  /** Where the quote is expected (Hypothesis's `hint`): the anchor's old start. Default 0. */
  hint?: number;
  /** The text the anchor must land on, at `at` (default: its first occurrence); null: orphaned. */
  expected: { text: string; at?: number; anyOf?: { start: number; end: number }[]; startsWith?: boolean } | null;
  note?: string;
}

/** Groups whose variants must score strictly lower one after another (Hypothesis's score-ordering tests). */
export interface ScoreOrderCase {
  source: string;
  text: string;
  variants: { exact: string; prefix?: string; suffix?: string }[];
}

const repeat = (s: string, n: number): string => s.repeat(n);
const MQ = "hypothesis match-quote-test";
const DQ = "dom-anchor-text-quote index_spec";
const AS = "approx-string-match index-test";
const HT = "hypothesis html-test range specs (quote only)";

export const QUOTE_CASES: QuoteCase[] = [
  { source: `${MQ}: finds exact match`, text: SOLITUDE, exact: "discover ice", expected: { text: "discover ice" } },
  { source: `${MQ}: finds best approximate match if there is no exact match`, text: SOLITUDE, exact: "some years later", expected: { text: "Many years later" } },
  { source: `${MQ}: returns null if there is no acceptable approximate match`, text: TWO_CITIES, exact: SOLITUDE, expected: null },
  { source: `${MQ}: returns null if quote is empty`, text: "foobar", exact: "", expected: null },
  { source: `${MQ}: returns null if text is empty`, text: "", exact: "foobar", expected: null },
  // Finds the match with the best context (exact and approximate prefixes and suffixes).
  ...(
    [
      ["before us", "we had everything", undefined, "before us, we had nothing"],
      ["before us", "we had nothing", undefined, "before us, we were all going"],
      ["before us", "we had every-thing", undefined, "before us, we had nothing"],
      ["before us", "we had nout", undefined, "before us, we were all going"],
      ["we had", undefined, "everything", "we had everything"],
      ["we had", undefined, "nothing", "we had nothing"],
      ["we had", undefined, "ever ting", "we had everything"],
      ["we had", undefined, "nutting", "we had nothing"],
    ] as const
  ).map(([exact, prefix, suffix, expected], i): QuoteCase => ({
    source: `${MQ}: finds match with best context match (${i})`,
    text: TWO_CITIES,
    exact,
    prefix,
    suffix,
    expected: { text: exact, at: TWO_CITIES.indexOf(expected) },
  })),
  {
    source: `${MQ}: uses hint as a tie-breaker (hint A)`,
    text: TWO_CITIES,
    exact: "befor us",
    hint: TWO_CITIES.indexOf("everything before us") + "everything ".length,
    expected: { text: "before us", at: TWO_CITIES.indexOf("everything before us") + "everything ".length },
  },
  {
    source: `${MQ}: uses hint as a tie-breaker (hint B)`,
    text: TWO_CITIES,
    exact: "befor us",
    hint: TWO_CITIES.indexOf("nothing before us") + "nothing ".length,
    expected: { text: "before us", at: TWO_CITIES.indexOf("nothing before us") + "nothing ".length },
  },
  {
    source: `${MQ}: uses hint as a tie-breaker (no hint: first match)`,
    text: TWO_CITIES,
    exact: "befor us",
    expected: { text: "before us", at: TWO_CITIES.indexOf("everything before us") + "everything ".length },
  },
  { source: `${MQ}: matches when prefix length is greater than the match start offset`, text: SOLITUDE, exact: "years later", prefix: "It used to be many", expected: { text: "years later" } },
  { source: `${MQ}: matches when match ends at end of text and there is a non-empty suffix`, text: "Some document text", exact: "text", suffix: "missing", expected: { text: "text" } },

  { source: `${DQ}: finds an exact quote`, text: HTML_IPSUM, exact: "commodo vitae", expected: { text: "commodo vitae" } },
  { source: `${DQ}: finds an exact quote longer than 32 characters`, text: HTML_IPSUM, exact: "Quisque sit amet est et sapien ullamcorper pharetra", expected: { text: "Quisque sit amet est et sapien ullamcorper pharetra" } },
  { source: `${DQ}: finds a close exact quote`, text: HTML_IPSUM, exact: "commodo cites", expected: { text: "commodo vitae" } },
  { source: `${DQ}: finds a context quote`, text: HTML_IPSUM, exact: "commodo vitae", prefix: "condimentum sed, ", suffix: ", ornare sit amet", expected: { text: "commodo vitae" } },
  { source: `${DQ}: finds a close context quote`, text: HTML_IPSUM, exact: "commodo cites", prefix: "condimentum sed, ", suffix: ", ornare sit amet", expected: { text: "commodo vitae" } },
  {
    source: `${DQ}: can disambiguate using the prefix`,
    text: HTML_IPSUM,
    exact: "on",
    prefix: "Donec n",
    expected: { text: "on", at: HTML_IPSUM.indexOf("Donec non") + "Donec n".length },
  },
  {
    source: `${DQ}: can disambiguate using the suffix`,
    text: HTML_IPSUM,
    exact: "on",
    suffix: " enim in",
    expected: { text: "on", at: HTML_IPSUM.indexOf("Donec non") + "Donec n".length },
  },
  { source: `${DQ}: succeeds with the best match even if the context fails`, text: HTML_IPSUM, exact: "commodo vitae", prefix: "bogomips", suffix: "bogomips", expected: { text: "commodo vitae" } },
  { source: `${DQ}: throws an error when the quote is not found`, text: HTML_IPSUM, exact: "bogus", expected: null },
  {
    source: `${DQ}: throws an error when a long quote is not found`,
    text: HTML_IPSUM,
    exact: "Quisque sit amet est et sapien ullam triceracorn",
    expected: { text: "Quisque sit amet est et sapien ullam", startsWith: true },
    note: "dom-anchor-text-quote (diff-match-patch bitap) gave up; Hypothesis's matchQuote finds it, and so does Factdesk, as a fuzzy match: 36 of its 48 characters are unchanged.",
  },
  { source: `${DQ}: uses a hint option to prioritize matches (first)`, text: HTML_IPSUM, exact: "Aenean", hint: HTML_IPSUM.indexOf("Aenean"), expected: { text: "Aenean", at: HTML_IPSUM.indexOf("Aenean") } },
  { source: `${DQ}: uses a hint option to prioritize matches (last)`, text: HTML_IPSUM, exact: "Aenean", hint: HTML_IPSUM.lastIndexOf("Aenean"), expected: { text: "Aenean", at: HTML_IPSUM.lastIndexOf("Aenean") } },

  { source: `${AS}: exact match (0)`, text: "three blind mice", exact: "blind", expected: { text: "blind", at: 6 } },
  { source: `${AS}: exact match (1)`, text: "three blind mice", exact: "three", expected: { text: "three", at: 0 } },
  { source: `${AS}: one deletion from the pattern`, text: "three blind mice", exact: "bliind", expected: { text: "blind", at: 6 } },
  { source: `${AS}: one insertion into the pattern`, text: "three blind mice", exact: "blnd", expected: { text: "blind", at: 6 } },
  { source: `${AS}: one substitution or one deletion`, text: "three blind mice", exact: "thrae", expected: { text: "three", anyOf: [{ start: 0, end: 4 }, { start: 0, end: 5 }] } },
  { source: `${AS}: one substitution`, text: "facebook", exact: "fccebook", expected: { text: "facebook", at: 0 } },
  { source: `${AS}: one insertion`, text: "facebook", exact: "fcebook", expected: { text: "facebook", anyOf: [{ start: 1, end: 8 }, { start: 0, end: 8 }] } },
  { source: `${AS}: many errors (0)`, text: "foursquare andseven", exact: "four square and seven", expected: { text: "foursquare andseven", at: 0 } },
  { source: `${AS}: many errors (1)`, text: "four squareand seven", exact: "square  and", expected: { text: "squareand", at: 5 } },
  {
    source: `${AS}: non-BMP characters count as two (errors)`,
    text: "sm😊le",
    exact: "smile",
    expected: null,
    note: "approx-string-match finds it with 2 errors in 5; Factdesk requires 75% similarity for a claim to be the same words.",
  },
  { source: `${AS}: non-BMP characters count as two (exact)`, text: "sm😊le", exact: "sm😊le", expected: { text: "sm😊le", at: 0 } },
  { source: `${AS}: long pattern (0)`, text: repeat("foo", 5) + repeat("bar", 20) + repeat("baz", 5), exact: repeat("bar", 20), expected: { text: repeat("bar", 20), at: 15 } },
  {
    source: `${AS}: long pattern (1)`,
    text: repeat("foo", 5) + repeat("bar", 10) + "zog" + repeat("bar", 10) + repeat("baz", 5),
    exact: repeat("bar", 20),
    expected: { text: "", anyOf: [{ start: 15, end: 75 }, { start: 15, end: 78 }] },
  },
  { source: `${AS}: when there is no match`, text: "four candles", exact: "foouur", expected: null },
  { source: `${AS}: a short pattern in a long text`, text: DISCOVERY, exact: "discvery", expected: { text: "discovery" } },
  { source: `${AS}: maxErrors exceeding the pattern length`, text: "four score", exact: "score", expected: { text: "score", at: 5 } },
  { source: `${AS}: multiple matches (first, without a hint)`, text: repeat("foo bar ", 5), exact: "foo", expected: { text: "foo", at: 0 } },
  { source: `${AS}: allows an empty text`, text: "", exact: "foo", expected: null },
  { source: `${AS}: allows an empty pattern`, text: "foo", exact: "", expected: null },
  { source: `${AS}: pattern length equals block size`, text: WORD_SIZE_TEXT, exact: WORD_SIZE_TEXT.slice(1, 33), expected: { text: WORD_SIZE_TEXT.slice(1, 33), at: 1 } },
  { source: `${AS}: pattern length exceeds block size`, text: WORD_SIZE_TEXT, exact: WORD_SIZE_TEXT.slice(23, 56), expected: { text: WORD_SIZE_TEXT.slice(23, 56), at: 23 } },
  { source: `${AS}: all matches of a long pattern (first)`, text: repeat(WORD_SIZE_TEXT, 5), exact: WORD_SIZE_TEXT, expected: { text: WORD_SIZE_TEXT, at: 0 } },

  ...[
    "habitant morbi",
    "Pellentesque habitant morbi tristique",
    "morbi tristique senectus et",
    "Pellentesque habitant morbi tristique senectus et",
    "egestas semper. Aenean ultricies mi vitae est.",
    "Level 2\n\n\n  Lorem ipsum",
    HTML_IPSUM.slice(0, HTML_IPSUM.indexOf("Ut felis.") + "Ut felis.".length),
    "Lorem sed do eiusmod tempor.",
    "Header Level 2\n\n\n  Mauris lacinia ipsum nulla, id iaculis quam egestas quis.\n\n\n",
    "Test",
  ].map((quote, i): QuoteCase => ({
    source: `${HT} (${i})`,
    text: HTML_IPSUM,
    exact: quote,
    // Whitespace runs do not change what a quote says: the span found may be spaced differently.
    expected: { text: normalize(quote).trim() },
  })),
  { source: `${HT}: throws an error if anchoring using a quote fails`, text: HTML_IPSUM, exact: "This text does not appear in the web page", expected: null },
];

export const SCORE_ORDER_CASES: ScoreOrderCase[] = [
  {
    source: `${MQ}: scores matches based on quote similarity`,
    text: SOLITUDE,
    variants: [{ exact: "Many years later" }, { exact: "Many yers later" }, { exact: "Some years later" }, { exact: "Some years after" }],
  },
  {
    source: `${MQ}: scores matches based on prefix similarity`,
    text: SOLITUDE,
    variants: ["Many years later", "Many yers later", "Some years later", "Some years after"].map((prefix) => ({ exact: ", as he faced the firing squad", prefix })),
  },
  {
    source: `${MQ}: scores matches based on suffix similarity`,
    text: SOLITUDE,
    variants: [", as he faced the firing squad", ", as she faced the firing squad", ", as he awaited the firing squad", ", as he awaited his death"].map((suffix) => ({ exact: "Many years later", suffix })),
  },
];
