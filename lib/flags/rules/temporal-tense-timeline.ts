// A date whose tense contradicts the article's timeline: an "impending" or "upcoming" event dated before
// events the article already tells as past (or before publication), or an event told as past but dated
// after publication.
import type { DetectedFlag } from "../flag-kinds";
import { daysBetween, formatDate } from "../nlp/dates";
import { tenseOf, type TimedDate } from "../nlp/timeline";
import { quote } from "../nlp/text";
import { makeFlag, type FlagRule } from "./types";

const SLACK_DAYS = 1; // time zones and overnight copy

export const temporalTenseTimeline: FlagRule = {
  id: "temporal.tense",
  kind: "temporal_inconsistency",
  severity: "high",
  description: "An event told as still to come but dated before events already past (or before publication), or told as past but dated after publication.",
  detect(doc) {
    const timed: TimedDate[] = doc.dates.filter((d) => d.granularity === "day").map((d) => tenseOf(doc, d));
    if (timed.length === 0) return [];
    const flags: DetectedFlag[] = [];
    // The latest event the article tells as past, with an explicit year.
    let latestPast: TimedDate | null = null;
    for (const t of timed) if (t.tense === "past" && t.date.yearExplicit && (!latestPast || t.date.date > latestPast.date.date)) latestPast = t;
    const published = doc.publishedAt;
    const dateline = doc.datelineDate;

    for (const t of timed) {
      // Without a written year the year was inferred from the reference date, so a tense cannot contradict it.
      if (!t.date.yearExplicit || !t.cue) continue;
      const d = t.date;
      const cue = t.cue;
      if (t.tense === "future") {
        if (published && daysBetween(d.date, published) > SLACK_DAYS) {
          flags.push(makeFlag(temporalTenseTimeline, doc, `${quote(cue.text)} presents the event on ${quote(d.text)} as still to come, but the article was published on ${formatDate(published)}, ${daysBetween(d.date, published)} days later.`, [[d.start, d.end], [cue.start, cue.end]]));
        } else if (latestPast && latestPast.cue && daysBetween(d.date, latestPast.date.date) > SLACK_DAYS) {
          const past = latestPast.date;
          const pastCue = latestPast.cue;
          flags.push(
            makeFlag(temporalTenseTimeline, doc, `${quote(cue.text)} presents the event on ${quote(d.text)} as still to come, but the article already tells of an event on ${quote(past.text)} (${quote(pastCue.text)}) as past, ${daysBetween(d.date, past.date)} days later.`, [[d.start, d.end], [cue.start, cue.end], [past.start, past.end]]),
          );
        }
      } else if (t.tense === "past") {
        const publication = published ?? dateline?.date ?? null;
        if (publication && daysBetween(publication, d.date) > SLACK_DAYS) {
          const source = published ? `the article was published on ${formatDate(published)}` : `the dateline gives ${quote(dateline?.text ?? "")}`;
          flags.push(makeFlag(temporalTenseTimeline, doc, `${quote(cue.text)} tells the event on ${quote(d.text)} as past, but ${source}, ${daysBetween(publication, d.date)} days earlier.`, [[d.start, d.end], [cue.start, cue.end]]));
        }
      }
    }
    return flags;
  },
};
