// A count above a limit the article states for the same thing: "62,000 customers lost power at the peak …
// about 79,000 remained without electricity", "a capacity of 40,000 … 52,000 fans filled the stadium".
// A peak, capacity, cap or maximum bounds the counts of that thing told near it, unless the text says
// the bound was broken.
import type { DetectedFlag } from "../flag-kinds";
import { formatValue, plausibleRange, type Measure } from "../nlp/measures";
import { sameThing } from "../nlp/numeric-context";
import { quote } from "../nlp/text";
import { makeFlag, type FlagRule } from "./types";

// "a peak of N", "capacity of N", "at most N"; or "N … at the peak".
const LIMIT_BEFORE_RE = /\b(?:peak(?:ed)?\s+(?:of|at)|capacity\s+of|cap\s+of|maximum\s+of|limit\s+of|at\s+most|no\s+more\s+than|holds|seats)\s+(?:about\s+|roughly\s+|some\s+)?$/i;
const LIMIT_AFTER_RE = /^[^.;]{0,50}?\bat\s+(?:the|its)\s+peak\b/i;
// The later count is of what the limit bounded: it "remained", was "still" so, or names the same noun.
const STILL_AFTER_RE = /^\s+(?:customers\s+|people\s+|homes\s+)?(?:remained|remain|were still|are still|still)\b/i;
// Words that say the bound was broken or moved: then a larger count is no contradiction.
const BROKEN_RE = /\b(?:record|surpass\w*|exceed\w*|top(?:ped|ping|s)?|beyond|over capacity|overcrowd\w*|rose|grew|climbed|swelled|jumped|increased|new high|more than|above)\b/i;

export const numericExceedsLimit: FlagRule = {
  id: "numeric.exceeds-limit",
  kind: "numeric_inconsistency",
  severity: "medium",
  description: "A count above the peak, capacity or maximum the article states for the same thing.",
  detect(doc) {
    const { text } = doc;
    const flags: DetectedFlag[] = [];
    const ms = doc.measures;
    for (let i = 0; i < ms.length; i++) {
      const limit = ms[i] as Measure;
      if (limit.unit !== "count" || limit.value < 10) continue;
      const before = text.slice(Math.max(0, limit.qualifierStart - 30), limit.qualifierStart);
      if (!LIMIT_BEFORE_RE.test(before) && !LIMIT_AFTER_RE.test(text.slice(limit.end, limit.end + 70))) continue;
      for (let j = i + 1; j < ms.length; j++) {
        const later = ms[j] as Measure;
        if (later.sentence > limit.sentence + 1) break;
        if (later.unit !== "count" || later.qualifier === "over") continue;
        const sentence = doc.sentences[later.sentence];
        if (!sentence || BROKEN_RE.test(sentence.text)) continue;
        const related = later.noun !== null ? sameThing(later.noun, limit.noun) : STILL_AFTER_RE.test(text.slice(later.end, later.end + 30));
        if (!related) continue;
        if (plausibleRange(later)[0] <= plausibleRange(limit)[1]) continue;
        flags.push(
          makeFlag(
            numericExceedsLimit,
            doc,
            `${quote(text.slice(later.qualifierStart, later.end))} is more than the ${formatValue(limit.value)} the article gives as the most (${quote(text.slice(Math.max(0, limit.qualifierStart - 20), limit.end).trim())}).`,
            [[later.qualifierStart, later.end], [limit.qualifierStart, limit.end]],
          ),
        );
      }
    }
    return flags;
  },
};
