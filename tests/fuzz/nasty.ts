// The hostile inputs every fuzzed boundary gets: huge strings, unusual Unicode (RTL marks, combining
// characters, emoji, NUL, lone surrogates), deep JSON and values of the wrong type.
import fc from "fast-check";

/** Pieces that break naive text handling: bidi controls, combining marks, ZWJ emoji, NUL, lone halves of a surrogate pair… */
export const NASTY_PIECES = [
  "\u200f", // right-to-left mark
  "\u202e", // right-to-left override
  "\u2066", // left-to-right isolate
  "\u0301", // combining acute
  "e\u0301\u0302\u0303\u0304\u0305",
  "👩‍👩‍👧‍👦",
  "🇺🇳",
  "𝕏",
  "\u0000",
  "\ud800",
  "\udfff",
  "\ufeff",
  "\u2028",
  "\u0085",
  "\r\n",
  "\t",
  "'",
  '"',
  "`",
  "\\",
  "<script>alert(1)</script>",
  "%00",
  "../",
  "${x}",
  "ﷺ",
  "İ",
  "ß",
  "مرحبا بالعالم",
  "שלום",
  "漢字",
  " ",
  ".",
  "The council said 40 percent.",
  "In 2024, he was 3 years old.",
] as const;

const pieces = fc.array(fc.constantFrom<string>(...NASTY_PIECES), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(""));

/** Any UTF-16 code unit, lone surrogates included. */
const anyCodeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 });

/** A long repetition of a piece: `sizes` are the lengths to aim at (around the limits of the fields). */
export function hugeString(sizes: readonly number[]): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom<string>(...NASTY_PIECES.filter((p) => p.length > 0), "a", "word "), fc.constantFrom(...sizes)).map(([piece, size]) => piece.repeat(Math.ceil(size / piece.length)).slice(0, size));
}

/** A text string: mostly short and strange, now and then huge. */
export function nastyString(options: { sizes?: readonly number[] } = {}): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: pieces },
    { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 60 }) },
    { weight: 2, arbitrary: anyCodeUnits },
    { weight: 1, arbitrary: fc.constantFrom("", " ", "\u0000", "\ud800", "null", "undefined", "0", "-1", "true", "[]", "{}") },
    { weight: 1, arbitrary: hugeString(options.sizes ?? [1_000, 12_000, 250_000]) },
  );
}

/** JSON nested `depth` levels: arrays or objects (as a value: keep it to a depth JSON.stringify can walk; deeper ones are sent as text). */
export function deepJson(depth: number, kind: "array" | "object"): unknown {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i++) value = kind === "array" ? [value] : { a: value };
  return value;
}

export const deepValue = fc.tuple(fc.constantFrom(20, 33, 200, 1_000), fc.constantFrom<"array" | "object">("array", "object")).map(([depth, kind]) => deepJson(depth, kind));

/** A value of any JSON type, strings nasty. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(-1, 0, 1e308, -0, 2 ** 53, 2 ** 31),
  fc.boolean(),
  fc.constant(null),
  fc.array(pieces, { maxLength: 3 }),
  fc.dictionary(pieces, pieces, { maxKeys: 3 }),
  deepValue,
  fc.jsonValue({ maxDepth: 3 }),
);

/** A value for a field: mostly of the type it wants (from `valid`), sometimes nasty text, deep or another type. */
export function orNasty<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 8, arbitrary: valid as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: nastyString() }, { weight: 1, arbitrary: wrongType });
}
