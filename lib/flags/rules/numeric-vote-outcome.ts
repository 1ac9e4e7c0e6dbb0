// An outcome word against the vote it reports: a measure that "failed" with more in favour than
// against, or "passed" with fewer ("failed, with 46 percent in favor and 44 percent against"). Where
// the sentence names a threshold above a simple majority, a failing majority is possible, so it stays silent.
import type { DetectedFlag } from "../flag-kinds";
import { parseNumber, quote } from "../nlp/text";
import { makeFlag, type FlagRule } from "./types";

const COUNT = "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)";
const UNIT = "(?:\\s?(?:%|percent|per cent))?";
const WHO = "(?:\\s+(?:of\\s+(?:the\\s+)?)?(?:voters|votes|ballots|members|lawmakers|delegates|shareholders|the vote))?";
// "46 percent of voters in favor and 44 percent against", "120 votes for and 130 against".
const FOR_AGAINST_RE = new RegExp(`${COUNT}${UNIT}${WHO}\\s+(?:in favou?r|for|yes|voting yes)\\b[^.;]{0,40}?\\b${COUNT}${UNIT}${WHO}\\s+(?:against|opposed|no|voting no)\\b`, "gi");
const AGAINST_FOR_RE = new RegExp(`${COUNT}${UNIT}${WHO}\\s+(?:against|opposed|voting no)\\b[^.;]{0,40}?\\b${COUNT}${UNIT}${WHO}\\s+(?:in favou?r|for|voting yes)\\b`, "gi");
const PASSED_RE = /\b(?:passed|was approved|were approved|approved|was adopted|adopted|carried|prevailed)\b/i;
const FAILED_RE = /\b(?:failed|was rejected|were rejected|rejected|was defeated|were defeated|defeated|was voted down|fell short)\b/i;
// A bar above half: the vote can fail with a majority for it.
const THRESHOLD_RE = /\b(?:two-thirds|three-fifths|60 percent|55 percent|supermajority|super-majority|threshold|needed|required|requires|need|quorum)\b/i;

export const numericVoteOutcome: FlagRule = {
  id: "numeric.vote-outcome",
  kind: "numeric_inconsistency",
  severity: "medium",
  description: "A vote said to pass with fewer in favour than against, or to fail with more in favour.",
  detect(doc) {
    const flags: DetectedFlag[] = [];
    for (const s of doc.sentences) {
      if (!/\d/.test(s.text) || doc.inQuote(s.start)) continue;
      const passed = PASSED_RE.exec(s.text);
      const failed = FAILED_RE.exec(s.text);
      // Both words, or neither: no single outcome to check.
      if (!passed === !failed || THRESHOLD_RE.test(s.text)) continue;
      const outcome = (passed ?? failed) as RegExpExecArray;
      for (const [re, forFirst] of [[FOR_AGAINST_RE, true], [AGAINST_FOR_RE, false]] as const) {
        re.lastIndex = 0;
        const m = re.exec(s.text);
        if (!m) continue;
        const first = parseNumber(m[1] ?? "");
        const second = parseNumber(m[2] ?? "");
        if (first === null || second === null) continue;
        const yes = forFirst ? first : second;
        const no = forFirst ? second : first;
        if (yes === no || (passed ? yes > no : yes < no)) continue;
        const at = s.start + m.index;
        const outcomeAt = s.start + outcome.index;
        const what = passed ? "passed" : "failed";
        flags.push(
          makeFlag(
            numericVoteOutcome,
            doc,
            `The vote is said to have ${what} (${quote(outcome[0])}), but the numbers give ${yes} in favour and ${no} against, so it would have ${passed ? "failed" : "passed"} on a simple majority.`,
            [[at, at + m[0].length], [outcomeAt, outcomeAt + outcome[0].length]],
          ),
        );
      }
    }
    return flags;
  },
};
