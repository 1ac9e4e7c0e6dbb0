// A stated percentage change against the amount it adds to a stated base: "raise rates by 9 percent …
// The increase will add about $12.10 a month to the average bill of $90" (9% of $90 is $8.10). The
// amount over the base is the change in percent, so the two must agree within their rounding.
import type { DetectedFlag } from "../flag-kinds";
import { fits, formatValue, plausibleRange, type Measure } from "../nlp/measures";
import { quote } from "../nlp/text";
import { makeFlag, type FlagRule } from "./types";

// The amount of change: right after a verb that adds it to, or takes it off, something.
const ADD_BEFORE_RE = /\b(?:add|adds|added|adding|cost|costs|save|saves|cut|cuts|lower|lowers|raise|raises)\s+(?:an?\s+)?(?:extra\s+|additional\s+)?$/i;
// The base it is applied to: "to the average household bill of $90", "on a $90 bill".
const BASE_BEFORE_RE = /\b(?:to|on|from|off)\s+(?:(?:the|a|an|each|every|its|their)\s+)?(?:[a-z][\w'’-]*\s+){0,4}?(?:of\s+)?(?:about\s+|roughly\s+|around\s+)?$/i;
// A percentage change: "by 9 percent", "a 9 percent increase".
const CHANGE_WORDS_RE = /\b(?:raise|raises|raised|raising|increase|increases|increased|increasing|rise|rises|rising|hike|hikes|cut|cuts|cutting|lower|lowers|lowering|reduce|reduces|reducing)\b/i;

export const numericAddedAmount: FlagRule = {
  id: "numeric.added-amount",
  kind: "numeric_inconsistency",
  severity: "medium",
  description: "An amount added to (or taken off) a stated base that does not match the percentage change the article gives.",
  detect(doc) {
    const { text } = doc;
    const flags: DetectedFlag[] = [];
    const ms = doc.measures;
    for (let i = 0; i + 1 < ms.length; i++) {
      const amount = ms[i] as Measure;
      if (amount.unit !== "money" || !ADD_BEFORE_RE.test(text.slice(Math.max(0, amount.qualifierStart - 40), amount.qualifierStart))) continue;
      const base = ms.slice(i + 1).find((b) => b.sentence === amount.sentence && b.unit === "money");
      if (!base || base.value <= amount.value) continue;
      const between = text.slice(amount.end, base.qualifierStart);
      if (between.length > 70 || !BASE_BEFORE_RE.test(between)) continue;
      // The percentage: in this sentence or the one before, right after "by" or before a change noun.
      const pcts = ms.filter((p) => p.unit === "percent" && (p.sentence === amount.sentence || p.sentence === amount.sentence - 1));
      const pct = pcts.find((p) => {
        const sentence = doc.sentences[p.sentence];
        if (!sentence || !CHANGE_WORDS_RE.test(sentence.text)) return false;
        return /\bby\s+$/i.test(text.slice(Math.max(0, p.qualifierStart - 4), p.qualifierStart)) || /^\s+(?:increase|rise|hike|cut|reduction)\b/i.test(text.slice(p.end, p.end + 12));
      });
      if (!pct) continue;
      const [aLo, aHi] = plausibleRange(amount);
      const [bLo, bHi] = plausibleRange(base);
      const computed: [number, number] = [(100 * aLo) / bHi, (100 * aHi) / bLo];
      if (fits(computed, pct)) continue;
      const share = (100 * amount.value) / base.value;
      flags.push(
        makeFlag(
          numericAddedAmount,
          doc,
          `${quote(text.slice(amount.qualifierStart, amount.end))} on ${quote(text.slice(base.qualifierStart, base.end))} is a change of ${formatValue(share, "percent")}, but the article gives ${quote(text.slice(pct.qualifierStart, pct.end))}; ${formatValue(pct.value, "percent")} of ${formatValue(base.value, "money")} is ${formatValue((pct.value / 100) * base.value, "money")}.`,
          [[amount.qualifierStart, amount.end], [base.qualifierStart, base.end], [pct.qualifierStart, pct.end]],
        ),
      );
    }
    return flags;
  },
};
