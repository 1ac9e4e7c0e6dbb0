// Does a word start with a vowel sound? Enough English to choose between "a" and "an" — and to say
// "don't know" (null) where careful writers differ ("an historic") or the reading of an acronym is unknown.

// Initialisms read letter by letter: these letter names start with a vowel sound (a, e, eff, aitch, i, el, em, en, o, ar, ess, ex).
const VOWEL_LETTER_NAMES = new Set("AEFHILMNORSX".split(""));
// Acronyms read as words.
// Acronyms read both ways ("a SQL"/"an SQL" = sequel/ess-cue-el): never flagged.
const EITHER_ACRONYMS = new Set(["SQL", "FAQ", "GIF", "JPEG", "LED", "MBA"]);
const WORD_ACRONYMS = new Set(["NATO", "NASA", "OPEC", "UNESCO", "UNICEF", "FIFA", "UEFA", "ASEAN", "NAFTA", "COVID", "AIDS", "NASDAQ", "OSHA", "FEMA"]);
const SILENT_H = /^(hour|honest|honou?r|heir)/;
// Words where "a" and "an" are both in use ("an historic", "an herb").
const EITHER_H = /^(histor|hotel|habitu|hilar|heroic|hypothe|hysteri|heredit|horrific|herb|homage|hallucin)/;
// Vowel letters read as a consonant: "a university", "a European", "a one-year", "a Ukrainian", "a U-turn".
const CONSONANT_U = /^(uni(?!n|mp|mag|mpr|d|ntend|ntelli)|unan|uran|urin|ure|usa|use|usu|uten|uter|util|utop|utah|ubiq|ufo|ukr|ukulele|ural|uefa|unesco|url|uri$|uk$|u-|eu|ewe)/;
const CONSONANT_O = /^(one(?![a-z])|once(?![a-z])|ouija)/;

/** true: vowel sound; false: consonant sound; null: cannot tell. `word` is as written. */
export function startsWithVowelSound(word: string): boolean | null {
  if (word.length === 0) return null;
  if (/^\d/.test(word)) return numberStartsWithVowelSound(word);
  // "URI-safe", "F-16": the part before a hyphen decides.
  const letters = (word.split("-")[0] ?? word).replace(/\./g, "");
  const isInitialism = /^[A-Z]{1,6}s?$/.test(letters) && (word.includes(".") || letters.length > 1 || /^[A-Z]$/.test(letters)) && letters !== "I";
  const hyphenLetter = /^[A-Z]-/.test(word); // "X-ray", "F-16", "U-turn"
  if (hyphenLetter) return word.startsWith("U-") ? false : VOWEL_LETTER_NAMES.has(word.charAt(0));
  if (EITHER_ACRONYMS.has(letters.toUpperCase()) && /^[A-Z]/.test(letters)) return null;
  if (isInitialism && !WORD_ACRONYMS.has(letters.replace(/s$/, ""))) {
    const readAsWord = letters.length >= 4 && /[AEIOU]/.test(letters.slice(1)) && /[AEIOU][^AEIOU]|[^AEIOU][AEIOU]/.test(letters);
    if (!readAsWord) return VOWEL_LETTER_NAMES.has(letters.charAt(0));
    // Could be read either way; only the first letters where both readings agree are certain.
    const first = letters.charAt(0);
    if ("AEIO".includes(first)) return true;
    if ("FHLMNRSXU".includes(first)) return null;
    return false;
  }
  const w = word.toLowerCase().replace(/’/g, "'");
  // A lower-case word without vowels is read letter by letter ("an npm package", "an mp3 file").
  const stem = /^[a-z0-9]+/.exec(w)?.[0] ?? "";
  if (stem.length >= 2 && /^[a-z]/.test(stem) && !/[aeiouy]/.test(stem)) return VOWEL_LETTER_NAMES.has(stem.charAt(0).toUpperCase());
  const first = w.charAt(0);
  if (first === "h") {
    if (SILENT_H.test(w)) return true;
    if (EITHER_H.test(w)) return null;
    return false;
  }
  if ("aeiou".includes(first)) {
    if (first === "u" || first === "e") return !CONSONANT_U.test(w);
    if (first === "o") return !CONSONANT_O.test(w);
    return true;
  }
  if (/^\p{L}/u.test(first)) return false;
  return null;
}

/** "8", "11", "18", "80", "800", "1800s", "11,000" are read with a leading vowel sound. */
function numberStartsWithVowelSound(word: string): boolean {
  const digits = (/^[\d,]+/.exec(word)?.[0] ?? "").replace(/,/g, "");
  if (digits.startsWith("8")) return true;
  if (digits.startsWith("11") || digits.startsWith("18")) {
    // eleven, eighteen, eleven hundred, eighteen fifty, eleven thousand, eleven million
    return [2, 4, 5, 8].includes(digits.length);
  }
  return false;
}
