// A person or side given both outcomes of one contest: "Ruiz won the runoff … Ruiz conceded", a winner
// who "finished second", a candidate who congratulates herself. The article's own sentences say who won;
// the sentence that gives the winner the loser's part (or the reverse) is the one to check.
import type { DetectedFlag } from "../flag-kinds";
import type { ParsedDocument } from "../nlp/document";
import { personBefore, type People } from "../nlp/people";
import { peopleOf } from "../nlp/people-cache";
import { quote } from "../nlp/text";
import { makeFlag, type FlagRule } from "./types";

type Outcome = "won" | "lost";

interface Frame {
  person: string;
  outcome: Outcome;
  start: number;
  end: number;
}

// The subject before the verb.
const WIN_AFTER_RE = /^\s+(?:\w+\s+){0,3}?(?:won|wins|win|clinched|captured|took) (?:the|a|his|her|their|its|first|an)\b|^\s+(?:defeated|beat|beating|defeating|outpolled|edged|ousted|unseated)\b|^\s+(?:\w+\s+){0,6}?to win the\b|^\s+finished first\b|^['’]s (?:victory|win|triumph)\b/;
const LOSE_AFTER_RE = /^\s+(?:conceded|concedes|concede|lost to|was defeated|were defeated|finished (?:second|third|fourth|fifth|last|runner-up)|came (?:second|third)|trailed)\b|^['’]s (?:defeat|concession|loss)\b/;
// The object after the verb: "defeating former police chief Tom Whitaker".
const LOSER_BEFORE_RE = /\b(?:defeated|defeating|beat|beating|outpolled|unseated|ousted|edged)\s+(?:(?:the|his|her|their|former|incumbent|challenger|[a-z]+)\s+){0,4}$/;

const APPOSITIVE_RE = /^,\s+who\s+([^,;.]{1,50}),/;
const APPOSITIVE_WON_RE = /^(?:had\s+)?(?:won|clinched|captured|took)\b(?!\s+(?:\w+\s+)?(?:seats?|votes?|percent|counties|precincts|districts)\b)|^finished first\b/;
const APPOSITIVE_LOST_RE = /^(?:had\s+)?(?:lost|conceded|finished (?:second|third|last|runner-up)|trailed)\b/;

function frames(doc: ParsedDocument, people: People): Frame[] {
  const out: Frame[] = [];
  for (const m of people.mentions) {
    if (doc.inQuote(m.start)) continue;
    const after = doc.text.slice(m.end, m.end + 70);
    const before = doc.text.slice(Math.max(0, m.start - 60), m.start);
    const sentence = doc.sentences[m.sentence];
    if (!sentence) continue;
    // "Jones, who won, conceded": the relative clause gives one outcome, the main verb after it another.
    const appositive = APPOSITIVE_RE.exec(after);
    if (appositive) {
      const clause = appositive[1] ?? "";
      const clauseEnd = Math.min(sentence.end, m.end + appositive[0].length - 1);
      if (APPOSITIVE_WON_RE.test(clause)) out.push({ person: m.id, outcome: "won", start: m.start, end: clauseEnd });
      else if (APPOSITIVE_LOST_RE.test(clause)) out.push({ person: m.id, outcome: "lost", start: m.start, end: clauseEnd });
      const rest = after.slice(appositive[0].length);
      const l = LOSE_AFTER_RE.exec(rest);
      const w = /^\s+(?:won|wins|clinched|captured|defeated|beat|finished first)\b/.exec(rest);
      if (l) out.push({ person: m.id, outcome: "lost", start: m.start, end: Math.min(sentence.end, m.end + appositive[0].length + l.index + l[0].length) });
      else if (w) out.push({ person: m.id, outcome: "won", start: m.start, end: Math.min(sentence.end, m.end + appositive[0].length + w.index + w[0].length) });
      continue;
    }
    if (LOSER_BEFORE_RE.test(before)) out.push({ person: m.id, outcome: "lost", start: m.start, end: m.end });
    else if (WIN_AFTER_RE.test(after)) {
      // "Lokedi set a course record to win": the nearest person before "to win" is the subject.
      const w = WIN_AFTER_RE.exec(after);
      const winAt = m.end + (w?.index ?? 0);
      const subject = /to win the/.test(w?.[0] ?? "") ? personBefore(people, winAt + (w?.[0].length ?? 0) - 10, m.sentence) : m;
      if (subject && subject.id === m.id) out.push({ person: m.id, outcome: "won", start: m.start, end: Math.min(sentence.end, m.end + (w?.[0].length ?? 0)) });
    } else if (LOSE_AFTER_RE.test(after)) {
      const l = LOSE_AFTER_RE.exec(after);
      out.push({ person: m.id, outcome: "lost", start: m.start, end: Math.min(sentence.end, m.end + (l?.[0].length ?? 0)) });
    }
  }
  return out;
}

const CONGRATULATE_RE = /\b(?:I|we)\s+(?:want to\s+)?(?:congratulate|thank|endorse)\s+(?:(?:Senator|Sen\.|Mayor|Governor|Gov\.|President|Representative|Rep\.|Dr\.|Mr\.|Ms\.|Mrs\.)\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)/g;

export const entityContradictoryOutcome: FlagRule = {
  id: "entity.contradictory-outcome",
  kind: "entity_mixup",
  severity: "high",
  defersToEarlierRules: true,
  description: "A person the article says won who is also said to have lost, conceded or finished behind, or who congratulates themselves.",
  detect(doc) {
    const people = peopleOf(doc);
    const flags: DetectedFlag[] = [];
    const all = frames(doc, people);
    const byPerson = new Map<string, Frame[]>();
    for (const f of all) byPerson.set(f.person, [...(byPerson.get(f.person) ?? []), f]);
    for (const [person, list] of byPerson) {
      const won = list.filter((f) => f.outcome === "won");
      const lost = list.filter((f) => f.outcome === "lost");
      if (won.length === 0 || lost.length === 0) continue;
      // The rarer outcome is the odd one out; on a tie, the later statement.
      const odd = lost.length < won.length ? lost : won.length < lost.length ? won : [list[list.length - 1] as Frame];
      const other = odd[0]?.outcome === "won" ? lost : won;
      const f = odd[0] as Frame;
      const g = other[0] as Frame;
      const name = people.names.get(person) ?? person;
      flags.push(
        makeFlag(entityContradictoryOutcome, doc, `${name} ${f.outcome === "won" ? "wins" : "loses"} in ${quote(doc.text.slice(f.start, f.end), 60)}, but ${g.outcome === "won" ? "won" : "lost"} in ${quote(doc.text.slice(g.start, g.end), 60)}; one of the names is wrong.`, [
          [f.start, f.end],
          [g.start, g.end],
        ]),
      );
    }
    // "Alvarez conceded in a statement … 'I congratulate Senator Alvarez'": the speaker is the one congratulated.
    for (const s of doc.sentences) {
      CONGRATULATE_RE.lastIndex = 0;
      for (let m = CONGRATULATE_RE.exec(s.text); m !== null; m = CONGRATULATE_RE.exec(s.text)) {
        const target = (m[1] ?? "").split(/\s+/).pop()?.toLowerCase() ?? "";
        // The speaker: the person named in this sentence outside the quote, else the last one named before it in the paragraph.
        const candidates = people.mentions.filter((p) => doc.sentences[p.sentence]?.paragraph === s.paragraph && p.start < s.start + m!.index && !doc.inQuote(p.start));
        const speaker = candidates[candidates.length - 1];
        if (!speaker || speaker.id !== target) continue;
        const at = s.start + m.index;
        flags.push(makeFlag(entityContradictoryOutcome, doc, `${people.names.get(target) ?? target} is quoted congratulating or thanking ${quote(m[1] ?? "")}, that is, themselves.`, [[at, at + m[0].length], [speaker.start, speaker.end]]));
      }
    }
    return flags;
  },
};
