// An act only governments can perform, attributed to companies: "U.S. companies also offered tariff
// relief". Tariffs, export controls and sanctions are set by governments; companies pay or face them.
import type { DetectedFlag } from "../flag-kinds";
import { quote } from "../nlp/text";
import { makeFlag, type FlagRule } from "./types";

const MODIFIERS = "(?:(?:U\\.S\\.|US|American|Chinese|European|Japanese|German|British|foreign|domestic|private|major|big|large|some|many|several|the|its|their|these|those|leading|global|multinational)\\s+)*";
const COMPANIES = "companies|company|firms|firm|businesses|corporations|manufacturers|exporters|importers|retailers|automakers|carmakers|producers|farmers|consumers|shoppers|investors|multinationals|brands|suppliers|chipmakers|traders|merchants|industry|industries";
const ADVERBS = "(?:(?:also|even|reportedly|have|has|had|then|quickly|later|recently|themselves|jointly|now|would|will|could|did)\\s+){0,2}";
const VERBS = "offered|offer|offers|offering|granted|grant|grants|imposed|impose|imposes|imposing|levied|levy|levies|slapped|set|sets|lowered|lowers|raised|raises|lifted|lifts|removed|suspended|suspends|waived|waives|extended|extends|introduced|introduces|approved|approves|announced|announces|enacted|enforced|provided|provides|gave|give|gives";
const OBJECT_MODIFIERS = "(?:(?:new|fresh|higher|lower|steep|further|additional|reciprocal|retaliatory|some|the|their|its|a|an|broad|blanket|temporary|partial)\\s+){0,2}";
const GOVERNMENT_ACTS = "tariff relief|tariff cuts?|tariff exemptions?|tariff reductions?|tariffs?|export controls?|export curbs|export bans?|import quotas?|customs duties|import duties|sanctions|embargo(?:es)?";
const PATTERN_RE = new RegExp(`\\b(${MODIFIERS}(?:${COMPANIES}))\\s+${ADVERBS}(${VERBS})\\s+(?:\\w+\\s+)?${OBJECT_MODIFIERS}(${GOVERNMENT_ACTS})\\b`, "gi");
// "companies hit by tariffs", "firms exempt from tariffs" never match the verb list; "offered to pay tariffs" reads as paying.
const PAYING_RE = /\b(?:pay|paying|absorb|absorbing|pass on|avoid|face|facing|lobby|lobbied|seek|sought|request|requested|to)\b/i;

export const entityIncapableActor: FlagRule = {
  id: "entity.capability",
  kind: "entity_mixup",
  severity: "medium",
  description: "An act only a government can perform (setting tariffs, export controls, sanctions) attributed to companies or other private actors.",
  detect(doc) {
    const { text } = doc;
    const flags: DetectedFlag[] = [];
    PATTERN_RE.lastIndex = 0;
    for (let m = PATTERN_RE.exec(text); m !== null; m = PATTERN_RE.exec(text)) {
      const subject = (m[1] ?? "").trim();
      const verbAt = m[0].indexOf(m[2] ?? "", subject.length);
      const between = m[0].slice(verbAt, m[0].length - (m[3] ?? "").length);
      if (PAYING_RE.test(between.replace(m[2] ?? "", ""))) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (doc.inQuote(start)) continue;
      const act = (m[3] ?? "").toLowerCase();
      const what = act.startsWith("tariff") ? "tariffs" : act.startsWith("export") ? "export controls" : act.includes("sanction") ? "sanctions" : act.includes("embargo") ? "embargoes" : "customs duties";
      flags.push(
        makeFlag(entityIncapableActor, doc, `${quote(m[0])} has ${subject.replace(/^the\s+/i, "")} doing what only governments do: ${what} are set by governments, so either the actor or the act is wrong.`, [[start, end]]),
      );
    }
    return flags;
  },
};
