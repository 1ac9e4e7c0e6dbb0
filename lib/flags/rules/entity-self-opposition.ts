// An actor turned against itself: "giving Beijing another strategic leverage point to use against China".
// Beijing stands for China, so one of the two names must be wrong. The agent is the nearest actor before
// the opposition cue in the same sentence; a locative "in Beijing" or a possessive "China's critics" is
// not the actor itself.
import type { DetectedFlag } from "../flag-kinds";
import type { ActorMention } from "../nlp/actors";
import type { ParsedDocument } from "../nlp/document";
import { quote, type Token } from "../nlp/text";
import { makeFlag, type FlagRule } from "./types";

// What may stand right before the target ("… against China", "… leverage over Washington").
const CUE_RE =
  /(?:\bagainst|\b(?:leverage|advantage|edge|upper hand|pressure|influence|power|sway|dominance|control|hold)\b(?:\s+\w+){0,3}\s+over|\bto (?:pressure|punish|counter|contain|isolate|coerce|squeeze|undermine|weaken|sanction)|\b(?:sanctions|tariffs|curbs|restrictions) on|\bat the expense of|\bretaliat\w* against)\s+(?:the\s+)?$/i;
const AGENT_WINDOW = 18; // tokens
const REPORTING_RE = /\b(?:said|says|say|told|warned|argued|claimed|insisted|noted|added|according|that|which|who|while|whereas|but)\b|[;:]/i;
const COUNTRY_LEVEL = new Set(["country", "bloc"]);

function isCountryLevel(m: ActorMention): boolean {
  return COUNTRY_LEVEL.has(m.type) && m.form !== "demonym";
}

/** The actor most mentioned apart from `actorId`: who was probably meant. */
function counterpart(doc: ParsedDocument, actorId: string): string | null {
  const counts = new Map<string, { n: number; name: string }>();
  for (const m of doc.actors) {
    if (!COUNTRY_LEVEL.has(m.type) || m.actorId === actorId) continue;
    const c = counts.get(m.actorId) ?? { n: 0, name: m.actorName };
    c.n++;
    counts.set(m.actorId, c);
  }
  let best: { n: number; name: string } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best && best.n >= 3 ? best.name : null;
}

export const entitySelfOpposition: FlagRule = {
  id: "entity.self-opposition",
  kind: "entity_mixup",
  severity: "high",
  description: "An actor said to act against itself, often through a capital or leader standing for its country ('Beijing … against China').",
  detect(doc) {
    const { text, tokens } = doc;
    const flags: DetectedFlag[] = [];
    const actors = doc.actors;
    for (let k = 0; k < actors.length; k++) {
      const target = actors[k] as ActorMention;
      if (!isCountryLevel(target) || target.possessive) continue;
      const sentenceStart = doc.sentences[target.sentence]?.start ?? 0;
      const lead = text.slice(Math.max(sentenceStart, target.start - 80), target.start);
      const cue = CUE_RE.exec(lead);
      if (!cue) continue;
      const cueStart = target.start - lead.length + cue.index;
      // The agent: the nearest actor before the cue, in the same sentence and close by.
      let agent: ActorMention | null = null;
      for (let j = k - 1; j >= 0; j--) {
        const a = actors[j] as ActorMention;
        if (a.sentence !== target.sentence || target.tokenStart - a.tokenEnd > AGENT_WINDOW) break;
        if (a.end > cueStart) continue;
        if (a.type === "organization" && a.actorId.startsWith("outlet:")) continue;
        agent = a;
        break;
      }
      // A leader "against Washington" is politics, not a mix-up: only the country's own names count.
      if (!agent || agent.actorId !== target.actorId || !isCountryLevel(agent) || agent.form === "leader" || target.form === "leader") continue;
      // "The Kremlin said sanctions on Russia …": a reporting verb starts a new clause with another agent.
      if (REPORTING_RE.test(text.slice(agent.end, cueStart))) continue;
      const before = tokens[agent.tokenStart - 1] as Token | undefined;
      if (before && /^(?:in|from|at|inside|outside|near|of)$/i.test(before.norm)) continue;
      const same = agent.text === target.text ? `${agent.text}` : `${agent.text} stands for ${target.actorName} here`;
      const meant = counterpart(doc, target.actorId);
      flags.push(
        makeFlag(
          entitySelfOpposition,
          doc,
          `${quote(text.slice(agent.start, target.end))} has ${target.actorName} acting against itself (${same}); one of the two names is wrong${meant ? ` (the other party in the article is ${meant})` : ""}.`,
          [[target.start, target.end], [agent.start, agent.end], [cueStart, cueStart + cue[0].trimEnd().length]],
        ),
      );
    }
    return flags;
  },
};
