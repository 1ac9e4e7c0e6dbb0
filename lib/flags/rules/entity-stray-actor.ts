// An actor that appears once, in a role the rest of the article gives to someone else: in an article
// about the U.S.–China deal that says again and again that China gains, "Brazil would benefit most from
// any easing in export restrictions by Beijing".
import type { DetectedFlag } from "../flag-kinds";
import type { ActorMention } from "../nlp/actors";
import type { ParsedDocument } from "../nlp/document";
import { quote } from "../nlp/text";
import { makeFlag, type FlagRule, type Range } from "./types";

// The beneficiary role, said right after the actor ("China gains …", "Brazil would benefit most").
const ROLE_AFTER_RE =
  /^\s+(?:(?:would|could|will|may|might|should|stands? to|stood to|is set to|are set to|is likely to|is expected to|is poised to|has|had|have|did)\s+)?(?:(?:also|most|more|further|greatly|clearly|already)\s+)?(?:benefit(?:s|ed|ting)?|gain(?:s|ed)?|win(?:s)?|won|profit(?:s|ed)?|emerged? (?:as )?(?:the )?(?:winner|victor(?:ious)?)|(?:is|was|be) (?:the )?(?:big(?:gest)?|main|clear|real|chief|primary|ultimate) (?:winner|beneficiary)|(?:has|had|gained|holds?|held) the upper hand|came out ahead|secured)\b(?:\s+most\b)?/i;
// The role said before the actor ("more favorable for China", "gives China breathing space").
const ROLE_BEFORE_RE = /\b(?:favou?rable|advantageous|beneficial|good news|a win|a victory|a boon|a windfall|an advantage|a gain)\s+(?:to|for)\s+$|\b(?:gives?|giving|gave|hands?|handed|handing)\s+$/i;
// "Brazil could also benefit", "countries such as Brazil": an addition, not a replacement.
const ADDITIVE_RE = /\b(?:also|too|as well|among|other|others|like|such as|including|along with|alongside|both)\b/i;

const COUNTRY_LEVEL = new Set(["country", "bloc"]);

function roleAfter(text: string, m: ActorMention): RegExpExecArray | null {
  return ROLE_AFTER_RE.exec(text.slice(m.end, m.end + 80));
}

export const entityStrayActor: FlagRule = {
  id: "entity.stray-actor",
  kind: "entity_mixup",
  severity: "medium",
  description: "An actor named only once, in a role (such as the deal's beneficiary) that the rest of the article gives to another actor.",
  detect(doc) {
    const { text } = doc;
    const counts = new Map<string, ActorMention[]>();
    for (const m of doc.actors) {
      if (!COUNTRY_LEVEL.has(m.type)) continue;
      const list = counts.get(m.actorId);
      if (list) list.push(m);
      else counts.set(m.actorId, [m]);
    }
    const main = [...counts.entries()].filter(([, list]) => list.length >= 3).sort((a, b) => b[1].length - a[1].length).slice(0, 3);
    if (main.length === 0) return [];
    const flags: DetectedFlag[] = [];
    for (const [actorId, list] of counts) {
      if (list.length !== 1) continue;
      const m = list[0] as ActorMention;
      if (m.form === "demonym" || m.possessive) continue;
      const role = roleAfter(text, m);
      if (!role) continue;
      const s = doc.sentences[m.sentence];
      if (!s) continue;
      const sentence = text.slice(s.start, s.end);
      if (ADDITIVE_RE.test(sentence)) continue;
      // A main actor in the same sentence ties the stray one to the article's story.
      if (!doc.actors.some((a) => a.sentence === m.sentence && a.actorId !== actorId && main.some(([id]) => id === a.actorId))) continue;
      for (const [mainId, mainMentions] of main) {
        if (mainId === actorId) continue;
        const roles = rolesOf(doc, mainMentions, m.sentence);
        if (roles.length < 2) continue;
        const anchorEnd = m.end + role[0].length;
        const mainName = (mainMentions[0] as ActorMention).actorName;
        const examples = roles.slice(0, 2).map(([a, b]) => quote(text.slice(a, b), 40)).join(", ");
        flags.push(
          makeFlag(
            entityStrayActor,
            doc,
            `${m.text} appears only here, as the one that ${quote(role[0].trim())}, a role the rest of the article gives to ${mainName} (${examples}); ${m.text} is probably the wrong actor.`,
            [[m.start, anchorEnd], ...roles.slice(0, 3)],
          ),
        );
        break;
      }
    }
    return flags;
  },
};

/** Places where the article gives an actor the beneficiary role, outside one sentence. */
function rolesOf(doc: ParsedDocument, mentions: readonly ActorMention[], skipSentence: number): Range[] {
  const { text } = doc;
  const out: Range[] = [];
  for (const a of mentions) {
    if (a.sentence === skipSentence || a.form === "demonym") continue;
    const after = roleAfter(text, a);
    if (after) {
      out.push([a.start, a.end + after[0].length]);
      continue;
    }
    const lead = text.slice(Math.max(0, a.start - 40), a.start);
    const before = ROLE_BEFORE_RE.exec(lead);
    if (before) out.push([a.start - lead.length + before.index, a.end]);
  }
  return out;
}
