// A strong factual assertion in the author's own voice ("clearly", "undeniably", "it is a fact that")
// with no attribution in the sentence, in an article that otherwise attributes its claims. Low severity:
// a prompt to check, not an error.
import type { DetectedFlag } from "../flag-kinds";
import { quote } from "../nlp/text";
import { makeFlag, type FlagRule } from "./types";

const MARKER_RE =
  /\b(clearly|undeniably|unquestionably|indisputably|undoubtedly|incontrovertibly|without (?:a|any) doubt|beyond (?:any |all )?doubt|it is (?:a fact|clear|obvious|undeniable|indisputable|beyond dispute|certain) that|there is no (?:doubt|question|denying) (?:that)?|the fact is(?: that)?|the truth is(?: that)?|make no mistake|obviously|everyone knows(?: that)?|no one can deny(?: that)?|it goes without saying(?: that)?)\b/gi;
// "clearly marked", "clearly visible": manner, not certainty.
const MANNER_AFTER_RE = /^\s+(?:visible|marked|defined|labell?ed|stated|written|audible|identified|signposted|displayed|shown|separated|explained|articulated|outlined|printed|seen|heard|legible|lit|set out|spelled out|communicated|worded|designed|understood)\b/i;
const ATTRIBUTION_RE =
  /\b(?:said|says|say|told|tells|according to|noted|notes|argued|argues|wrote|writes|reported|reports|claimed|claims|insisted|stated|believes?|believed|found|finds|estimated|concluded|added|explained|warned|acknowledged|conceded|countered|testified|ruled|announced|showed|shows|suggests?|suggested)\b|["“”]/gi;
const MIN_ATTRIBUTIONS = 3;

export const assertionUnsupported: FlagRule = {
  id: "assertion.unsupported",
  kind: "unsupported_assertion",
  severity: "low",
  description: "A strong factual assertion ('clearly', 'undeniably', 'it is a fact that') made in the author's voice without attribution, in an article that otherwise attributes its claims.",
  detect(doc) {
    const { text } = doc;
    ATTRIBUTION_RE.lastIndex = 0;
    const attributions = text.match(ATTRIBUTION_RE)?.length ?? 0;
    if (attributions < MIN_ATTRIBUTIONS) return [];
    const flags: DetectedFlag[] = [];
    MARKER_RE.lastIndex = 0;
    for (let m = MARKER_RE.exec(text); m !== null; m = MARKER_RE.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (doc.inQuote(start)) continue;
      if (MANNER_AFTER_RE.test(text.slice(end, end + 30))) continue;
      const s = doc.sentences[doc.sentenceAt(start)];
      if (!s) continue;
      const sentence = text.slice(s.start, s.end);
      if (sentence.trimEnd().endsWith("?")) continue;
      ATTRIBUTION_RE.lastIndex = 0;
      if (ATTRIBUTION_RE.test(sentence)) continue;
      flags.push(
        makeFlag(assertionUnsupported, doc, `${quote(m[0])} presents ${quote(sentence, 80)} as settled fact in the author's own voice, with no source for it in the sentence.`, [[start, end]]),
      );
    }
    return flags;
  },
};
