// A comparative word against the head-to-head tally that backs it: "made far fewer unforced errors, 41
// to 21" (the subject's figure comes first, so fewer needs the first number to be smaller), "more
// rebounds, 38 to 45". The comparison is read from the words, the direction from the two numbers.
import type { DetectedFlag } from "../flag-kinds";
import { parseNumber, quote } from "../nlp/text";
import { makeFlag, type FlagRule } from "./types";

// comparative, up to four words naming what is counted, a comma or dash, then "A to B" (or "A-B").
const COMPARATIVE_TALLY_RE = /\b(fewer|more|less)\s+((?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*)\s*(?:,|—|–|:)\s*(\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s*(?:to|-|–)\s*(\d{1,3}(?:,\d{3})*(?:\.\d+)?)\b(?!\s*(?:%|percent|million|billion|a\.m\.|p\.m\.))/gi;

export const numericComparativeTally: FlagRule = {
  id: "numeric.comparative-tally",
  kind: "numeric_inconsistency",
  severity: "medium",
  description: "\"Fewer\" or \"more\" backed by a head-to-head tally whose numbers go the other way.",
  detect(doc) {
    const flags: DetectedFlag[] = [];
    for (const s of doc.sentences) {
      if (!/\d/.test(s.text)) continue;
      COMPARATIVE_TALLY_RE.lastIndex = 0;
      for (let m = COMPARATIVE_TALLY_RE.exec(s.text); m !== null; m = COMPARATIVE_TALLY_RE.exec(s.text)) {
        // "more than", "more of": not a comparison of two sides' counts.
        if (/^(?:than|of|and|or)\b/i.test(m[2] ?? "")) continue;
        const a = parseNumber(m[3] ?? "");
        const b = parseNumber(m[4] ?? "");
        if (a === null || b === null || a === b) continue;
        const word = (m[1] ?? "").toLowerCase();
        const more = word === "more";
        if (more ? a > b : a < b) continue;
        // The tally starts after the comma or dash that follows the counted words.
        const sep = /[,—–:]\s*(?=[\d.,]+\s*(?:to|-|–)\s*[\d.,]+$)/.exec(m[0]);
        const tallyAt = s.start + m.index + (sep ? sep.index + sep[0].length : 0);
        const wordAt = s.start + m.index;
        const tallyEnd = s.start + m.index + m[0].length;
        flags.push(
          makeFlag(
            numericComparativeTally,
            doc,
            `${quote(`${m[1] ?? ""} ${m[2] ?? ""}`)} says the first side had ${more ? "more" : "fewer"}, but its tally ${quote(doc.text.slice(tallyAt, tallyEnd))} gives it ${a} against ${b}.`,
            [[tallyAt, tallyEnd], [wordAt, wordAt + (m[1] ?? "").length]],
          ),
        );
      }
    }
    return flags;
  },
};
