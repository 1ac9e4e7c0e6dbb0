// A person said to speak of themselves with the other gender's pronoun: the article introduces "Professor
// Martin Okwu" and later has "Okwu said she took no pleasure in the outcome" — the name is probably
// someone else's (here the other scientist's). The gender is read from the given name the article itself
// gives (compromise's lexicon of male and female given names); silent when another person of the
// pronoun's gender is named in that sentence or the one before, who may be the one meant.
import type { DetectedFlag } from "../flag-kinds";
import { lexiconTags } from "../nlp/compromise";
import { peopleOf } from "../nlp/people-cache";
import { quote } from "../nlp/text";
import { makeFlag, type FlagRule } from "./types";

type Gender = "male" | "female";
const SAID_RE = /^\s+(?:said|says|told (?:reporters|the \w+)|added|wrote|noted|insisted)\s+(?:that\s+)?(he|she|his|her|him)\b/;

function genderOf(fullName: string): Gender | null {
  const given = fullName.split(/\s+/)[0]?.toLowerCase() ?? "";
  const tags = lexiconTags(given);
  const male = tags.includes("MaleName");
  const female = tags.includes("FemaleName");
  return male === female ? null : male ? "male" : "female";
}

export const entityPronounGender: FlagRule = {
  id: "entity.pronoun-gender",
  kind: "entity_mixup",
  severity: "medium",
  defersToEarlierRules: true,
  description: "A person who speaks of themselves with the other gender's pronoun ('Okwu said she …' after 'Professor Martin Okwu'): the name is probably another person's.",
  detect(doc) {
    const people = peopleOf(doc);
    const flags: DetectedFlag[] = [];
    const full = new Map<string, { name: string; start: number; end: number; gender: Gender }>();
    for (const m of people.mentions) {
      const name = doc.text.slice(m.start, m.end).replace(/['’]s$/, "");
      const gender = name.includes(" ") ? genderOf(name) : null;
      if (gender && !full.has(m.id)) full.set(m.id, { name, start: m.start, end: m.end, gender });
    }
    for (const m of people.mentions) {
      if (doc.inQuote(m.start)) continue;
      const intro = full.get(m.id);
      const x = SAID_RE.exec(doc.text.slice(m.end, m.end + 40));
      if (!intro || !x) continue;
      const pronoun = x[1] ?? "";
      const said: Gender = /^(?:he|his|him)$/.test(pronoun) ? "male" : "female";
      if (said === intro.gender) continue;
      // Another person of that gender nearby may be the one the pronoun means.
      const nearby = people.mentions.some((o) => o.id !== m.id && m.sentence - o.sentence <= 1 && o.sentence <= m.sentence && full.get(o.id)?.gender === said);
      if (nearby) continue;
      const end = m.end + x.index + x[0].length;
      flags.push(
        makeFlag(entityPronounGender, doc, `${quote(doc.text.slice(m.start, end))} has ${intro.name} speaking of ${intro.gender === "male" ? "himself" : "herself"} as '${pronoun}', but the article introduces ${quote(intro.name)} with a ${intro.gender} given name; the name is probably another person's.`, [
          [m.start, end],
          [intro.start, intro.end],
        ]),
      );
    }
    return flags;
  },
};
