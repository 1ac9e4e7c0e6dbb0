// Actors of an article: countries, blocs, their capitals and governments standing for them, their
// leaders, organisations and people. A small alias table resolves the metonyms news copy uses
// ("Beijing" = China, "Washington" = the United States, "Xi" = China's leader); compromise's lexicon
// supplies the other countries, cities, organisations and given names.
import { isOrgWord, lexicalClass, lexiconTags } from "./compromise";
import { NEWS_OUTLETS } from "./outlets";
import type { Token } from "./text";

export type ActorType = "country" | "bloc" | "organization" | "person" | "place";
/** How the mention names the actor. */
export type MentionForm = "name" | "capital" | "government" | "demonym" | "leader" | "other";

export interface LeaderDef {
  name: string;
  /** Lower-case forms that name the leader (surnames only when unambiguous in news copy). */
  aliases: string[];
  /** Lower-case titles the leader holds or held ("president", "prime minister"). */
  titles: string[];
  /** The formal head-of-state or government office, for explanations. */
  office: string;
}

export interface ActorDef {
  id: string;
  name: string;
  type: ActorType;
  aliases: string[];
  capitals?: string[];
  governments?: string[];
  demonyms?: string[];
  leaders?: LeaderDef[];
}

// Small on purpose: the actors of international news, where metonyms are the rule.
export const ACTORS: readonly ActorDef[] = [
  {
    id: "united-states", name: "the United States", type: "country",
    aliases: ["united states", "united states of america", "u.s.", "us", "usa", "u.s.a.", "america"],
    capitals: ["washington"], governments: ["white house", "pentagon", "capitol hill"], demonyms: ["american", "americans"],
    leaders: [
      { name: "Donald Trump", aliases: ["donald trump", "donald j. trump", "trump"], titles: ["president", "president-elect", "leader"], office: "President of the United States" },
      { name: "Joe Biden", aliases: ["joe biden", "biden"], titles: ["president", "vice president", "senator", "leader"], office: "President of the United States" },
    ],
  },
  {
    id: "china", name: "China", type: "country",
    aliases: ["china", "people's republic of china", "prc", "mainland china"],
    capitals: ["beijing"], governments: ["zhongnanhai"], demonyms: ["chinese"],
    leaders: [
      { name: "Xi Jinping", aliases: ["xi jinping", "xi"], titles: ["president", "leader", "general secretary", "chairman"], office: "President of the People's Republic of China" },
      { name: "Li Qiang", aliases: ["li qiang"], titles: ["premier"], office: "Premier of China" },
    ],
  },
  {
    id: "russia", name: "Russia", type: "country",
    aliases: ["russia", "russian federation"], capitals: ["moscow"], governments: ["kremlin"], demonyms: ["russian", "russians"],
    leaders: [{ name: "Vladimir Putin", aliases: ["vladimir putin", "putin"], titles: ["president", "leader", "prime minister"], office: "President of Russia" }],
  },
  {
    id: "european-union", name: "the European Union", type: "bloc",
    aliases: ["european union", "eu", "e.u."], capitals: ["brussels"], governments: ["european commission"],
    leaders: [{ name: "Ursula von der Leyen", aliases: ["ursula von der leyen", "von der leyen"], titles: ["president", "commission president"], office: "President of the European Commission" }],
  },
  {
    id: "united-kingdom", name: "the United Kingdom", type: "country",
    aliases: ["united kingdom", "uk", "u.k.", "britain", "great britain"], capitals: ["london"], governments: ["downing street", "whitehall"], demonyms: ["british"],
    leaders: [{ name: "Keir Starmer", aliases: ["keir starmer", "starmer"], titles: ["prime minister", "leader"], office: "Prime Minister of the United Kingdom" }],
  },
  {
    id: "ukraine", name: "Ukraine", type: "country", aliases: ["ukraine"], capitals: ["kyiv", "kiev"], demonyms: ["ukrainian", "ukrainians"],
    leaders: [{ name: "Volodymyr Zelensky", aliases: ["volodymyr zelensky", "volodymyr zelenskyy", "zelensky", "zelenskyy"], titles: ["president", "leader"], office: "President of Ukraine" }],
  },
  {
    id: "india", name: "India", type: "country", aliases: ["india"], capitals: ["new delhi"], demonyms: ["indian", "indians"],
    leaders: [{ name: "Narendra Modi", aliases: ["narendra modi", "modi"], titles: ["prime minister", "leader"], office: "Prime Minister of India" }],
  },
  {
    id: "brazil", name: "Brazil", type: "country", aliases: ["brazil"], capitals: ["brasilia", "brasília"], demonyms: ["brazilian", "brazilians"],
    leaders: [{ name: "Luiz Inácio Lula da Silva", aliases: ["luiz inácio lula da silva", "lula da silva", "lula"], titles: ["president", "leader"], office: "President of Brazil" }],
  },
  {
    id: "france", name: "France", type: "country", aliases: ["france"], capitals: ["paris"], governments: ["élysée", "elysee"], demonyms: ["french"],
    leaders: [{ name: "Emmanuel Macron", aliases: ["emmanuel macron", "macron"], titles: ["president", "leader"], office: "President of France" }],
  },
  {
    id: "germany", name: "Germany", type: "country", aliases: ["germany"], capitals: ["berlin"], demonyms: ["german", "germans"],
    leaders: [{ name: "Friedrich Merz", aliases: ["friedrich merz", "merz"], titles: ["chancellor", "leader"], office: "Chancellor of Germany" }],
  },
  {
    id: "japan", name: "Japan", type: "country", aliases: ["japan"], capitals: ["tokyo"], demonyms: ["japanese"],
    leaders: [{ name: "Sanae Takaichi", aliases: ["sanae takaichi", "takaichi"], titles: ["prime minister", "leader"], office: "Prime Minister of Japan" }],
  },
  {
    id: "south-korea", name: "South Korea", type: "country", aliases: ["south korea", "republic of korea"], capitals: ["seoul"], demonyms: ["south korean", "south koreans"],
    leaders: [{ name: "Lee Jae-myung", aliases: ["lee jae-myung", "lee jae myung"], titles: ["president", "leader"], office: "President of South Korea" }],
  },
  {
    id: "north-korea", name: "North Korea", type: "country", aliases: ["north korea", "dprk"], capitals: ["pyongyang"], demonyms: ["north korean", "north koreans"],
    leaders: [{ name: "Kim Jong Un", aliases: ["kim jong un", "kim jong-un"], titles: ["leader", "supreme leader", "chairman"], office: "Supreme Leader of North Korea" }],
  },
  { id: "taiwan", name: "Taiwan", type: "country", aliases: ["taiwan"], capitals: ["taipei"], demonyms: ["taiwanese"] },
  { id: "iran", name: "Iran", type: "country", aliases: ["iran"], capitals: ["tehran"], demonyms: ["iranian", "iranians"] },
  { id: "canada", name: "Canada", type: "country", aliases: ["canada"], capitals: ["ottawa"], demonyms: ["canadian", "canadians"],
    leaders: [{ name: "Mark Carney", aliases: ["mark carney"], titles: ["prime minister", "leader"], office: "Prime Minister of Canada" }] },
  { id: "mexico", name: "Mexico", type: "country", aliases: ["mexico"], capitals: ["mexico city"], demonyms: ["mexican", "mexicans"],
    leaders: [{ name: "Claudia Sheinbaum", aliases: ["claudia sheinbaum", "sheinbaum"], titles: ["president", "leader"], office: "President of Mexico" }] },
  { id: "turkey", name: "Turkey", type: "country", aliases: ["turkey", "türkiye"], capitals: ["ankara"], demonyms: ["turkish"] },
  { id: "saudi-arabia", name: "Saudi Arabia", type: "country", aliases: ["saudi arabia"], capitals: ["riyadh"], demonyms: ["saudi", "saudis"] },
  { id: "australia", name: "Australia", type: "country", aliases: ["australia"], capitals: ["canberra"], demonyms: ["australian", "australians"] },
  { id: "vietnam", name: "Vietnam", type: "country", aliases: ["vietnam", "viet nam"], capitals: ["hanoi"], demonyms: ["vietnamese"] },
  { id: "israel", name: "Israel", type: "country", aliases: ["israel"], demonyms: ["israeli", "israelis"] },
];

export interface ActorMention {
  start: number;
  end: number;
  text: string;
  actorId: string;
  /** Display name of the actor ("China"), for explanations. */
  actorName: string;
  type: ActorType;
  form: MentionForm;
  /** The leader, when the mention names one. */
  leader?: LeaderDef;
  tokenStart: number;
  /** Token index after the last token of the mention. */
  tokenEnd: number;
  sentence: number;
  possessive: boolean;
}

interface AliasEntry {
  actor: ActorDef;
  form: MentionForm;
  leader?: LeaderDef;
  /** Short upper-case aliases ("US", "EU") must be written in capitals ("us" is a pronoun). */
  caseSensitive?: string;
}

const ACRONYM_ALIASES = new Set(["us", "usa", "eu", "uk", "prc", "dprk"]);
const ALIAS: Map<string, AliasEntry> = new Map();
for (const actor of ACTORS) {
  const add = (alias: string, form: MentionForm, leader?: LeaderDef): void => {
    const entry: AliasEntry = { actor, form, leader };
    // "us", "eu", "uk": only the capitalised acronym names the actor ("us" is a pronoun).
    if (ACRONYM_ALIASES.has(alias)) entry.caseSensitive = alias.toUpperCase();
    ALIAS.set(alias, entry);
  };
  for (const a of actor.aliases) add(a, "name");
  for (const a of actor.capitals ?? []) add(a, "capital");
  for (const a of actor.governments ?? []) add(a, "government");
  for (const a of actor.demonyms ?? []) add(a, "demonym");
  for (const leader of actor.leaders ?? []) for (const a of leader.aliases) add(a, "leader", leader);
}
// News outlets, so that "Reuters" or "The Guardian" is not taken for a person or a place. A bare one-word name
// that is also an English word ("Times", "Hill", "Atlantic") only counts with its article ("The Times").
for (const outlet of NEWS_OUTLETS) {
  const full = outlet.toLowerCase();
  const bare = full.replace(/^the /, "");
  const actor: ActorDef = { id: `outlet:${bare}`, name: outlet.replace(/^The /, ""), type: "organization", aliases: [full] };
  // Acronyms ("AP", "FT") only in capitals.
  const caseSensitive = /^[A-Z]{2,5}$/.test(outlet) ? outlet : undefined;
  const keys: string[] = [];
  if (full !== bare) keys.push(full);
  if (bare.includes(" ") || lexicalClass(bare) === "organization" || lexiconTags(bare).length === 0) keys.push(bare);
  for (const key of keys) if (!ALIAS.has(key)) ALIAS.set(key, { actor, form: "name", caseSensitive });
}

// Words that may sit inside a multi-word name ("Bank of England", "People's Republic of China").
const NAME_JOINERS = new Set(["of", "the", "and", "for", "de", "da", "von", "der", "al", "bin", "la", "le", "du"]);
const PERSON_TITLES = new Set([
  "president", "prime minister", "premier", "chancellor", "senator", "governor", "mayor", "judge", "justice", "minister",
  "secretary", "representative", "professor", "coach", "king", "queen", "leader", "chairman", "chairwoman", "ceo", "general",
  "commissioner", "ambassador", "sir", "dame",
]);
const MAX_NAME_TOKENS = 6;

function phraseOf(tokens: readonly Token[], from: number, to: number): string {
  let out = "";
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t) break;
    out += (i > from ? " " : "") + t.norm;
  }
  return out;
}

function rawOf(tokens: readonly Token[], from: number, to: number): string {
  let out = "";
  for (let i = from; i < to; i++) out += (i > from ? " " : "") + (tokens[i]?.text ?? "");
  return out;
}

/**
 * End of the run of capitalised words from `i` that are adjacent in the text (only spaces between
 * them); lower-case joiners are allowed inside ("Bank of England"). A possessive ends the run.
 */
function capitalisedRunEnd(text: string, tokens: readonly Token[], i: number, max: number): number {
  let j = i + 1;
  while (j < tokens.length && j - i < max) {
    const prev = tokens[j - 1] as Token;
    const cur = tokens[j] as Token;
    if (prev.possessive || !cur.isWord || !/^[ \t]+$/.test(text.slice(prev.end, cur.start))) break;
    if (!cur.isCap) {
      const next = tokens[j + 1];
      if (!NAME_JOINERS.has(cur.norm) || !next || !next.isCap || !next.isWord) break;
    }
    j++;
  }
  return j;
}

function mention(tokens: readonly Token[], from: number, to: number, text: string, fields: Omit<ActorMention, "start" | "end" | "text" | "tokenStart" | "tokenEnd" | "sentence" | "possessive">): ActorMention {
  const first = tokens[from] as Token;
  const last = tokens[to - 1] as Token;
  // The span leaves out a possessive "'s" so that it names the actor itself.
  const end = last.possessive ? last.end - 2 : last.end;
  return { ...fields, start: first.start, end, text: text.slice(first.start, end), tokenStart: from, tokenEnd: to, sentence: first.sentence, possessive: last.possessive };
}

/** The alias-table or lexicon actor named by the longest phrase starting at token `i`, if any. */
function namedAt(text: string, tokens: readonly Token[], i: number, limit: number): ActorMention | null {
  for (let to = limit; to > i; to--) {
    // A name does not end on a joiner ("Bank of").
    if (to - i > 1 && NAME_JOINERS.has((tokens[to - 1] as Token).norm)) continue;
    const phrase = phraseOf(tokens, i, to);
    const raw = rawOf(tokens, i, to).replace(/['’]s$/, "");
    const alias = ALIAS.get(phrase);
    if (alias && (!alias.caseSensitive || raw === alias.caseSensitive)) {
      return mention(tokens, i, to, text, { actorId: alias.actor.id, actorName: alias.actor.name, type: alias.actor.type, form: alias.form, leader: alias.leader });
    }
    const cls = lexicalClass(phrase);
    if (cls === "country") return mention(tokens, i, to, text, { actorId: `country:${phrase}`, actorName: raw, type: "country", form: "name" });
    if (cls === "city" || cls === "region" || cls === "place") return mention(tokens, i, to, text, { actorId: `place:${phrase}`, actorName: raw, type: "place", form: "name" });
    if (cls === "organization") return mention(tokens, i, to, text, { actorId: `org:${phrase}`, actorName: raw, type: "organization", form: "name" });
  }
  // Then a name ending in an organisation word ("Commerce Department", "Harbor Tools Inc"), not spanning an "and".
  for (let to = limit; to > i + 1; to--) {
    if (!isOrgWord((tokens[to - 1] as Token).norm)) continue;
    let hasAnd = false;
    for (let k = i; k < to; k++) if ((tokens[k] as Token).norm === "and") hasAnd = true;
    if (hasAnd) continue;
    const phrase = phraseOf(tokens, i, to);
    return mention(tokens, i, to, text, { actorId: `org:${phrase}`, actorName: rawOf(tokens, i, to).replace(/['’]s$/, ""), type: "organization", form: "name" });
  }
  return null;
}

/** Number of tokens of a person's title at `i` ("President", "Prime Minister", "Mr."), or 0. */
function titleLength(tokens: readonly Token[], i: number, limit: number): number {
  if (i + 2 < limit && PERSON_TITLES.has(phraseOf(tokens, i, i + 2))) return 2;
  const t = tokens[i] as Token;
  const isTitle = PERSON_TITLES.has(t.norm) || lexicalClass(t.norm) === "honorific";
  if (!isTitle) return 0;
  // "Mr." is tokenised as "Mr" + "."
  const next = tokens[i + 1];
  return next && next.text === "." && next.start === t.end ? 2 : 1;
}

/** Every actor mention, in text order, each token in at most one mention (longest match first). */
export function findActors(text: string, tokens: readonly Token[]): ActorMention[] {
  const out: ActorMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (!t.isWord || !t.isCap) {
      i++;
      continue;
    }
    const limit = capitalisedRunEnd(text, tokens, i, MAX_NAME_TOKENS);
    let found = namedAt(text, tokens, i, limit);
    if (!found) {
      const title = titleLength(tokens, i, limit);
      const nameStart = i + title;
      if (title > 0 && nameStart < tokens.length && (tokens[nameStart] as Token).isCap) {
        const nameLimit = capitalisedRunEnd(text, tokens, nameStart, MAX_NAME_TOKENS);
        found = namedAt(text, tokens, nameStart, nameLimit) ?? personFrom(text, tokens, nameStart, nameLimit);
      } else if (title === 0 && lexicalClass(t.norm) === "firstName" && limit - i >= 2) {
        found = personFrom(text, tokens, i, limit);
      }
    }
    if (found) {
      out.push(found);
      i = found.tokenEnd;
    } else i++;
  }
  return out;
}

function personFrom(text: string, tokens: readonly Token[], from: number, to: number): ActorMention {
  // A person's name is capitalised words only ("Smith and Dr. Doe" is two people).
  let end = from + 1;
  while (end < to && (tokens[end] as Token).isCap && !(tokens[end - 1] as Token).possessive) end++;
  const surname = (tokens[end - 1] as Token).norm;
  return mention(tokens, from, end, text, { actorId: `person:${surname}`, actorName: rawOf(tokens, from, end).replace(/['’]s$/, ""), type: "person", form: "name" });
}
