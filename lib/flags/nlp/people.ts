// The people of an article and what its own sentences say they are and do: a role model built from the
// text. Names are found with compromise's lexicon of given names or a title before them; a later bare
// surname is the same person (the alias table is built per article). Each mention may carry a
// descriptor ("Coastal's chief executive, Renata Silva", "Jared Polis, a meteorologist at the National
// Weather Service", "Gov. Jared Polis") from which an occupation and an organisation are read.
import { lexicalClass } from "./compromise";
import type { ParsedDocument } from "./document";

export interface PersonMention {
  /** The person: the lower-case surname, shared by every mention of them. */
  id: string;
  start: number;
  end: number;
  sentence: number;
}

export interface Descriptor {
  person: string;
  /** The descriptor's text span. */
  start: number;
  end: number;
  text: string;
  /** Occupation families found in it ("chief executive", "meteorologist"). */
  roles: string[];
  /** Organisations it names, lower case ("coastal", "national weather service"). */
  orgs: string[];
  former: boolean;
  /** The mention it describes. */
  mentionStart: number;
  mentionEnd: number;
}

export interface People {
  mentions: PersonMention[];
  descriptors: Descriptor[];
  /** Display name of each person id (the fullest form seen). */
  names: Map<string, string>;
}

const TITLES =
  "President|Vice President|Gov\\.|Governor|Sen\\.|Senator|Rep\\.|Representative|Mayor|Councilman|Councilwoman|Council member|Councilor|Assemblyman|Assemblywoman|Supervisor|Judge|Justice|Chief Justice|Dr\\.|Prof\\.|Professor|Secretary|Minister|Prime Minister|Chancellor|Speaker|Sheriff|Superintendent|Commissioner|County Executive|Board President|Attorney General|Coach|Captain|Mr\\.|Mrs\\.|Ms\\.";
const NAME_TOKEN = "[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?";
const FULL_NAME_RE = new RegExp(`(?:\\b(${TITLES})\\s+)?\\b(${NAME_TOKEN}(?:\\s+(?:[A-Z]\\.|${NAME_TOKEN})){0,4})`, "g");
const TITLE_START_RE = new RegExp(`^(?:${TITLES})$`);
const NOT_NAME = new Set(
  "The A An In On At For And But Or Of To With By From As If When While After Before Under Over Since During About Among Between This That These Those It Its He She They We His Her Their Our Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December North South East West New Old United National Federal State City County University Court House Senate Assembly Department Party Democratic Republican Democrats Republicans".split(" "),
);

/** Occupation families: a person holds one of these at a time (a "governor" is not a "meteorologist"). */
export const ROLE_FAMILIES: ReadonlyArray<readonly [string, RegExp]> = [
  ["chief financial officer", /\bchief financial officer\b|\bCFO\b/i],
  ["chief operating officer", /\bchief operating officer\b|\bCOO\b/i],
  ["chief executive", /\bchief executive\b|\bCEO\b/i],
  ["spokesperson", /\bspokes(?:man|woman|person)\b/i],
  ["analyst", /\banalyst\b/i],
  ["economist", /\beconomist\b/i],
  ["meteorologist", /\bmeteorologist\b|\bforecaster\b/i],
  ["professor", /\bprofessor\b/i],
  ["student", /\b(?:doctoral|graduate|phd|undergraduate)?\s*student\b/i],
  ["lawyer", /\blawyer\b|\battorney\b(?! general)/i],
  ["judge", /\bjudge\b/i],
  ["governor", /\bgov(?:ernor|\.)(?!\s+general)/i],
  ["mayor", /\bmayor\b/i],
  ["meteorologist", /\bweather (?:service|forecaster)\b/i],
];
const FORMER_RE = /\b(?:former|ex-|previous|onetime|one-time|retired|then-|once)\b/i;
const ORG_RE = /(?:\b(?:at|of|for|with|from)\s+(?:the\s+)?((?:[A-Z][\w&.'’-]*)(?:\s+(?:of|for|and|&|the|[A-Z][\w&.'’-]*)){0,6}))|((?:[A-Z][\w&.'’-]*)(?:\s+[A-Z][\w&.'’-]*){0,3})['’]s\b/g;
const DESC_AFTER_RE = /^,\s+((?:the|a|an|its|his|her|their|[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}['’]s)\s+[^,.;"“”()]{2,90}?)(?=,|\.|;|\s+(?:said|says|told|who|which)\b)/;
const DESC_BEFORE_RE = /(?:^|[.,;:]["”’]?\s+|\b(?:said|says|by)\s+)((?:[Tt]he|[Aa]n?|[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}['’]s)\s+[^,.;"“”()]{2,70}?),\s+$/;
const GENERIC_ORG = new Set(["the", "a", "an", "his", "her", "their", "its", "mr", "ms", "mrs", "dr"]);

function normOrg(s: string): string {
  return s.toLowerCase().replace(/['’]s$/, "").replace(/^the\s+/, "").trim();
}

function rolesOf(text: string): string[] {
  const out: string[] = [];
  for (const [family, re] of ROLE_FAMILIES) if (re.test(text) && !out.includes(family)) out.push(family);
  return out;
}

const ROLE_WORD_RE = /\b(?:leader|president|director|head|chair(?:man|woman)?|member|founder|curator|author|co-author|officer|executive|spokes(?:man|woman|person)|analyst|economist|meteorologist|professor|student|lawyer|attorney|judge|governor|mayor|minister|secretary|commissioner|coach|manager|captain|goalkeeper|defender|forward|striker|engineer|scientist|researcher)\b/i;
const CAPITALISED_RE = /\b[A-Z][\w&.'’-]*(?:\s+(?:of|for|and|&|the|[A-Z][\w&.'’-]*))*/g;
const TITLE_WORDS = new Set("the a an gov gov. governor mayor sen. senator rep. president dr. mr. ms. mrs. judge justice u.s. u.k.".split(" "));

/** Whether a descriptor names a role at all ("the leader of …"), so an organisation in it is the person's. */
export function hasRoleWord(text: string): boolean {
  return ROLE_WORD_RE.test(text);
}

function orgsOf(text: string): string[] {
  const out: string[] = [];
  CAPITALISED_RE.lastIndex = 0;
  for (let m = CAPITALISED_RE.exec(text); m !== null; m = CAPITALISED_RE.exec(text)) {
    const org = normOrg(m[0].replace(/\s+(?:of|for|and|&|the)$/i, ""));
    if (org.length < 3 || TITLE_WORDS.has(org) || GENERIC_ORG.has(org) || ROLE_WORD_RE.test(org)) continue;
    if (/^(?:[a-z]+day|january|february|march|april|may|june|july|august|september|october|november|december)$/.test(org)) continue;
    if (!out.includes(org)) out.push(org);
  }
  ORG_RE.lastIndex = 0;
  for (let m = ORG_RE.exec(text); m !== null; m = ORG_RE.exec(text)) {
    const org = normOrg(m[1] ?? m[2] ?? "");
    if (org.length < 3 || GENERIC_ORG.has(org) || /^(?:[A-Z][a-z]+day|January|February|March|April|May|June|July|August|September|October|November|December)$/i.test(org)) continue;
    out.push(org);
  }
  return out;
}

function looksLikePerson(first: string, title: string | undefined): boolean {
  if (title) return true;
  if (NOT_NAME.has(first)) return false;
  return lexicalClass(first.toLowerCase()) === "firstName";
}

export function findPeople(doc: ParsedDocument): People {
  const { text } = doc;
  const mentions: PersonMention[] = [];
  const names = new Map<string, string>();
  const titles: Array<{ person: string; start: number; end: number; title: string }> = [];
  FULL_NAME_RE.lastIndex = 0;
  for (let m = FULL_NAME_RE.exec(text); m !== null; m = FULL_NAME_RE.exec(text)) {
    let title = m[1];
    let name = m[2] ?? "";
    // "Jalen Williams Led": a capitalised word after the name is not part of it.
    const parts = name.split(/\s+/);
    while (parts.length > 1 && NOT_NAME.has(parts[parts.length - 1] ?? "")) parts.pop();
    // "State Representative Aisha Coleman": drop the words before the given name, keeping a title.
    while (parts.length > 1 && !looksLikePerson(parts[0] ?? "", undefined)) {
      const dropped = parts.shift() ?? "";
      if (TITLE_START_RE.test(dropped) || TITLE_START_RE.test(`${dropped} ${parts[0] ?? ""}`)) title = dropped;
    }
    name = parts.join(" ");
    const first = parts[0] ?? "";
    if (parts.length === 0 || (parts.length < 2 && !title) || !looksLikePerson(first, parts.length < 2 ? title : undefined) || NOT_NAME.has(first)) continue;
    const surname = (parts[parts.length - 1] ?? "").toLowerCase().replace(/['’]s$/, "");
    const start = m.index + m[0].lastIndexOf(name);
    mentions.push({ id: surname, start, end: start + name.length, sentence: doc.sentenceAt(start) });
    if (!names.has(surname) || (names.get(surname)?.length ?? 0) < name.length) names.set(surname, name.replace(/['’]s$/, ""));
    if (title) titles.push({ person: surname, start: m.index, end: start + name.length, title });
  }
  // Bare surnames of the people found: the article's own alias table.
  const known = new Set(names.keys());
  for (const t of doc.tokens) {
    if (!t.isCap || !t.isWord) continue;
    const norm = t.norm.replace(/['’]s$/, "");
    if (!known.has(norm)) continue;
    if (mentions.some((m) => m.start <= t.start && t.start < m.end)) continue;
    mentions.push({ id: norm, start: t.start, end: t.end, sentence: t.sentence });
  }
  mentions.sort((a, b) => a.start - b.start);
  const descriptors: Descriptor[] = [];
  for (const m of mentions) {
    const after = DESC_AFTER_RE.exec(text.slice(m.end, m.end + 120));
    if (after && after[1] !== undefined) {
      const start = m.end + after[0].indexOf(after[1]);
      descriptors.push(describe(m, start, after[1]));
    }
    const beforeText = text.slice(Math.max(0, m.start - 100), m.start);
    const before = DESC_BEFORE_RE.exec(beforeText);
    if (before && before[1] !== undefined) {
      const start = m.start - beforeText.length + before.index + before[0].indexOf(before[1]);
      descriptors.push(describe(m, start, before[1]));
    }
  }
  for (const t of titles) descriptors.push({ ...describe({ id: t.person, start: t.end, end: t.end, sentence: 0 }, t.start, t.title), end: t.start + t.title.length, mentionStart: t.start, mentionEnd: t.end });
  return { mentions, descriptors: descriptors.filter((d) => d.roles.length > 0 || d.orgs.length > 0), names };
}

function describe(m: PersonMention, start: number, text: string): Descriptor {
  return { person: m.id, start, end: start + text.length, text, roles: rolesOf(text), orgs: orgsOf(text), former: FORMER_RE.test(text), mentionStart: m.start, mentionEnd: m.end };
}

/** The person whose mention is nearest before `offset` in the same sentence (the subject of what follows). */
export function personBefore(people: People, offset: number, sentence: number): PersonMention | null {
  let best: PersonMention | null = null;
  for (const m of people.mentions) {
    if (m.sentence !== sentence || m.end > offset) continue;
    best = m;
  }
  return best;
}
