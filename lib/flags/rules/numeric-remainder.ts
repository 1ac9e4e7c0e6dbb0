// A remainder the part and whole before it contradict: "accounted for 68 of the 82 deaths. The remaining
// 24 deaths were elsewhere" (82 − 68 = 14). "The remaining N", "the other N", "the rest, N" name what is
// left of the last whole the text divided, so N must be the whole less the part.
import type { DetectedFlag } from "../flag-kinds";
import { formatValue, plausibleRange, type Measure } from "../nlp/measures";
import { sameThing } from "../nlp/numeric-context";
import { quote } from "../nlp/text";
import { makeFlag, type FlagRule } from "./types";

const REMAINDER_BEFORE_RE = /\b(?:the\s+)?(?:remaining|other|rest of the|last)\s+$/i;
// "M of the T", "M of its T": a part and its whole, next to each other.
const PART_OF_WHOLE_RE = /^\s+(?:of|out of)\s+(?:the|its|their|all)?\s*$/i;

export const numericRemainder: FlagRule = {
  id: "numeric.remainder",
  kind: "numeric_inconsistency",
  severity: "medium",
  description: "\"The remaining N\" when the part and the whole given just before leave a different number.",
  detect(doc) {
    const { text } = doc;
    const flags: DetectedFlag[] = [];
    const ms = doc.measures;
    for (let i = 0; i < ms.length; i++) {
      const rest = ms[i] as Measure;
      if (rest.unit !== "count" || !REMAINDER_BEFORE_RE.test(text.slice(Math.max(0, rest.qualifierStart - 24), rest.qualifierStart))) continue;
      // The nearest part-of-whole pair, in this sentence or the one before, counting the same thing.
      let found: [Measure, Measure] | null = null;
      for (let j = i - 2; j >= 0 && !found; j--) {
        const part = ms[j] as Measure;
        const whole = ms[j + 1] as Measure;
        if (part.sentence < rest.sentence - 1) break;
        if (part.unit !== "count" || whole.unit !== "count" || whole.value <= part.value) continue;
        if (!PART_OF_WHOLE_RE.test(text.slice(part.end, whole.qualifierStart))) continue;
        if (!sameThing(whole.noun ?? part.noun, rest.noun)) continue;
        found = [part, whole];
      }
      if (!found) continue;
      const [part, whole] = found;
      const [pLo, pHi] = plausibleRange(part);
      const [wLo, wHi] = plausibleRange(whole);
      const [rLo, rHi] = plausibleRange(rest);
      if (rLo <= wHi - pLo && wLo - pHi <= rHi) continue;
      const left = whole.value - part.value;
      flags.push(
        makeFlag(
          numericRemainder,
          doc,
          `${quote(text.slice(rest.qualifierStart, rest.end))} is what remains of ${formatValue(whole.value)} after ${formatValue(part.value)}, which is ${formatValue(left)}.`,
          [[rest.qualifierStart, rest.end], [part.qualifierStart, part.end], [whole.qualifierStart, whole.end]],
        ),
      );
    }
    return flags;
  },
};
