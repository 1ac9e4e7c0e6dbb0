// A role model read from the article's own sentences: who beat, bought, sued, fined or ordered whom
// (active, passive and nominal forms: "Brighton beat Villa", "Villa was beaten by Brighton", "Brighton's
// victory over Villa"), and the one-sided roles that follow from those acts — the winner is sworn in, the
// buyer pays, the one who sued is the plaintiff, the one ordered to pay is the one who appeals. A later
// sentence that turns an act round, or gives a party the other side's role, has a wrong name in it.
// Parties are resolved through the article's alias table (parties.ts), so "Halverson" is "Halverson Foods"
// and "the cooperative" the "Ranchers Cooperative of Montana".
import type { DetectedFlag } from "../flag-kinds";
import type { ParsedDocument } from "../nlp/document";
import { partiesOf, partyName, type Parties, type PartyMention } from "../nlp/parties";
import { quote } from "../nlp/text";
import { makeFlag, type FlagRule } from "./types";

type Family = "defeat" | "acquire" | "sue" | "oversee" | "hire" | "endorse";
type Role = "winner" | "loser" | "plaintiff" | "defendant" | "appellant" | "ruled-against" | "ruled-for" | "payer" | "overseen";

interface Act {
  family: Family;
  agent: PartyMention;
  patient: PartyMention;
  start: number;
  end: number;
}
interface RoleFrame {
  party: PartyMention;
  role: Role;
  /** Weight of the evidence: an act with both parties counts double. */
  weight: number;
  start: number;
  end: number;
}

const ACTIVE: ReadonlyArray<readonly [Family, string]> = [
  ["defeat", "beat|beats|beating|defeated|defeats|defeating|edged|edges|routed|ousted|unseated|unseating|eliminated|knocked out|outpolled|overcame|upset|thrashed|outscored|topped"],
  ["acquire", "acquired|acquires|acquiring|acquire|bought|buys|buying|buy|purchased|purchase|took over|take over|takes over|taking over"],
  ["sue", "sued|sues|suing|sue|filed suit against|filed a lawsuit against|brought a lawsuit against|brought suit against"],
  ["oversee", "fined|fines|fining|penalized|penalised|sanctioned|censured|charged|indicted|prosecuted|investigated|inspected|audited|subpoenaed|regulates|ordered|orders|ordering"],
  ["hire", "hired|hires|hiring|appointed|appoints|recruited|fired|dismissed|sacked"],
  ["endorse", "endorsed|endorses|endorsing"],
];
const PASSIVE: ReadonlyArray<readonly [Family, string]> = [
  ["defeat", "beaten|defeated|edged|routed|ousted|unseated|eliminated|knocked out|outpolled|upset|thrashed"],
  ["acquire", "acquired|bought|purchased|taken over"],
  ["sue", "sued"],
  ["oversee", "fined|penalized|penalised|sanctioned|censured|charged|indicted|prosecuted|investigated|inspected|audited|subpoenaed|regulated|ordered"],
  ["hire", "hired|appointed|recruited|fired|dismissed|sacked"],
  ["endorse", "endorsed|backed"],
];
const NOMINAL_RE =
  /^\s+(?:[a-z-]+\s+){0,2}?(victory|win|triumph|defeat|loss|acquisition|purchase|takeover|buyout|lawsuit|suit|complaint|investigation|inquiry|probe|audit|fine|endorsement)\s+(over|of|against|into|to|by|on)\s+$/;
const FILLER = new Set(
  "has have had was were is are will would also then later again agreed to on last this in early late finally already previously once ultimately quickly formally officially narrowly easily comfortably year week month night monday tuesday wednesday thursday friday saturday sunday it they said says had since".split(" "),
);
const TITLE_WORDS = /^(?:Mayor|Gov\.?|Governor|Sen\.?|Senator|Rep\.?|Judge|Justice|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|President|Councilwoman|Councilman|Alderman|Alderwoman|Professor|Prof\.?)$/;

/** Whether the words between a subject and its verb leave the subject in place ("Corvane agreed on Monday to buy"). */
function subjectGap(gap: string): boolean {
  const g = gap.replace(/^['’]s\b/, "").replace(/^\s*,[^,;:"“”()]{1,90},/, "");
  if (/[;:.!?"“”()]/.test(g)) return false;
  const words = g.split(/\s+/).filter(Boolean);
  return words.length <= 6 && words.every((w) => FILLER.has(w.toLowerCase()) || /^\d{4}$/.test(w));
}

/** Whether the words between a verb and its object still lead to the object ("defeating the two-term incumbent, Mayor"). */
function objectGap(gap: string): boolean {
  if (/[;:.!?"“”()]/.test(gap)) return false;
  const words = gap.replace(/,/g, " ").split(/\s+/).filter(Boolean);
  return words.length <= 5 && words.every((w) => /^[a-z][a-z-]*$/.test(w) || TITLE_WORDS.test(w)) && !words.some((w) => /^(?:and|or|but|that|which|who|with|for|from|after|before|when|while|because|of|to|in|on|at)$/.test(w));
}

function inSentence(p: Parties, sentence: number): PartyMention[] {
  return p.mentions.filter((m) => m.sentence === sentence);
}

function acts(doc: ParsedDocument, parties: Parties): Act[] {
  const out: Act[] = [];
  const { text } = doc;
  for (const s of doc.sentences) {
    const ms = inSentence(parties, doc.sentenceAt(s.start));
    if (ms.length < 2) continue;
    const subjectBefore = (at: number): PartyMention | undefined => {
      const before = ms.filter((m) => m.end <= at);
      const m = before[before.length - 1];
      return m && subjectGap(text.slice(m.end, at)) ? m : undefined;
    };
    const objectAfter = (at: number): PartyMention | undefined => {
      const m = ms.find((x) => x.start >= at);
      return m && objectGap(text.slice(at, m.start)) ? m : undefined;
    };
    for (const [family, verbs] of ACTIVE) {
      const re = new RegExp(`\\b(?:${verbs})\\b`, "g");
      for (let v = re.exec(s.text); v !== null; v = re.exec(s.text)) {
        const at = s.start + v.index;
        if (doc.inQuote(at)) continue;
        // "Solis won the race, defeating Lindqvist": a participle after a comma takes the sentence's subject.
        const participle = /ing$/.test(v[0]) && /,\s*$/.test(text.slice(Math.max(s.start, at - 3), at));
        const agent = participle ? ms.find((m) => m.end <= at) : subjectBefore(at);
        const patient = objectAfter(at + v[0].length);
        if (!agent || !patient || agent === patient) continue;
        // "ordered Northgate to submit": an order is to do something.
        if (/^order/.test(v[0]) && !/^(?:['’]s)?\s+to\b/.test(text.slice(patient.end, patient.end + 6))) continue;
        out.push({ family, agent, patient, start: agent.start, end: patient.end });
      }
    }
    for (const [family, verbs] of PASSIVE) {
      const re = new RegExp(`\\b(?:was|were|is|are|be|been|being)\\s+(?:\\w+ly\\s+)?(?:${verbs})\\s+by\\s+`, "g");
      for (let v = re.exec(s.text); v !== null; v = re.exec(s.text)) {
        const at = s.start + v.index;
        if (doc.inQuote(at)) continue;
        const patient = subjectBefore(at);
        const agent = objectAfter(at + v[0].length);
        if (!agent || !patient || agent === patient) continue;
        out.push({ family, agent, patient, start: patient.start, end: agent.end });
      }
    }
    // "Brighton's victory over Villa", "Lattice Shield's acquisition of Corvane".
    for (const a of ms) {
      if (!a.possessive || doc.inQuote(a.start)) continue;
      const from = a.end + 2;
      const b = ms.find((x) => x.start > from);
      if (!b) continue;
      const lead = text.slice(from, b.start);
      const n = NOMINAL_RE.exec(lead.replace(/\s+(?:the|a|an|its|his|her|their|rival|former)\s+$/, " "));
      if (!n) continue;
      const noun = n[1] ?? "";
      const prep = n[2] ?? "";
      let act: [Family, PartyMention, PartyMention] | null = null;
      if (/^(?:victory|win|triumph)$/.test(noun) && prep === "over") act = ["defeat", a, b];
      else if (noun === "defeat" && prep === "of") act = ["defeat", a, b];
      else if (/^(?:defeat|loss)$/.test(noun) && /^(?:to|by)$/.test(prep)) act = ["defeat", b, a];
      else if (/^(?:acquisition|purchase|takeover|buyout)$/.test(noun) && prep === "of") act = ["acquire", a, b];
      else if (/^(?:lawsuit|suit|complaint)$/.test(noun) && prep === "against") act = ["sue", a, b];
      else if (/^(?:investigation|inquiry|probe|audit)$/.test(noun) && /^(?:of|into)$/.test(prep)) act = ["oversee", a, b];
      else if (noun === "fine" && /^(?:against|on|of)$/.test(prep)) act = ["oversee", a, b];
      if (act) out.push({ family: act[0], agent: act[1], patient: act[2], start: a.start, end: b.end });
    }
  }
  return out;
}

const ROLE_AFTER: ReadonlyArray<readonly [Role, RegExp]> = [
  // "won the race", "will be sworn in"; not a record ("has won five", "had won four of the last six trials").
  ["winner", /^(?:['’]s)?\s+(?:(?:also|then|easily|narrowly|comfortably)\s+)?(?:won|wins|clinched|prevailed|(?:will be|was|were|is to be)\s+sworn in|took office)\b(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|several|many|all|most)\b)(?!\s+(?:\w+\s+)?(?:of the last|trials?|cases?|grants?|contracts?|awards?|approval)\b)/],
  ["winner", /^['’]s\s+(?:\w+\s+)?(?:victory|win|triumph)\b(?!\s+(?:over|against|in the (?:previous|last|first)))/],
  ["loser", /^\s+(?:\w+\s+){0,1}?(?:conceded|concedes|was eliminated|were eliminated|finished (?:second|third|fourth|last|runner-up))\b/],
  ["loser", /^['’]s\s+(?:\w+\s+)?(?:defeat|concession)\b(?!\s+(?:of|over))/],
  ["plaintiff", /^,?\s+(?:the|a)\s+plaintiffs?\b|^\s+as\s+(?:the\s+)?(?:only\s+|sole\s+|lone\s+)?plaintiffs?\b/],
  ["defendant", /^,?\s+(?:the|a)\s+defendants?\b|^\s+as\s+(?:the\s+)?(?:only\s+|sole\s+|lone\s+|last\s+|remaining\s+)?defendants?\b/],
  ["appellant", /^(?:['’]s)?\s+(?:(?:said|says)\s+(?:it|they|he|she|the \w+)\s+)?(?:would|will|plans to|intends to|planned to|vowed to)\s+appeal\b|^\s+appealed\b|^['’]s\s+appeal\b/],
  ["payer", /^\s+(?:(?:is|was|were|will be|would be)\s+paying|(?:will|would|agreed to|is to)\s+pay|paid|pays)\b/],
];
const ROLE_BEFORE: ReadonlyArray<readonly [Role, RegExp]> = [
  ["plaintiff", /\b(?:the|a)\s+plaintiffs?,\s+$|\b(?:brought|filed)\s+(?:in\s+\d{4}\s+)?by\s+(?:the\s+)?$/],
  ["defendant", /\b(?:the|a)\s+defendants?,\s+$/],
  ["appellant", /\bappeal\s+(?:by|from)\s+(?:the\s+)?$/],
  ["ruled-against", /\b(?:ordered|orders|ordering)\s+(?:the\s+)?$|\bfound\s+(?:the\s+)?$|\b(?:verdict|ruling|judgment|judgement)\s+against\s+(?:the\s+)?$/],
  ["ruled-for", /\bruled\s+(?:in\s+favou?r\s+of|for)\s+(?:the\s+)?$|\bsided\s+with\s+(?:the\s+)?$/],
  ["overseen", /\b(?:fined|penalized|penalised|sanctioned|censured|charged|indicted|investigated|inspected|audited)\s+(?:the\s+)?$/],
];

function roleFrames(doc: ParsedDocument, parties: Parties): RoleFrame[] {
  const out: RoleFrame[] = [];
  const { text } = doc;
  for (const m of parties.mentions) {
    if (doc.inQuote(m.start)) continue;
    const s = doc.sentences[m.sentence];
    if (!s) continue;
    const after = text.slice(m.end, Math.min(s.end, m.end + 80));
    const before = text.slice(Math.max(s.start, m.start - 60), m.start);
    for (const [role, re] of ROLE_AFTER) {
      const x = re.exec(after);
      if (!x) continue;
      // "ruled against … found Halverson liable": "found" only with liable/guilty after.
      out.push({ party: m, role, weight: 1, start: m.start, end: m.end + x.index + x[0].length });
      break;
    }
    for (const [role, re] of ROLE_BEFORE) {
      const x = re.exec(before);
      if (!x) continue;
      const tail = text.slice(m.end, m.end + 20);
      if (role === "ruled-against" && /found/.test(x[0]) && !/^(?:['’]s)?\s+(?:liable|guilty|responsible)\b/.test(tail)) continue;
      if (role === "ruled-against" && /order/.test(x[0]) && !/^\s+to\s+pay\b/.test(tail)) continue;
      out.push({ party: m, role, weight: 1, start: m.start - before.length + x.index, end: m.end });
    }
    // "Solis had 54 percent of the vote to Lindqvist's 46 percent".
    const share = /^\s+(?:had|won|received|took|got|captured|drew)\s+(\d+(?:\.\d+)?)\s*(?:percent|%)\s+(?:of the (?:vote|votes|ballots)\s+)?to\s+/.exec(after);
    if (share) {
      const rival = parties.mentions.find((x) => x.start === m.end + share[0].length);
      const rest = rival ? /^['’]s\s+(\d+(?:\.\d+)?)\s*(?:percent|%)/.exec(text.slice(rival.end, rival.end + 20)) : null;
      if (rival && rest && rival.id !== m.id) {
        const a = Number(share[1]);
        const b = Number(rest[1]);
        const end = rival.end + rest[0].length;
        if (a !== b) {
          out.push({ party: m, role: a > b ? "winner" : "loser", weight: 1, start: m.start, end });
          out.push({ party: rival, role: a > b ? "loser" : "winner", weight: 1, start: m.start, end });
        }
      }
    }
  }
  return out;
}

const AUTHORITY_RE = /\b(?:department|agency|commission|authority|administration|bureau|regulator|ministry|inspectorate|court|office|police|prosecutors?)\b|^o:[a-z]{3,5}$/i;

export const entityRoleModel: FlagRule = {
  id: "entity.role-model",
  kind: "entity_mixup",
  severity: "high",
  defersToEarlierRules: true,
  description: "An act the article reports one way turned round later (who beat, bought, sued or fined whom), or a party given the other side's part: the loser sworn in, the company being bought paying, the plaintiff as defendant, the winning side appealing, a regulated party ordering its regulator.",
  detect(doc) {
    const parties = partiesOf(doc);
    if (parties.mentions.length < 3) return [];
    const flags: DetectedFlag[] = [];
    const name = (id: string): string => partyName(parties, id);
    const at = (a: number, b: number): string => quote(doc.text.slice(a, b), 70);
    const all = acts(doc, parties);
    const flagged = new Set<string>();
    const push = (key: string, f: DetectedFlag): void => {
      if (flagged.has(key)) return;
      flagged.add(key);
      flags.push(f);
    };
    // 1. An act turned round: "Brighton beat Aston Villa" … "Villa's victory over Brighton".
    for (let i = 0; i < all.length; i++) {
      const later = all[i] as Act;
      // A party acting on itself, both named (a "the company" read back to it proves nothing).
      if (later.agent.id === later.patient.id && later.agent.via !== "descriptor" && later.patient.via !== "descriptor") {
        push(`${later.start}`, makeFlag(entityRoleModel, doc, `${at(later.start, later.end)} has ${name(later.agent.id)} on both sides of the act (${quote(doc.text.slice(later.agent.start, later.agent.end))} and ${quote(doc.text.slice(later.patient.start, later.patient.end))} are one party); one of the names is wrong.`, [[later.start, later.end]]));
        continue;
      }
      if (later.agent.id === later.patient.id) continue;
      const earlier = all.slice(0, i).find((e) => e.family === later.family && e.agent.id === later.patient.id && e.patient.id === later.agent.id);
      if (!earlier) continue;
      push(`${later.start}`, makeFlag(entityRoleModel, doc, `The article has ${at(earlier.start, earlier.end)}, but here ${at(later.start, later.end)} turns it round, with ${name(later.agent.id)} acting on ${name(later.patient.id)}; one of the names is wrong.`, [[later.start, later.end], [earlier.start, earlier.end]]));
    }
    const frames = roleFrames(doc, parties);
    // Acts give roles too: the one who beat is the winner, the one who sued the plaintiff.
    for (const a of all) {
      if (a.family === "defeat") {
        frames.push({ party: a.agent, role: "winner", weight: 2, start: a.start, end: a.end }, { party: a.patient, role: "loser", weight: 2, start: a.start, end: a.end });
      } else if (a.family === "sue") {
        frames.push({ party: a.agent, role: "plaintiff", weight: 2, start: a.start, end: a.end }, { party: a.patient, role: "defendant", weight: 2, start: a.start, end: a.end });
      } else if (a.family === "oversee") frames.push({ party: a.patient, role: "overseen", weight: 2, start: a.start, end: a.end });
    }
    frames.sort((x, y) => x.start - y.start);
    const of = (id: string, role: Role): RoleFrame[] => frames.filter((f) => f.party.id === id && f.role === role);
    const ids = [...new Set(frames.map((f) => f.party.id))];
    for (const id of ids) {
      // 2. Winner and loser of one contest: the lighter side of the evidence is the odd statement.
      const opponents = new Set(all.filter((a) => a.family === "defeat" && (a.agent.id === id || a.patient.id === id)).map((a) => (a.agent.id === id ? a.patient.id : a.agent.id)));
      const won = of(id, "winner");
      const lost = of(id, "loser");
      if (opponents.size <= 1 && won.length > 0 && lost.length > 0) {
        const w = won.reduce((n, f) => n + f.weight, 0);
        const l = lost.reduce((n, f) => n + f.weight, 0);
        if (w !== l) {
          const odd = w < l ? won : lost;
          const other = w < l ? lost : won;
          const ref = other.find((f) => f.weight === 2) ?? (other[0] as RoleFrame);
          for (const f of odd) {
            if (f.weight === 2) continue;
            push(`${f.start}`, makeFlag(entityRoleModel, doc, `${at(ref.start, ref.end)} makes ${name(id)} the ${ref.role} of the contest, but ${at(f.start, f.end)} gives ${name(id)} the ${f.role}'s part; one of the names is wrong.`, [[f.start, f.end], [ref.start, ref.end]]));
          }
        }
      }
      // 3. The one who sued called the defendant, or the one sued the plaintiff.
      for (const [role, other] of [["defendant", "plaintiff"], ["plaintiff", "defendant"]] as const) {
        const strong = of(id, other).find((f) => f.weight === 2) ?? of(id, other)[0];
        if (!strong) continue;
        for (const f of of(id, role).filter((x) => x.weight === 1)) {
          push(`${f.start}`, makeFlag(entityRoleModel, doc, `${name(id)} is the ${other} in ${at(strong.start, strong.end)}, but ${at(f.start, f.end)} makes it the ${role}; one of the names is wrong.`, [[f.start, f.end], [strong.start, strong.end]]));
        }
      }
      // 4. An appeal by the side the ruling favoured, while the side ordered to pay is said to appeal.
      for (const f of of(id, "appellant")) {
        if (of(id, "ruled-against").length > 0) continue;
        const favoured = of(id, "ruled-for")[0];
        const sued = of(id, "plaintiff")[0];
        const loserFrame = frames.find((g) => g.role === "ruled-against" && g.party.id !== id && (favoured !== undefined || of(g.party.id, "defendant").length > 0));
        if (!loserFrame || (!favoured && !sued)) continue;
        const why = favoured ? at(favoured.start, favoured.end) : at((sued as RoleFrame).start, (sued as RoleFrame).end);
        push(`${f.start}`, makeFlag(entityRoleModel, doc, `${at(f.start, f.end)} has ${name(id)} appealing, but the ruling went against ${name(loserFrame.party.id)} (${at(loserFrame.start, loserFrame.end)}) and for ${name(id)} (${why}); the one who appeals is the side that lost.`, [[f.start, f.end], [loserFrame.start, loserFrame.end]]));
      }
      // 5. The company being bought said to pay for it.
      for (const f of of(id, "payer")) {
        // The first account of the deal is the article's own; a turned-round one is flagged above.
        const bought = all.find((a) => a.family === "acquire" && (a.patient.id === id || a.agent.id === id));
        if (!bought || bought.patient.id !== id) continue;
        push(`${f.start}`, makeFlag(entityRoleModel, doc, `${at(f.start, f.end)} has ${name(id)} paying, but ${at(bought.start, bought.end)} makes ${name(bought.agent.id)} the buyer and ${name(id)} the one being bought; the buyer pays.`, [[f.start, f.end], [bought.start, bought.end]]));
      }
    }
    // 6. A party the article shows being fined or ordered by an authority, itself fining or ordering one.
    for (const a of all) {
      if (a.family !== "oversee" || !AUTHORITY_RE.test(name(a.patient.id)) && !AUTHORITY_RE.test(a.patient.id)) continue;
      if (AUTHORITY_RE.test(name(a.agent.id)) || a.agent.kind === "person") continue;
      const overseen = frames.find((f) => f.party.id === a.agent.id && (f.role === "overseen" || f.role === "ruled-against") && f.start !== a.start);
      if (!overseen) continue;
      push(`${a.start}`, makeFlag(entityRoleModel, doc, `${at(a.start, a.end)} has ${name(a.agent.id)} acting on ${name(a.patient.id)} as an authority would, but the article shows ${name(a.agent.id)} as the one overseen (${at(overseen.start, overseen.end)}); the two names are probably swapped.`, [[a.start, a.end], [overseen.start, overseen.end]]));
    }
    return flags;
  },
};
