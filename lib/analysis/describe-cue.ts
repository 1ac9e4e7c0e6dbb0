import type { Cue } from "./detect-cues";

const MAX_SHOWN = 3;

/** A plain-English reason for a cue, with the words that triggered it. */
export function describeCue(cue: Cue): string {
  const shown = (quoteThem: boolean) => {
    const items = cue.matches.slice(0, MAX_SHOWN).map((m) => {
      const short = m.length > 60 ? m.slice(0, 57) + "…" : m;
      return quoteThem ? `“${short}”` : short;
    });
    const more = cue.matches.length > MAX_SHOWN ? ` and ${cue.matches.length - MAX_SHOWN} more` : "";
    return items.join(", ") + more;
  };
  switch (cue.code) {
    case "number":
      return `contains a number: ${shown(false)}`;
    case "percentage":
      return `contains a percentage: ${shown(false)}`;
    case "money":
      return `mentions an amount of money: ${shown(false)}`;
    case "date":
      return `mentions a date or period: ${shown(false)}`;
    case "actor":
      return `names a person, country or organisation: ${shown(false)}`;
    case "attribution":
      return `attributes a statement to a source: ${shown(true)}`;
    case "quote":
      // The match already carries its quotation marks.
      return `contains a quotation: ${shown(false)}`;
    case "comparison":
      return `compares or measures a change: ${shown(true)}`;
    case "prediction":
      return `speaks about the future, which cannot be checked yet: ${shown(true)}`;
    case "hedge":
      return `hedged wording: ${shown(true)}`;
    case "opinion":
      return `expresses an opinion or a wish: ${shown(true)}`;
    case "question":
      return "is a question, not a statement";
    case "short":
      return `is very short (${cue.matches[0] ?? "few"} words)`;
  }
}
