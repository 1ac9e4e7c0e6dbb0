// Circular attribution: a point credited to unnamed analysts and then supported by the same unnamed
// analysts ("an observation borne out by analysts observing at this summit where analysts observed …").
import type { DetectedFlag } from "../flag-kinds";
import { quote } from "../nlp/text";
import { makeFlag, type FlagRule } from "./types";

const SOURCE_NOUNS = "scientists?|analysts?|experts?|observers?|officials?|critics?|economists?|commentators?|sources?|researchers?|scholars?|diplomats?|insiders?|pundits?|reports?";
const VERBS =
  "observ\\w*|sa(?:y|ys|id|ying)|not(?:e|es|ed|ing)|claim\\w*|argu\\w*|suggest\\w*|believ\\w*|warn\\w*|point(?:s|ed|ing)? out|contend\\w*|assert\\w*|predict\\w*|describ\\w*|caution\\w*|stat(?:e|es|ed|ing)|indicat\\w*|show\\w*";
const ATTRIBUTION_RE = new RegExp(`\\b(${SOURCE_NOUNS})\\s+(?:(?:have|had|were|are|who|have been|had been)\\s+)?(${VERBS})\\b`, "gi");
// What may stand right before the second mention for it to be the same unnamed group again.
const LINKERS = new Set(["where", "as", "while", "and", "with", "that", "which", "when", "because", "since", "after", "by", "among"]);
const MAX_GAP_WORDS = 12;

function lemma(noun: string): string {
  return noun.toLowerCase().replace(/s$/, "");
}

function verbStem(verb: string): string {
  return verb.toLowerCase().slice(0, 4);
}

export const attributionCircular: FlagRule = {
  id: "attribution.circular",
  kind: "misattribution",
  severity: "medium",
  description: "A claim attributed to unnamed sources who are then cited again as its own support ('analysts observing … where analysts observed').",
  detect(doc) {
    const { text } = doc;
    const flags: DetectedFlag[] = [];
    let prev: { start: number; end: number; noun: string; verb: string; sentence: number } | null = null;
    ATTRIBUTION_RE.lastIndex = 0;
    for (let m = ATTRIBUTION_RE.exec(text); m !== null; m = ATTRIBUTION_RE.exec(text)) {
      const cur = { start: m.index, end: m.index + m[0].length, noun: lemma(m[1] ?? ""), verb: verbStem(m[2] ?? ""), sentence: doc.sentenceAt(m.index) };
      if (prev && prev.sentence === cur.sentence && prev.noun === cur.noun) {
        const between = text.slice(prev.end, cur.start);
        const gapWords = between.split(/\s+/).filter((w) => /\w/.test(w)).length;
        const before = /([\p{L}]+|[,(–—;])\s*$/u.exec(between)?.[1]?.toLowerCase() ?? "";
        const linked = LINKERS.has(before) || /^[,(–—;]$/.test(before);
        if (gapWords <= MAX_GAP_WORDS && linked && (prev.verb === cur.verb || gapWords <= 6) && !doc.inQuote(cur.start)) {
          flags.push(
            makeFlag(attributionCircular, doc, `${quote(text.slice(prev.start, cur.end))} credits the point to unnamed ${m[1]?.toLowerCase()} and then cites the same unnamed ${m[1]?.toLowerCase()} as its support; the attribution goes in a circle and names no one.`, [[prev.start, cur.end]]),
          );
          prev = null;
          continue;
        }
      }
      prev = cur;
    }
    return flags;
  },
};
