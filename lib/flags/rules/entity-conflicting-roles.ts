// One person given two roles that exclude each other: "Coastal's chief executive, Renata Silva" and later
// "Northstar's chief executive, Renata Silva"; "Gov. Jared Polis" and "Jared Polis, a meteorologist at
// the National Weather Service". One of the two names belongs to someone else.
import type { DetectedFlag } from "../flag-kinds";
import { hasRoleWord, type Descriptor } from "../nlp/people";
import { peopleOf } from "../nlp/people-cache";
import { quote } from "../nlp/text";
import { makeFlag, type FlagRule } from "./types";

const WEAK_ORG_WORDS = new Set("university national state department office service party association county city council board company group bank agency commission center centre institute school college hospital research the of and for new".split(" "));

function sharesOrg(a: Descriptor, b: Descriptor): boolean {
  const words = (orgs: string[]): Set<string> => new Set(orgs.flatMap((o) => o.split(/[\s'’-]+/)).filter((w) => w.length >= 3 && !WEAK_ORG_WORDS.has(w)));
  const wa = words(a.orgs);
  const wb = words(b.orgs);
  if (wa.size === 0 || wb.size === 0) return true;
  return [...wa].some((w) => wb.has(w));
}

function conflict(a: Descriptor, b: Descriptor): string | null {
  if (a.former || b.former) return null;
  if (a.roles.length > 0 && b.roles.length > 0 && !a.roles.some((r) => b.roles.includes(r))) return `${a.roles[0]} and ${b.roles[0]}`;
  if (a.orgs.length > 0 && b.orgs.length > 0 && hasRoleWord(a.text) && hasRoleWord(b.text) && !sharesOrg(a, b)) return `${a.orgs[0]} and ${b.orgs[0]}`;
  return null;
}

export const entityConflictingRoles: FlagRule = {
  id: "entity.conflicting-roles",
  kind: "entity_mixup",
  severity: "high",
  defersToEarlierRules: true,
  description: "One person given two roles or employers that exclude each other in the same article.",
  detect(doc) {
    const people = peopleOf(doc);
    const flags: DetectedFlag[] = [];
    const byPerson = new Map<string, Descriptor[]>();
    for (const d of people.descriptors) {
      if (doc.inQuote(d.start)) continue;
      const list = byPerson.get(d.person) ?? [];
      list.push(d);
      byPerson.set(d.person, list);
    }
    for (const [person, list] of byPerson) {
      const sorted = [...list].sort((x, y) => x.start - y.start);
      for (let i = 1; i < sorted.length; i++) {
        const later = sorted[i] as Descriptor;
        const earlier = sorted.slice(0, i).find((e) => conflict(e, later) !== null);
        if (!earlier) continue;
        const name = people.names.get(person) ?? person;
        flags.push(
          makeFlag(entityConflictingRoles, doc, `${name} is ${quote(earlier.text, 60)} earlier but ${quote(later.text, 60)} here; one of the two is someone else.`, [
            [Math.min(later.start, later.mentionStart), Math.max(later.end, later.mentionEnd)],
            [Math.min(earlier.start, earlier.mentionStart), Math.max(earlier.end, earlier.mentionEnd)],
          ]),
        );
        break;
      }
    }
    return flags;
  },
};
