// The same clause repeated within a passage: "– giving Beijing another strategic tool … giving Beijing
// another leverage point … giving Beijing another strategic leverage point". Found with word 3-gram
// shingles; a repeated phrase counts as a clause when it opens with a participle or past-tense verb and recurs three times
// within a short window, or when six or more words recur verbatim.
import type { DetectedFlag } from "../flag-kinds";
import { isParticipleOrPast } from "../nlp/compromise";
import { STOPWORDS, quote, type Token } from "../nlp/text";
import { makeFlag, type FlagRule, type Range } from "./types";

const WINDOW = 120; // words
const MIN_VERBATIM = 6; // words repeated verbatim in two places
// Verb forms that open ordinary prepositional or reporting phrases, which recur in clean copy.
const PHRASE_VERBS = new Set(["according", "including", "following", "regarding", "concerning", "excluding", "compared", "said", "says", "saying", "told", "adding", "noting", "based", "given", "led", "set", "made"]);

const URL_OR_MARKUP_RE = /\bhttps?:\/\/\S+|\bwww\.\S+|<[^<>\n]{1,200}>|`[^`\n]{1,200}`/g;

function firstWordAtOrAfter(words: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function contentCount(words: readonly Token[], from: number, to: number): { content: number; capitalised: number } {
  let content = 0;
  let capitalised = 0;
  for (let i = from; i < to; i++) {
    const w = words[i] as Token;
    if (STOPWORDS.has(w.norm) || /^\d/.test(w.norm)) continue;
    content++;
    if (w.isCap) capitalised++;
  }
  return { content, capitalised };
}

export const repetitionClause: FlagRule = {
  id: "repetition.clause",
  kind: "duplicated_passage",
  severity: "medium",
  description: "A clause or phrase repeated within a short passage, as when a sentence was pasted or rewritten without removing the earlier version.",
  detect(doc) {
    const { words, text } = doc;
    const n = words.length;
    // Words inside links and markup never count as repeated prose: they get a key of their own.
    const norms = words.map((w) => w.norm);
    URL_OR_MARKUP_RE.lastIndex = 0;
    for (let m = URL_OR_MARKUP_RE.exec(text); m !== null; m = URL_OR_MARKUP_RE.exec(text)) {
      const end = m.index + m[0].length;
      for (let i = firstWordAtOrAfter(words, m.index); i < n && (words[i] as Token).start < end; i++) norms[i] = `\u0000${i}`;
    }
    const positions = new Map<string, number[]>();
    for (let i = 0; i + 2 < n; i++) {
      const key = `${norms[i]} ${norms[i + 1]} ${norms[i + 2]}`;
      const list = positions.get(key);
      if (list) list.push(i);
      else positions.set(key, [i]);
    }
    const covered = new Uint8Array(n);
    const flags: DetectedFlag[] = [];
    const same = (a: number, b: number): boolean => a >= 0 && b >= 0 && a < n && b < n && norms[a] === norms[b];
    const range = (from: number, len: number): Range => [(words[from] as Token).start, (words[from + len - 1] as Token).end];
    const inQuote = (i: number): boolean => doc.inQuote((words[i] as Token).start);

    const consider = (cluster: readonly number[]): boolean => {
      if (cluster.length < 2 || cluster.every((p) => covered[p])) return false;
      let minGap = Infinity;
      for (let k = 1; k < cluster.length; k++) minGap = Math.min(minGap, (cluster[k] as number) - (cluster[k - 1] as number));
      if (minGap < 3) return false; // "very very very": overlapping, not a repeated clause
      const first = cluster[0] as number;
      // Maximal stretch shared by every occurrence, backwards then forwards, never longer than the gap.
      let before = 0;
      while (before + 3 < minGap && cluster.every((p) => same(p - before - 1, first - before - 1))) before++;
      let total = before + 3;
      while (total < minGap && cluster.every((p) => same(p - before + total, first - before + total))) total++;
      const starts = cluster.map((p) => p - before);
      const start0 = starts[0] as number;
      const head = words[start0] as Token;
      const { content, capitalised } = contentCount(words, start0, start0 + total);
      // Names and titles ("President Donald Trump") repeat legitimately.
      if (content < 2 || capitalised === content) return false;
      if (starts.some((s) => inQuote(s))) return false;
      const clauseLike = cluster.length >= 3 && !head.isCap && !STOPWORDS.has(head.norm) && isParticipleOrPast(head.norm) && !PHRASE_VERBS.has(head.norm);
      const verbatim = total >= MIN_VERBATIM && content >= 3;
      if (!clauseLike && !verbatim) return false;
      // Whole sentences repeated are the business of repetition.sentence.
      if (!clauseLike && coversSentence(doc, words, starts, total)) return false;
      for (const s of starts) for (let i = s; i < s + total; i++) covered[i] = 1;
      const phrase = text.slice(head.start, (words[start0 + total - 1] as Token).end);
      const spanWords = (starts[starts.length - 1] as number) + total - start0;
      const anchor = starts[1] as number;
      const ranges: Range[] = [range(anchor, total), ...starts.filter((s) => s !== anchor).map((s) => range(s, total))];
      const times = cluster.length === 2 ? "twice" : `${cluster.length} times`;
      flags.push(makeFlag(repetitionClause, doc, `${quote(phrase)} occurs ${times} within ${spanWords} words; the passage repeats the same ${clauseLike ? "clause" : "wording"} instead of moving on.`, ranges));
      return true;
    };

    // Keys in order of first occurrence, so that earlier phrases win.
    for (const list of positions.values()) {
      if (list.length < 2) continue;
      // Clusters of occurrences no more than WINDOW words apart.
      let clusterStart = 0;
      for (let k = 1; k <= list.length; k++) {
        if (k < list.length && (list[k] as number) - (list[k - 1] as number) <= WINDOW) continue;
        const cluster = list.slice(clusterStart, k);
        clusterStart = k;
        // When the whole cluster shares too little, two of its occurrences may still share a long stretch.
        if (!consider(cluster) && cluster.length > 2) {
          for (let j = 1; j < cluster.length; j++) consider([cluster[j - 1] as number, cluster[j] as number]);
        }
      }
    }
    return flags;
  },
};

function coversSentence(doc: Parameters<FlagRule["detect"]>[0], words: readonly Token[], starts: readonly number[], total: number): boolean {
  for (const s of starts) {
    const w = words[s] as Token;
    const sentence = doc.sentences[w.sentence];
    if (!sentence) continue;
    const sentenceWords = doc.sentenceTokens(w.sentence).filter((t) => t.isWord).length;
    if (sentenceWords > 0 && total / sentenceWords >= 0.8) return true;
  }
  return false;
}
