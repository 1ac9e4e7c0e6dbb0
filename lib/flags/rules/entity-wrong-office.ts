// An office or its ceremony attributed to the wrong actor: "Xi's … presidential inauguration … on
// January 20, 2025" (January 20 is the U.S. inauguration day; China's president takes office after a vote
// of the National People's Congress in March), or "Chinese President Donald Trump".
import type { DetectedFlag } from "../flag-kinds";
import { ACTORS, type ActorMention, type LeaderDef } from "../nlp/actors";
import { formatDate, type DateMention } from "../nlp/dates";
import type { ParsedDocument } from "../nlp/document";
import { quote, type Token } from "../nlp/text";
import { makeFlag, type FlagRule, type Range } from "./types";

interface InaugurationCustom {
  /** What happens, for the explanation. */
  describe: string;
  /** Whether a date can be this country's inauguration. */
  fits(d: Date): boolean;
}

const US_INAUGURATIONS: Record<number, string> = { 2009: "Barack Obama", 2013: "Barack Obama", 2017: "Donald Trump", 2021: "Joe Biden", 2025: "Donald Trump" };

const INAUGURATIONS: Record<string, InaugurationCustom> = {
  "united-states": {
    describe: "the U.S. president is inaugurated on January 20 after each election (2017, 2021, 2025, 2029 …)",
    fits: (d) => d.getUTCMonth() === 0 && d.getUTCDate() === 20 && d.getUTCFullYear() % 4 === 1,
  },
  china: {
    describe: "China's president is not inaugurated on a set day: the National People's Congress elects the president in March (2013, 2018, 2023, next in 2028)",
    fits: (d) => d.getUTCMonth() === 2 && [2013, 2018, 2023, 2028].includes(d.getUTCFullYear()),
  },
  russia: {
    describe: "Russia's president is inaugurated on May 7 after each election (2012, 2018, 2024)",
    fits: (d) => d.getUTCMonth() === 4 && d.getUTCDate() === 7,
  },
};

const HEAD_TITLES = new Set(["president", "prime minister", "premier", "chancellor", "king", "queen", "emperor", "supreme leader"]);
const TITLE_SKIP_RE = /\b(?:former|ex|then|vice|deputy|acting|late|future|would-be|elected|interim)[\s-]*$/i;
const INAUGURATION_RE = /\binaugurat(?:ion|ed|es|e)\b|\bsworn in\b|\bswearing-in\b/gi;

function countryOf(m: ActorMention): string {
  return m.actorId;
}

function nearestDate(doc: ParsedDocument, sentence: number, start: number, end: number): DateMention | null {
  let best: DateMention | null = null;
  let bestDistance = Infinity;
  for (const d of doc.dates) {
    if (d.sentence !== sentence || d.granularity !== "day") continue;
    const distance = d.start >= end ? d.start - end : start - d.end;
    if (distance >= 0 && distance < 90 && distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  return best;
}

/** The owner of an inauguration: "Xi's … inauguration", "the inauguration of Xi", "Xi was inaugurated". */
function ownerOf(doc: ParsedDocument, start: number, end: number, sentence: number): ActorMention | null {
  let best: ActorMention | null = null;
  for (const a of doc.actors) {
    if (a.sentence !== sentence || (a.type !== "country" && a.type !== "bloc")) continue;
    if (a.end <= start) {
      if (start - a.end > 80) continue;
      const between = doc.text.slice(a.end, start);
      const words = between.split(/\s+/).filter(Boolean).length;
      if ((a.possessive && words <= 5) || (/^\s+(?:was|is|will be|has been|had been)\s+$/.test(between) && a.form === "leader")) best = a;
    } else if (a.start >= end) {
      if (a.start - end > 40) break;
      if (/^\s+of\s+(?:(?:President|Prime Minister|Premier|Chancellor|leader)\s+)?$/i.test(doc.text.slice(end, a.start))) return a;
      break;
    }
  }
  return best;
}

export const entityWrongOffice: FlagRule = {
  id: "entity.office",
  kind: "entity_mixup",
  severity: "high",
  description: "An office, title or inauguration attributed to a leader or country it does not belong to ('Xi's presidential inauguration on January 20').",
  detect(doc) {
    const { text } = doc;
    const flags: DetectedFlag[] = [];
    // 1. Inaugurations.
    INAUGURATION_RE.lastIndex = 0;
    for (let m = INAUGURATION_RE.exec(text); m !== null; m = INAUGURATION_RE.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      const sentence = doc.sentenceAt(start);
      const owner = ownerOf(doc, start, end, sentence);
      if (!owner) continue;
      const custom = INAUGURATIONS[countryOf(owner)];
      const date = nearestDate(doc, sentence, start, end);
      if (!custom || !date || !date.yearExplicit) continue;
      const usCustom = INAUGURATIONS["united-states"] as InaugurationCustom;
      const ranges: Range[] = [[owner.start, end], [date.start, date.end]];
      const who = owner.leader ? owner.leader.name : owner.actorName;
      if (!custom.fits(date.date)) {
        const isUsDay = owner.actorId !== "united-states" && usCustom.fits(date.date);
        const usWho = US_INAUGURATIONS[date.date.getUTCFullYear()];
        flags.push(
          makeFlag(
            entityWrongOffice,
            doc,
            `${quote(text.slice(owner.start, end))} is dated ${quote(date.text)}, but ${custom.describe}${isUsDay ? `; ${formatDate(date.date)} is the U.S. presidential inauguration${usWho ? ` (${usWho})` : ""}` : ""}, so the inauguration is not ${who}'s.`,
            ranges,
          ),
        );
      } else if (owner.actorId === "united-states" && owner.leader) {
        // The right day for the country but another president's inauguration.
        const actual = US_INAUGURATIONS[date.date.getUTCFullYear()];
        if (actual && actual !== owner.leader.name) {
          flags.push(makeFlag(entityWrongOffice, doc, `${quote(text.slice(owner.start, end))} is dated ${quote(date.text)}, which was ${actual}'s inauguration, not ${owner.leader.name}'s.`, ranges));
        }
      }
    }
    // 2. Titles: "Chinese President Donald Trump", "Prime Minister Xi".
    const byTokenEnd = new Map<number, ActorMention>();
    for (const a of doc.actors) byTokenEnd.set(a.tokenEnd, a);
    for (const a of doc.actors) {
      if (a.form !== "leader" || !a.leader) continue;
      const flag = checkTitle(doc, a, a.leader, byTokenEnd);
      if (flag) flags.push(flag);
    }
    return flags;
  },
};

function checkTitle(doc: ParsedDocument, a: ActorMention, leader: LeaderDef, byTokenEnd: ReadonlyMap<number, ActorMention>): DetectedFlag | null {
  const { tokens, text } = doc;
  const t1 = tokens[a.tokenStart - 1] as Token | undefined;
  const t2 = tokens[a.tokenStart - 2] as Token | undefined;
  if (!t1 || !t1.isWord || !t1.isCap) return null;
  let title: string | null = null;
  let titleStart = t1.start;
  if (t2 && t2.isWord && HEAD_TITLES.has(`${t2.norm} ${t1.norm}`)) {
    title = `${t2.norm} ${t1.norm}`;
    titleStart = t2.start;
  } else if (HEAD_TITLES.has(t1.norm)) title = t1.norm;
  if (!title) return null;
  if (TITLE_SKIP_RE.test(text.slice(Math.max(0, titleStart - 20), titleStart))) return null;
  if (!leader.titles.includes(title)) {
    return makeFlag(entityWrongOffice, doc, `${quote(text.slice(titleStart, a.end))} gives ${leader.name} the title '${title}', but ${leader.name}'s office is ${leader.office}.`, [[titleStart, a.end]]);
  }
  // A country or demonym in front of the title: "Chinese President Donald Trump".
  const candidate = byTokenEnd.get(title.includes(" ") ? a.tokenStart - 2 : a.tokenStart - 1);
  const owner = candidate && candidate.sentence === a.sentence ? candidate : undefined;
  if (owner && (owner.type === "country" || owner.type === "bloc") && owner.form !== "leader") {
    const leaderCountry = ACTORS.find((c) => c.leaders?.includes(leader));
    if (leaderCountry && leaderCountry.id !== owner.actorId) {
      return makeFlag(entityWrongOffice, doc, `${quote(text.slice(owner.start, a.end))} makes ${leader.name} ${owner.text} ${title}, but ${leader.name}'s office is ${leader.office}.`, [[owner.start, a.end]]);
    }
  }
  return null;
}
