// Pasted search-result and chatbot residue: "Reuters +2", "AP News both +2", "(The Guardian +1)", "[1]",
// "(source)", "【4†source】", "utm_source=chatgpt.com". None of these is a citation a reader can follow.
import type { DetectedFlag } from "../flag-kinds";
import { NEWS_OUTLETS } from "../nlp/outlets";
import { quote } from "../nlp/text";
import { makeFlag, type FlagRule } from "./types";

const OUTLETS_LOWER = new Set(NEWS_OUTLETS.map((o) => o.toLowerCase().replace(/^the /, "")));

// A capitalised name of up to five words, an optional "both", then "+N" not followed by more digits or a unit.
const COUNTER_RE =
  /(?<![\w.])((?:[A-Z][\w&'’.-]*|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|co\.uk|io|info|news))(?:[ \t]+(?:of[ \t]+|the[ \t]+)?[A-Z][\w&'’.-]*){0,4})([ \t]+(?:both|and[ \t]+others|and[ \t]+more))?[ \t]*\+[ \t]?(\d{1,2})(?![\d.,]\d|[ \t]*(?:%|percent|per[ \t]cent|points?|pts|goals?|shots?|strokes?|under|over|degrees?))(?:[ \t]+more)?/g;
const SPORTS_CONTEXT_RE = /\b(?:par|birdies?|bogeys?|strokes?|round|handicap|goal difference|under|over)\b/i;
const DOMAIN_RE = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|co\.uk|io|info|news)$/;

const MARKER_RES: ReadonlyArray<{ re: RegExp; what: string }> = [
  // "[1]", "[2, 3]" right after a word or a sentence; not "[0]", not a link "[1](…)" or a definition "[1]: …".
  { re: /(?<=[\p{L}.,;:!?”"’)] ?)\[[1-9]\d{0,2}\](?![(:])|(?<=[\p{L}.,;:!?”"’)])\[[1-9]\d{0,2}(?:[,–-]\s?[1-9]\d{0,2}){1,3}\](?![(:\[])/gu, what: "a bracketed reference marker with no reference list behind it" },
  { re: /\[(?:citation needed|sources?|link|ref)\](?![(:\[])/gi, what: "a bracketed placeholder left where a source should be named" },
  { re: /\((?:source|sources|link|citation needed|citation)\)/gi, what: "a placeholder left where a source should be named" },
  { re: /【[^】\n]{0,60}】/g, what: "a chatbot citation marker" },
  { re: /\bcite(?:turn\d+[a-z]+\d+)+\b/g, what: "a chatbot citation token" },
  { re: /:?contentReference\[oaicite:\d+\](?:\{index=\d+\})?/g, what: "a chatbot citation token" },
  { re: /[?&]utm_source=chatgpt\.com/g, what: "a chatbot tracking parameter left in a link" },
];

function outletIn(name: string): string | null {
  // The counter's name may carry words before the outlet ("By contrast Reuters +2"): take the longest outlet suffix.
  const words = name.split(/[ \t]+/);
  for (let i = 0; i < words.length; i++) {
    const candidate = words.slice(i).join(" ");
    const key = candidate.toLowerCase().replace(/^the /, "");
    if (OUTLETS_LOWER.has(key)) return candidate;
  }
  return null;
}

export const citationResidue: FlagRule = {
  id: "citation.residue",
  kind: "citation_residue",
  severity: "medium",
  description: "Search-result counters and citation fragments pasted into the copy, such as 'Reuters +2', '[1]' or '(source)'.",
  detect(doc) {
    const { text } = doc;
    const flags: DetectedFlag[] = [];
    COUNTER_RE.lastIndex = 0;
    for (let m = COUNTER_RE.exec(text); m !== null; m = COUNTER_RE.exec(text)) {
      const name = m[1] ?? "";
      const outlet = outletIn(name);
      const isDomain = DOMAIN_RE.test(name);
      const before = text.slice(Math.max(0, m.index - 3), m.index);
      const after = text.charAt(m.index + m[0].length);
      // Residue sits in brackets, after a dash, or closes a sentence.
      const framed = /[(–—]\s*$/.test(before) && /^[).;,]?$/.test(after);
      let start = m.index;
      if (outlet && !framed) start = m.index + name.length - outlet.length;
      else if (!outlet && !isDomain) {
        const around = text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 40);
        if (!framed || SPORTS_CONTEXT_RE.test(around) || name.length < 3) continue;
      }
      const end = m.index + m[0].length;
      const counted = Number(m[3]);
      const source = (outlet ?? name).replace(/^The\s+/, "");
      flags.push(
        makeFlag(citationResidue, doc, `${quote(text.slice(start, end))} is a search-result counter pasted with the citation (the '+${counted}' stands for ${counted} more unnamed ${counted === 1 ? "source" : "sources"}), not a reference to a specific ${source} report a reader can follow.`, [[start, end]]),
      );
    }
    for (const { re, what } of MARKER_RES) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        flags.push(makeFlag(citationResidue, doc, `${quote(m[0])} is ${what}, residue from the text's drafting rather than a citation.`, [[m.index, m.index + m[0].length]]));
      }
    }
    return flags;
  },
};
