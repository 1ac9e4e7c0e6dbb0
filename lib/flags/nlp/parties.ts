// The parties of an article — people and organisations, teams, agencies — each mention resolved to one
// party through the article's own alias table: a person's surname stands for the full name (people.ts),
// an organisation's first or last word for its full name ("Halverson" = "Halverson Foods", "Villa" =
// "Aston Villa"), its initials for it ("FEMA"), and a lower-case head noun for the one name that
// carries it ("the cooperative" = "Ranchers Cooperative of Montana", "the department" = "Department of
// Public Health"); "the company" or "the union" with no such name is the organisation last named.
import { lexicalClass } from "./compromise";
import type { ParsedDocument } from "./document";
import { peopleOf } from "./people-cache";
import { perDocument } from "./per-document";
import type { Token } from "./text";

export interface PartyMention {
  /** The party: "p:<surname>" for a person, "o:<full name, lower case>" for an organisation. */
  id: string;
  start: number;
  end: number;
  sentence: number;
  possessive: boolean;
  kind: "person" | "org";
  /** How the mention names the party. */
  via: "name" | "short" | "initials" | "descriptor";
}

export interface Parties {
  mentions: PartyMention[];
  /** Display name of each party (its fullest form). */
  names: Map<string, string>;
  /** The mention covering or starting at an offset. */
  at(offset: number): PartyMention | undefined;
}

const JOINERS = new Set(["of", "and", "&", "for", "the", "de"]);
// Titles before a person's name are not part of a party's name ("Mayor" in "Mayor Denise Calloway").
const TITLES = new Set("mayor judge justice president governor senator professor alderman alderwoman councilman councilwoman chief coach captain sheriff superintendent secretary minister commissioner chancellor".split(" "));
// "Securities and Exchange Commission" is one name; "Tri-State Packing and Morrow Beef" two.
const AND_NAME_ENDS = new Set("commission department agency administration association authority board bureau committee council office institute foundation company co exchange".split(" "));
// Capitalised words that do not name a party on their own.
const NOT_PARTY = new Set(
  (
    "the a an in on at for and but or of to with by from as if when while after before under over since during about among between this that these those it its he she they we i his her their our " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan feb mar apr jun jul aug sept sep oct nov dec " +
    "mr mrs ms dr prof gov sen rep " +
    "category no yes there here what who how why where which still also however meanwhile separately"
  ).split(" "),
);
// Words too common to stand for a whole name by themselves.
const GENERIC_SHORT = new Set(
  (
    "department agency office council court university college association authority commission center centre institute company group inc corp corporation co ltd llc plc " +
    "health foods food systems partners bank national state federal american united new north south east west public county city cooperative union board committee foundation " +
    "international global services holdings industries energy club team fund trust news journal school hospital police fire service services packing beef college"
  ).split(" "),
);
/** Lower-case nouns that refer back to an organisation. */
const ORG_NOUNS = new Set(
  "cooperative department agency union association authority commission center centre university company firm club team journal charity foundation council committee court board hospital system utility group bank regulator ministry office institute".split(" "),
);
const SYNONYMS: Readonly<Record<string, readonly string[]>> = { union: ["association", "federation", "guild", "brotherhood"], company: ["inc", "corp", "corporation", "co", "ltd", "plc"] };
// Those that may only be resolved through a name carrying them (a bare "the court" is not "the company").
const NAMED_ONLY = new Set(["regulator", "court", "council", "committee", "board", "office", "ministry", "department", "agency", "commission", "authority", "university", "center", "centre", "institute", "journal", "hospital"]);

function isCapWord(t: Token | undefined): t is Token {
  return t !== undefined && t.isWord && t.isCap;
}

export const partiesOf: (doc: ParsedDocument) => Parties = perDocument((doc) => findParties(doc));

function findParties(doc: ParsedDocument): Parties {
  const { text, tokens } = doc;
  const people = peopleOf(doc);
  const mentions: PartyMention[] = [];
  const names = new Map<string, string>();
  for (const m of people.mentions) {
    const id = `p:${m.id}`;
    const last = text.slice(m.start, m.end);
    mentions.push({ id, start: m.start, end: m.end - (/['’]s$/.test(last) ? 2 : 0), sentence: m.sentence, possessive: /['’]s$/.test(last), kind: "person", via: "name" });
    names.set(id, people.names.get(m.id) ?? m.id);
  }
  const personTokens = new Set<number>();
  {
    const sorted = [...people.mentions].sort((a, b) => a.start - b.start);
    let k = 0;
    for (const t of tokens) {
      while (k < sorted.length && (sorted[k] as { end: number }).end <= t.start) k++;
      const m = sorted[k];
      if (m && m.start <= t.start && t.start < m.end) personTokens.add(t.index);
    }
  }
  const inPerson = (t: Token): boolean => personTokens.has(t.index);
  // The first token of each sentence, and the words capitalised somewhere other than there.
  const sentenceFirst = new Map<number, number>();
  for (const t of tokens) if (!sentenceFirst.has(t.sentence)) sentenceFirst.set(t.sentence, t.index);
  const capitalisedInside = new Set<string>();
  for (const t of tokens) if (t.isCap && t.isWord && sentenceFirst.get(t.sentence) !== t.index && !/["“‘]/.test(text.charAt(t.start - 1))) capitalisedInside.add(t.norm);
  // Capitalised runs outside people's names: organisations, teams, agencies (and places, which rarely fill a role).
  const runs: Array<{ from: number; to: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!isCapWord(t) || inPerson(t) || NOT_PARTY.has(t.norm) || (/^[A-Z]{3,}$/.test(t.text) && t.index < 3)) continue;
    const afterTitle = tokens[i + 1];
    if (TITLES.has(t.norm) && (!isCapWord(afterTitle) || inPerson(afterTitle) || afterTitle.start !== t.end + 1)) continue;
    let j = i + 1;
    while (j < tokens.length) {
      const prev = tokens[j - 1] as Token;
      const cur = tokens[j] as Token;
      if (prev.possessive || !/^[ \t]+$/.test(text.slice(prev.end, cur.start))) break;
      if (isCapWord(cur) && !inPerson(cur) && !NOT_PARTY.has(cur.norm) && !(TITLES.has(cur.norm) && inPerson(tokens[j + 1] ?? cur))) {
        j++;
        continue;
      }
      if (JOINERS.has(cur.norm) && !cur.isCap && isCapWord(tokens[j + 1]) && !inPerson(tokens[j + 1] as Token)) {
        j += 2;
        continue;
      }
      break;
    }
    // "F.A." and "U.S." style tokens and dotted abbreviations end with a separate "." token: leave them in.
    // Split at an "and" that joins two names.
    let from = i;
    for (let k = i + 1; k < j - 1; k++) {
      if ((tokens[k] as Token).norm !== "and" || AND_NAME_ENDS.has((tokens[j - 1] as Token).norm)) continue;
      runs.push({ from, to: k });
      from = k + 1;
    }
    runs.push({ from, to: j });
    i = j - 1;
  }
  const full = new Map<string, string>(); // lower-case full name → display
  for (const r of runs) if (r.to - r.from >= 2) {
    const name = tokens.slice(r.from, r.to).map((t) => t.norm).join(" ");
    if (!full.has(name)) full.set(name, text.slice((tokens[r.from] as Token).start, (tokens[r.to - 1] as Token).end).replace(/['’]s$/, ""));
  }
  // Short forms and initials of each full name; a form shared by two names stands for neither.
  const short = new Map<string, string | null>();
  const addShort = (form: string, name: string): void => {
    if (full.has(form) && form !== name) return;
    const had = short.get(form);
    short.set(form, had === undefined || had === name ? name : null);
  };
  for (const name of full.keys()) {
    const words = name.split(" ");
    const content = words.filter((w) => !JOINERS.has(w));
    const first = words[0] ?? "";
    const last = words[words.length - 1] ?? "";
    const placeWord = (w: string): boolean => ["region", "country", "city"].includes(lexicalClass(w) ?? "");
    if (!GENERIC_SHORT.has(first) && first.length > 2 && !placeWord(first)) addShort(first, name);
    if (!GENERIC_SHORT.has(last) && last.length > 2 && words.length === 2) addShort(last, name);
    if (content.length >= 3) addShort(content.map((w) => w.charAt(0)).join(""), name);
  }
  for (const r of runs) {
    const first = tokens[r.from] as Token;
    const lastTok = tokens[r.to - 1] as Token;
    const name = tokens.slice(r.from, r.to).map((t) => t.norm).join(" ");
    let key: string | null | undefined = null;
    let via: PartyMention["via"] = "name";
    if (r.to - r.from >= 2) key = name;
    else {
      const s = short.get(name);
      if (s) {
        key = s;
        via = /^[A-Z]{2,}$/.test(first.text) && s.split(" ").length >= 3 ? "initials" : "short";
      } else if (s === undefined) {
        // A lone capitalised word is a party when it is not merely the first word of a sentence.
        if (first.index !== sentenceFirst.get(first.sentence) || capitalisedInside.has(first.norm)) key = name;
      }
    }
    if (!key) continue;
    const id = `o:${key}`;
    if (!names.has(id)) names.set(id, full.get(key) ?? text.slice(first.start, lastTok.end).replace(/['’]s$/, ""));
    mentions.push({ id, start: first.start, end: lastTok.possessive ? lastTok.end - 2 : lastTok.end, sentence: first.sentence, possessive: lastTok.possessive, kind: "org", via });
  }
  mentions.sort((a, b) => a.start - b.start);
  // "the cooperative", "the company's": the one name carrying the noun, else the organisation last named.
  const resolved: PartyMention[] = [];
  const DESC_RE = /\b[Tt]he\s+([a-z]+)(['’]s)?\b/g;
  DESC_RE.lastIndex = 0;
  for (let m = DESC_RE.exec(text); m !== null; m = DESC_RE.exec(text)) {
    const noun = m[1] ?? "";
    if (!ORG_NOUNS.has(noun)) continue;
    // "the company's shares" is fine; "the company said" too; "the department store" is not a reference.
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (!m[2] && /^\s+[a-z]+(?:s|ing)?\b/.test(after) && !/^\s+(?:said|says|also|had|has|was|is|would|will|could|did|ordered|fined|sued|won|lost|agreed|approved|awarded|applied|found|reported|which|that|who|as|to|in|on|at|for|and|of|after|with)\b/.test(after)) continue;
    const carriers = [...new Set([...full.keys()].filter((n) => n.split(" ").some((w) => w === noun || SYNONYMS[noun]?.includes(w))))];
    let id: string | null = null;
    if (carriers.length === 1) id = `o:${carriers[0]}`;
    else if (carriers.length === 0 && !NAMED_ONLY.has(noun)) {
      const sentence = doc.sentenceAt(m.index);
      // The sentence's first organisation before it, else the previous sentence's first: the topic.
      const here = mentions.find((p) => p.kind === "org" && p.sentence === sentence && p.end <= m!.index);
      const before = mentions.find((p) => p.kind === "org" && p.sentence === sentence - 1);
      id = (here ?? before)?.id ?? null;
    }
    if (!id) continue;
    const start = m.index;
    const end = m.index + m[0].length - (m[2] ? 2 : 0);
    resolved.push({ id, start, end, sentence: doc.sentenceAt(start), possessive: Boolean(m[2]), kind: "org", via: "descriptor" });
  }
  const all = [...mentions, ...resolved].sort((a, b) => a.start - b.start);
  return {
    mentions: all,
    names,
    at: (offset) => all.find((p) => p.start <= offset && offset < Math.max(p.end, p.start + 1)),
  };
}

/** Display name of a party. */
export function partyName(parties: Parties, id: string): string {
  return parties.names.get(id) ?? id.replace(/^[po]:/, "");
}
