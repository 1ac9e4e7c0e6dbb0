// A word typed twice ("the the"). Doublings that English allows ("had had", "that that") and reduplicated
// names or words ("Walla Walla", "bye bye") are left alone.
import type { DetectedFlag } from "../flag-kinds";
import { STOPWORDS, quote } from "../nlp/text";
import { makeFlag, type FlagRule } from "./types";

const DOUBLED_RE = /(?<![\p{L}\p{N}'’-])(\p{L}+)[ \t]+\1(?![\p{L}\p{N}'’-])/giu;
const ALLOWED = new Set([
  "had", "that", "is", "bye", "no", "so", "very", "ha", "bang", "knock", "tut", "chop", "ta", "pom", "dum", "yada", "tsk", "hush",
  "go", "cha", "can", "bora", "walla", "mahi", "beri", "never", "really", "far", "more", "again", "blah", "boo", "yeah", "oh", "now",
  "well", "many", "much", "long", "round", "over", "out", "little", "bit", "step", "day", "one", "two", "tick", "tock", "ding", "dong",
]);

export const editorialDoubledWord: FlagRule = {
  id: "editorial.doubled-word",
  kind: "editorial",
  severity: "low",
  description: "The same word typed twice in a row ('the the').",
  detect(doc) {
    const { text } = doc;
    const flags: DetectedFlag[] = [];
    DOUBLED_RE.lastIndex = 0;
    for (let m = DOUBLED_RE.exec(text); m !== null; m = DOUBLED_RE.exec(text)) {
      const first = m[1] ?? "";
      const lower = first.toLowerCase();
      const second = m[0].slice(m[0].length - first.length);
      if (ALLOWED.has(lower)) continue;
      // "Node node", "object Object": different words to the writer, unless a sentence starts with the first.
      if (first !== second && !(first.toLowerCase() === second && doc.sentences[doc.sentenceAt(m.index)]?.start === m.index)) continue;
      // Both capitalised: a name ("Baden Baden", "Duran Duran"), unless it is a function word ("The The" at a start is rare).
      if (/^\p{Lu}/u.test(first) && /^\p{Lu}/u.test(second) && !STOPWORDS.has(lower)) continue;
      // Content words repeated inside a quotation are more likely speech than a typo.
      if (!STOPWORDS.has(lower) && doc.inQuote(m.index)) continue;
      flags.push(makeFlag(editorialDoubledWord, doc, `${quote(m[0])} repeats the word '${first}'; one of them should go.`, [[m.index, m.index + m[0].length]]));
    }
    return flags;
  },
};
