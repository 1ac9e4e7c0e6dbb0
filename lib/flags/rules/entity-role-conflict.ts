// A party that does what the article gives to the other side of the same act: the sponsor of a measure
// who votes against it, the author of a court's decision who dissents from it, the one who requested a
// declaration approving it, a company that fines its regulator.
import type { DetectedFlag } from "../flag-kinds";
import type { ParsedDocument } from "../nlp/document";
import { type People } from "../nlp/people";
import { peopleOf } from "../nlp/people-cache";
import { quote } from "../nlp/text";
import { makeFlag, type FlagRule } from "./types";

type Role = "proposer" | "opponent" | "author" | "dissenter" | "requester" | "approver";

// Which roles cannot be the same person's for one act.
const EXCLUSIVE: ReadonlyArray<readonly [Role, Role]> = [
  ["proposer", "opponent"],
  ["author", "dissenter"],
  ["requester", "approver"],
];

interface RoleFrame {
  person: string;
  role: Role;
  start: number;
  end: number;
}

// Phrases after the person: "Castillo, who proposed the plan", "Luong voted against it".
const AFTER: ReadonlyArray<readonly [Role, RegExp]> = [
  ["proposer", /^,?\s+(?:who\s+)?(?:had\s+)?(?:proposed|introduced|sponsored|put forward|wrote|drafted)\s+(?:the|a|this|that|her|his)\s+(?:plan|bill|measure|budget|levy|increase|proposal|ordinance|amendment|motion)\b/i],
  ["opponent", /^,?\s+(?:who\s+)?(?:\w+\s+)?(?:voted against|opposed|voted no on|voting against|voting no on|cast the (?:only |lone |sole )?(?:vote|no vote|dissenting vote) against)\b/i],
  ["requester", /^\s+(?:had\s+)?(?:requested|asked for|sought|applied for)\s+(?:the|a)\s+(?:\w+\s+){0,3}?(?:declaration|waiver|permit|funding|aid|extension)\b/i],
  ["approver", /^\s+(?:approved|granted|signed)\s+(?:the|a)\s+(?:\w+\s+){0,3}?(?:declaration|waiver|permit|funding|aid|extension)\b/i],
];
// Phrases before the person: "proposed by Mayor Janet Okafor", "the only vote against came from Moss".
const BEFORE: ReadonlyArray<readonly [Role, RegExp]> = [
  ["proposer", /\b(?:proposed|introduced|sponsored|put forward|written|drafted)\s+by\s+(?:[A-Z][\w.]*\s+){0,3}$/],
  ["author", /\b(?:decision|opinion|ruling),?\s+(?:was\s+)?written by\s+(?:Justice\s+|Judge\s+)?(?:[A-Z][\w.]*\s+){0,2}$/],
  ["opponent", /\b(?:the (?:only|lone|sole) (?:vote|one) against (?:the plan |it |the measure )?came from|opposed by)\s+(?:[A-Z][\w.]*\s+){0,3}$/i],
  ["dissenter", /\b(?:In (?:a|her|his) dissent(?: joined by [^,]{3,80})?,\s+(?:Justice\s+|Judge\s+)?)(?:[A-Z][\w.]*\s+){0,2}$/],
];

function frames(doc: ParsedDocument, people: People): RoleFrame[] {
  const out: RoleFrame[] = [];
  for (const m of people.mentions) {
    if (doc.inQuote(m.start)) continue;
    const after = doc.text.slice(m.end, m.end + 100);
    const before = doc.text.slice(Math.max(0, m.start - 120), m.start);
    for (const [role, re] of AFTER) {
      const x = re.exec(after);
      if (x) out.push({ person: m.id, role, start: m.start, end: m.end + x.index + x[0].length });
    }
    for (const [role, re] of BEFORE) {
      const x = re.exec(before);
      if (x) out.push({ person: m.id, role, start: m.start - before.length + x.index, end: m.end });
    }
  }
  return out;
}

const REGULATOR_RE = /\b(?:Agency|Commission|Administration|Authority|Bureau|Regulator|Inspectorate|Department|Ministry|Office|SEC|EPA|FTC|FDA|FCC|OSHA|Ofcom|Ofgem|FCA|CFPB)\b/;
const FINED_RE = /\b(the\s+)?([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,5}|city|company|county|state|firm|utility|bank|district)\s+(?:fined|sanctioned|penalized|penalised)\s+(?:the\s+)?([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,5})/g;

// "Acme fined regulators": a sanction whose object is an authority, written in lower case.
const FINED_AUTHORITY_RE = /\b([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+(?:fined|sanctioned|penalized|penalised)\s+((?:the\s+|its\s+)?(?:regulators?|watchdogs?|authorities|agency|commission|inspectors?|prosecutors?|police|government|ministry|tax office|state)\b)/g;
// The article's own frame of who oversees whom: "the regulator's investigation into Acme's accounts".
const OVERSIGHT_RE = /\b((?:the\s+)?[A-Za-z][\w&.'’-]*)['’]s?\s+(?:investigation|inquiry|probe|audit|review|case|lawsuit)\s+(?:into|of|against)\s+([A-Z][\w&.-]*)/g;

function oversightOf(doc: ParsedDocument, party: string): string | null {
  OVERSIGHT_RE.lastIndex = 0;
  const first = party.split(/\s+/)[0]?.toLowerCase() ?? "";
  for (let m = OVERSIGHT_RE.exec(doc.text); m !== null; m = OVERSIGHT_RE.exec(doc.text)) {
    if ((m[2] ?? "").toLowerCase().replace(/['’]s$/, "") === first) return m[0];
  }
  return null;
}

export const entityRoleConflict: FlagRule = {
  id: "entity.role-conflict",
  kind: "entity_mixup",
  severity: "high",
  defersToEarlierRules: true,
  description: "A party given both sides of one act (the sponsor voting against, the author dissenting, the requester approving), or a regulator fined by the party it regulates.",
  detect(doc) {
    const people = peopleOf(doc);
    const flags: DetectedFlag[] = [];
    const all = frames(doc, people);
    for (const [a, b] of EXCLUSIVE) {
      for (const fa of all.filter((f) => f.role === a)) {
        const fb = all.find((f) => f.role === b && f.person === fa.person);
        if (!fb) continue;
        const later = fa.start > fb.start ? fa : fb;
        const earlier = later === fa ? fb : fa;
        const name = people.names.get(fa.person) ?? fa.person;
        flags.push(
          makeFlag(entityRoleConflict, doc, `${name} is the ${earlier.role} in ${quote(doc.text.slice(earlier.start, earlier.end), 60)} and the ${later.role} in ${quote(doc.text.slice(later.start, later.end), 60)}; one of the names is wrong.`, [
            [later.start, later.end],
            [earlier.start, earlier.end],
          ]),
        );
        break;
      }
    }
    FINED_RE.lastIndex = 0;
    for (let m = FINED_RE.exec(doc.text); m !== null; m = FINED_RE.exec(doc.text)) {
      const agent = m[2] ?? "";
      const patient = m[3] ?? "";
      if (!REGULATOR_RE.test(patient) || REGULATOR_RE.test(agent) || doc.inQuote(m.index)) continue;
      flags.push(makeFlag(entityRoleConflict, doc, `${quote(agent)} is said to have fined ${quote(patient)}, a regulator; fines run the other way.`, [[m.index, m.index + m[0].length]]));
    }
    FINED_AUTHORITY_RE.lastIndex = 0;
    for (let m = FINED_AUTHORITY_RE.exec(doc.text); m !== null; m = FINED_AUTHORITY_RE.exec(doc.text)) {
      const agent = m[1] ?? "";
      if (REGULATOR_RE.test(agent) || /^(?:Regulators?|Authorities|Officials|Prosecutors|Police|The|A|An)$/i.test(agent.split(/\s+/)[0] ?? "") || doc.inQuote(m.index)) continue;
      const evidence = oversightOf(doc, agent);
      flags.push(
        makeFlag(entityRoleConflict, doc, `${quote(agent)} is said to have fined ${quote(m[2] ?? "")}, but fines run from an authority to the party it oversees${evidence ? `, and the article has ${quote(evidence, 60)}` : ""}.`, [[m.index, m.index + m[0].length]]),
      );
    }
    return flags;
  },
};
