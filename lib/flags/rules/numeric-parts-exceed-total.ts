// Parts that add up to more than the whole they divide: "Of the 120 seats, Labour won 70, the Greens 38
// and independents 19" (127), or shares of one group summing past 100% ("54% backed it, 41% opposed it
// and 9% were undecided").
import type { DetectedFlag } from "../flag-kinds";
import { formatNumber } from "../nlp/quantities";
import { parseNumber, quote } from "../nlp/text";
import { makeFlag, type FlagRule, type Range } from "./types";

const NUMBER_WORD_SRC = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)";
const COUNT_SRC = `(\\d{1,3}(?:,\\d{3})+|\\d+|${NUMBER_WORD_SRC})`;
// "Of the 120 seats", "of its 40 members"
const TOTAL_RE = new RegExp(`\\b(?:of|among|out of)\\s+(?:the|its|their|his|her|these|those|all)\\s+${COUNT_SRC}\\s+([a-z][a-z-]+)`, "gi");
// A count that is a part: a number not followed by a unit, percent, or time word, and not a year.
const PART_RE = new RegExp(`(?<![\\w.,$€£-])${COUNT_SRC}(?![\\w.,]*\\d)(?!\\s*(?:%|percent|per cent|per|years?|months?|weeks?|days?|hours?|minutes?|times|million|billion|thousand|km|miles|metres|meters|kg|pounds|dollars|euros|a\\.m\\.|p\\.m\\.))`, "gi");
// A part list ends where a subset or an example starts ("including 12 from Brazil").
const SUBSET_RE = /\b(?:including|of whom|of which|of them|among them|among whom|such as|with|whereas|while|compared|up from|down from)\b|[;—(]/i;

const PERCENT_RE = /(?<![\w.,-])(\d{1,3}(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)/gi;
const PARTITION_CUE_RE = /\b(?:respondents|voters|surveyed|polled|backed|supported|supports|opposed|opposes|undecided|in favou?r|said (?:yes|no)|voted|of (?:the )?(?:vote|votes|ballots|those (?:surveyed|polled|asked)))\b/i;
const NOT_PARTITION_RE = /\b(?:from|rose|fell|increase[sd]?|decrease[sd]?|up|down|compared|versus|vs|than|growth|inflation|rate|rates|respectively|each|turnout|margin|chance|probability|likely|more|less|higher|lower)\b/i;

export const numericPartsExceedTotal: FlagRule = {
  id: "numeric.total",
  kind: "numeric_inconsistency",
  severity: "medium",
  description: "Parts of a stated whole that add up to more than it: counts above the total they divide, or shares of one group summing past 100%.",
  detect(doc) {
    const { text } = doc;
    const flags: DetectedFlag[] = [];
    for (const s of doc.sentences) {
      const sentence = text.slice(s.start, s.end);
      if (!/\d|\b(?:of|among)\b/i.test(sentence)) continue;
      TOTAL_RE.lastIndex = 0;
      for (let m = TOTAL_RE.exec(sentence); m !== null; m = TOTAL_RE.exec(sentence)) {
        const total = parseNumber(m[1] ?? "");
        if (total === null || total < 3) continue;
        const restStart = m.index + m[0].length;
        let rest = sentence.slice(restStart);
        const cut = SUBSET_RE.exec(rest);
        if (cut) rest = rest.slice(0, cut.index);
        const parts: Range[] = [];
        let sum = 0;
        PART_RE.lastIndex = 0;
        for (let p = PART_RE.exec(rest); p !== null; p = PART_RE.exec(rest)) {
          const value = parseNumber(p[1] ?? "");
          if (value === null || value > total) continue;
          // "one" is often a pronoun ("one of them"); count it only when written as a digit.
          if (/^one$/i.test(p[1] ?? "")) continue;
          // "more than 5", "about 30": bounds and estimates, not parts.
          if (/\b(?:than|about|around|nearly|almost|over|under|up to|at least|some)\s+$/i.test(rest.slice(0, p.index))) continue;
          const start = s.start + restStart + p.index;
          parts.push([start, start + (p[1] ?? "").length]);
          sum += value;
        }
        if (parts.length >= 2 && sum > total) {
          const totalStart = s.start + m.index;
          const partsText = parts.map(([a, b]) => text.slice(a, b)).join(" + ");
          flags.push(
            makeFlag(numericPartsExceedTotal, doc, `The parts listed after ${quote(m[0])} add up to ${formatNumber(sum)} (${partsText}), more than the total of ${formatNumber(total)} ${m[2]}.`, [[totalStart, totalStart + m[0].length], ...parts]),
          );
        }
      }
      // Shares of one group.
      if (!PARTITION_CUE_RE.test(sentence) || NOT_PARTITION_RE.test(sentence)) continue;
      const shares: Range[] = [];
      let sum = 0;
      PERCENT_RE.lastIndex = 0;
      for (let p = PERCENT_RE.exec(sentence); p !== null; p = PERCENT_RE.exec(sentence)) {
        const value = Number(p[1]);
        if (value > 100) continue;
        shares.push([s.start + p.index, s.start + p.index + p[0].length]);
        sum += value;
      }
      if (shares.length >= 2 && sum > 100.5) {
        const listed = shares.map(([a, b]) => text.slice(a, b)).join(" + ");
        flags.push(makeFlag(numericPartsExceedTotal, doc, `The shares in this sentence (${listed}) add up to ${formatNumber(sum)}%, more than the whole they divide.`, shares));
      }
    }
    return flags;
  },
};
