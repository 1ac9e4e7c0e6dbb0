// "an" before a consonant sound ("an diplomatic win") and "a" before a vowel sound ("a economic"),
// read by sound, not by letter: "an hour", "an MP", "an 18-year-old", "a university", "a one-year truce".
import type { DetectedFlag } from "../flag-kinds";
import { startsWithVowelSound } from "../nlp/phonetics";
import { quote, type Token } from "../nlp/text";
import { makeFlag, type FlagRule } from "./types";

export const editorialArticle: FlagRule = {
  id: "editorial.article",
  kind: "editorial",
  severity: "low",
  description: "The indefinite article does not match the sound of the next word ('an diplomatic win', 'a economic').",
  detect(doc) {
    const { tokens, text } = doc;
    const flags: DetectedFlag[] = [];
    for (let i = 0; i + 1 < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.norm !== "a" && t.norm !== "an") continue;
      // "A" after a capitalised word or a naming noun is a label ("Plan A", "Group A", "grade A"), not the article.
      if (t.text === "A" && isLabel(tokens, i)) continue;
      const next = tokens[i + 1] as Token;
      if (!next.isWord || text.slice(t.end, next.start) !== " ") continue;
      const prev = tokens[i - 1];
      // "a.m.", "à la", a letter in a list "(a)".
      if (prev && (prev.text === "(" || prev.text === ".") && prev.end === t.start) continue;
      // "a is", "a and": "a" is a name or a letter here, not the article.
      if (NOT_A_NOUN_PHRASE.has(next.norm)) continue;
      const vowel = startsWithVowelSound(next.text);
      if (vowel === null) continue;
      // The whole compound ("18-year-old"), which the tokenizer splits after a number.
      const word = /^[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/u.exec(text.slice(next.start, next.start + 60))?.[0] ?? next.text;
      const wordEnd = next.start + word.length;
      if (t.norm === "an" && !vowel) {
        flags.push(makeFlag(editorialArticle, doc, `${quote(`${t.text} ${word}`)} puts "an" before the consonant sound of '${word}'; it should read "${t.text === "An" ? "A" : "a"} ${word}".`, [[t.start, wordEnd]]));
      } else if (t.norm === "a" && vowel) {
        flags.push(makeFlag(editorialArticle, doc, `${quote(`${t.text} ${word}`)} puts "a" before the vowel sound of '${word}'; it should read "${t.text === "A" ? "An" : "an"} ${word}".`, [[t.start, wordEnd]]));
      }
    }
    return flags;
  },
};

const NOT_A_NOUN_PHRASE = new Set(["is", "as", "are", "was", "were", "and", "or", "of", "to", "in", "on", "at", "by", "either", "if", "then", "the", "a", "an", "it", "has", "into", "for", "with"]);
const LABEL_NOUNS = new Set(["grade", "type", "class", "vitamin", "plan", "group", "section", "part", "option", "category", "level", "tier", "exhibit", "schedule", "appendix", "annex", "series", "model", "division", "league", "block", "unit", "team", "pool"]);

function isLabel(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const t = tokens[i] as Token;
  if (!prev || prev.sentence !== t.sentence || !prev.isWord) return false;
  return prev.isCap || LABEL_NOUNS.has(prev.norm) || /^\d/.test(prev.text);
}
