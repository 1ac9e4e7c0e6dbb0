// Near-identical sentences anywhere in the article (Jaccard similarity of word 3-gram shingles), as left
// behind when a paragraph is pasted twice or rewritten without deleting the first version.
import type { DetectedFlag } from "../flag-kinds";
import { quote, type Token } from "../nlp/text";
import { makeFlag, type FlagRule } from "./types";

const MIN_WORDS = 8;
const MIN_JACCARD = 0.7;
const COMMON_SHINGLE = 20; // shingles in more sentences than this are boilerplate, not evidence

export const repetitionSentence: FlagRule = {
  id: "repetition.sentence",
  kind: "duplicated_passage",
  severity: "medium",
  description: "Two sentences that are identical or nearly so, wherever they are in the article.",
  detect(doc) {
    const flags: DetectedFlag[] = [];
    const shingleSentences = new Map<string, number[]>();
    const sizes: number[] = [];
    for (const s of doc.sentences) {
      const words = doc.sentenceTokens(s.index).filter((t) => t.isWord);
      const shingles = new Set<string>();
      for (let i = 0; i + 2 < words.length; i++) shingles.add(`${(words[i] as Token).norm} ${(words[i + 1] as Token).norm} ${(words[i + 2] as Token).norm}`);
      sizes[s.index] = words.length >= MIN_WORDS ? shingles.size : 0;
      if (words.length < MIN_WORDS) continue;
      // Count the shingles this sentence shares with each earlier one.
      const shared = new Map<number, number>();
      for (const sh of shingles) {
        const list = shingleSentences.get(sh);
        if (list && list.length <= COMMON_SHINGLE) for (const j of list) shared.set(j, (shared.get(j) ?? 0) + 1);
      }
      let best = -1;
      let bestJaccard = 0;
      for (const [j, count] of shared) {
        const jaccard = count / (shingles.size + (sizes[j] ?? 0) - count);
        if (jaccard > bestJaccard) {
          bestJaccard = jaccard;
          best = j;
        }
      }
      if (best >= 0 && bestJaccard >= MIN_JACCARD) {
        const earlier = doc.sentences[best];
        if (earlier) {
          const how = bestJaccard >= 0.999 ? "repeats word for word" : `repeats, nearly word for word (${Math.round(bestJaccard * 100)}% of its three-word sequences),`;
          flags.push(makeFlag(repetitionSentence, doc, `${quote(doc.sentenceText(s.index), 70)} ${how} the earlier sentence ${quote(doc.sentenceText(best), 50)}.`, [[s.start, s.end], [earlier.start, earlier.end]]));
        }
      }
      for (const sh of shingles) {
        const list = shingleSentences.get(sh);
        if (list) list.push(s.index);
        else shingleSentences.set(sh, [s.index]);
      }
    }
    return flags;
  },
};
