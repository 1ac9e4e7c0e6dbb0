// A change stated beside the two numbers it joins that does not follow from them: "from $45.2M to
// $48.6M, a 6 percent rise" (it is 7.5%), "to 4.3 percent from 4.1 percent, a rise of 0.4 points" (0.2),
// or a direction word the numbers contradict ("slowed to 3.9% from 3.7%", "cut the deficit to 5.7
// percent from 5.4"). Rounding of every number and hedges ("about", "nearly") are allowed for.
import type { DetectedFlag } from "../flag-kinds";
import type { ParsedDocument } from "../nlp/document";
import { fits, formatValue, type Measure } from "../nlp/measures";
import { quote } from "../nlp/text";
import { makeFlag, type FlagRule } from "./types";

const UP_WORDS =
  "rose|rise|rises|rising|risen|increase|increased|increases|increasing|grew|grow|grows|growing|grown|growth|gain|gained|gains|jump|jumped|jumps|climb|climbed|climbs|surge|surged|soared|raise|raised|raises|raising|boost|boosted|hike|hiked|expanded|widened|rebounded|accelerated|added|edged up|up|higher|swelled|advanced|doubled|tripled";
const DOWN_WORDS =
  "fell|fall|falls|falling|fallen|drop|dropped|drops|decline|declined|declines|declining|decrease|decreased|decreases|slipped|slid|slide|plunged|plummeted|sank|shrank|shrunk|eased|cut|cuts|cutting|reduce|reduced|reduces|reduction|lower|lowered|lowering|slashed|trimmed|narrowed|dipped|dip|tumbled|slowed|slowing|cooled|softened|weakened|contracted|contraction|shed|lost|loss|down|edged down|slump|slumped|retreated|halved";
const DIRECTION_RE = new RegExp(`\\b(${UP_WORDS}|${DOWN_WORDS})\\b`, "gi");
const DOWN_SET = new Set(DOWN_WORDS.split("|"));
const CHANGE_NOUNS = "increase|rise|gain|jump|climb|growth|drop|decline|decrease|fall|cut|reduction|loss|slide|dip|hike|contraction|change|swing";
const QUAL = "(?:(?:about|around|roughly|nearly|almost|some|approximately|just|more than|less than|over|under)\\s+)?";

interface Pair {
  /** The older value and the newer one. */
  from: Measure;
  to: Measure;
  explicit: "up" | "down" | null;
  start: number;
  end: number;
}

function compatible(a: Measure, b: Measure): boolean {
  return a.unit === b.unit || (a.unit === "count" && b.unit !== "points") || (b.unit === "count" && a.unit !== "points");
}

/** Borrow the unit or scale written only on the other end ("from 57 to 47 percent", "$3.5 to $4 billion"). */
function harmonise(a: Measure, b: Measure): [Measure, Measure] {
  let x = { ...a };
  let y = { ...b };
  if (x.unit === "count" && y.unit !== "count") x = { ...x, unit: y.unit };
  if (y.unit === "count" && x.unit !== "count") y = { ...y, unit: x.unit };
  if (!x.scaled && y.scaled && x.value < 1000) x = { ...x, value: x.value * y.scale, precision: x.precision * y.scale, scaled: true, scale: y.scale };
  if (!y.scaled && x.scaled && y.value < 1000) y = { ...y, value: y.value * x.scale, precision: y.precision * x.scale, scaled: true, scale: x.scale };
  return [x, y];
}

const GAP_TO = /^(?:\s+(?!from\b|to\b)[\w'’.-]+){0,6}?\s+to\s+$/i;
const GAP_FROM = /^(?:,?\s+(?!from\b|to\b)[\w'’.-]+){0,7}?,?\s+from\s+(?:(?:a|an|its|the|their)\s+(?:\w+\s+)?(?:peak|high|low|record|level|total)\s+of\s+)?$/i;
// "6.81 percent last week, according to Freddie Mac, up from 6.76 percent"
const GAP_UP_DOWN_FROM = /^(?:\s+(?!from\b)[\w'’.-]+,?){0,10}?,?\s+(up|down)\s+(?:(?:sharply|slightly|significantly|markedly|substantially)\s+)?from\s+$/i;
const LONE_UP_DOWN_FROM = /\b(?:was|were|is|are)?\s*(up|down)\s+(?:(?:sharply|slightly|significantly|markedly|substantially)\s+)?from\s+$/i;

/** "from X to Y", "to Y from X", "Y, up from X": the old and new value joined in one clause. */
export function findChangePairs(doc: ParsedDocument, measures: readonly Measure[]): Pair[] {
  const { text } = doc;
  const pairs: Pair[] = [];
  for (let i = 0; i + 1 < measures.length; i++) {
    const a = measures[i] as Measure;
    const b = measures[i + 1] as Measure;
    if (a.sentence !== b.sentence || !compatible(a, b)) continue;
    const before = text.slice(Math.max(0, a.qualifierStart - 12), a.qualifierStart);
    const between = text.slice(a.end, b.qualifierStart);
    if (between.length > 90) continue;
    let pair: Pair | null = null;
    if (/\bfrom\s+$/i.test(before) && GAP_TO.test(between)) {
      const [x, y] = harmonise(a, b);
      pair = { from: x, to: y, explicit: null, start: a.qualifierStart, end: b.end };
    } else if (/\bto\s+$/i.test(before) && GAP_FROM.test(between)) {
      const [y, x] = harmonise(a, b);
      pair = { from: x, to: y, explicit: null, start: a.qualifierStart, end: b.end };
    } else {
      const ud = GAP_UP_DOWN_FROM.exec(between);
      if (ud) {
        const [y, x] = harmonise(a, b);
        pair = { from: x, to: y, explicit: (ud[1] ?? "").toLowerCase() === "up" ? "up" : "down", start: a.qualifierStart, end: b.end };
      }
    }
    if (pair && pair.from.unit === pair.to.unit && pair.from.value > 0) pairs.push(pair);
  }
  // "The figure for July through September was up from 3.1 percent": the new value is the previous
  // sentence's last number of the same unit.
  for (let i = 0; i < measures.length; i++) {
    const x = measures[i] as Measure;
    const before = text.slice(Math.max(0, x.qualifierStart - 30), x.qualifierStart);
    const ud = LONE_UP_DOWN_FROM.exec(before);
    if (!ud) continue;
    const s = doc.sentences[x.sentence];
    if (!s || measures.some((m) => m.sentence === x.sentence && m.end <= x.start)) continue;
    let y: Measure | undefined;
    for (let j = i - 1; j >= 0; j--) {
      const m = measures[j] as Measure;
      if (m.sentence < x.sentence - 1) break;
      if (m.sentence === x.sentence - 1 && m.unit === x.unit) {
        y = m;
        break;
      }
    }
    if (!y || x.value <= 0) continue;
    const at = x.qualifierStart - before.length + ud.index;
    pairs.push({ from: x, to: y, explicit: (ud[1] ?? "").toLowerCase() === "up" ? "up" : "down", start: at, end: x.end });
  }
  return pairs;
}

/** [lo, hi] of the relative change in percent, of the difference, given how each end was rounded. */
function changeRanges(p: Pair): { relative: [number, number]; difference: [number, number] } {
  const xs = [p.from.value - p.from.precision, p.from.value + p.from.precision].filter((v) => v > 0);
  const ys = [p.to.value - p.to.precision, p.to.value + p.to.precision];
  const rel: number[] = [];
  const diff: number[] = [];
  for (const x of xs.length ? xs : [p.from.value]) for (const y of ys) {
    rel.push((100 * Math.abs(y - x)) / x);
    diff.push(Math.abs(y - x));
  }
  const crossesZero = p.to.value - p.to.precision <= p.from.value + p.from.precision && p.to.value + p.to.precision >= p.from.value - p.from.precision;
  return {
    relative: [crossesZero ? 0 : Math.min(...rel), Math.max(...rel)],
    difference: [crossesZero ? 0 : Math.min(...diff), Math.max(...diff)],
  };
}

interface StatedChange {
  measure: Measure;
  start: number;
  end: number;
}

/** The change the clause states as a number: "a 6 percent rise", "an increase of 0.5 percent", "rose 8 percent". */
function statedChange(doc: ParsedDocument, p: Pair, measures: readonly Measure[]): StatedChange | null {
  const { text } = doc;
  const s = doc.sentences[p.from.sentence];
  if (!s) return null;
  let best: StatedChange | null = null;
  let bestDistance = Infinity;
  for (const m of measures) {
    if (m.sentence !== p.from.sentence || m === p.from || m === p.to || m.start === p.from.start || m.start === p.to.start) continue;
    if (m.unit !== "percent" && m.unit !== "points" && m.unit !== p.to.unit) continue;
    const after = text.slice(m.end, m.end + 30);
    const before = text.slice(Math.max(s.start, m.qualifierStart - 45), m.qualifierStart);
    const isStated =
      new RegExp(`^[- ](?:${CHANGE_NOUNS})\\b`, "i").test(after) ||
      new RegExp(`\\b(?:${CHANGE_NOUNS})\\s+of\\s+${QUAL}$`, "i").test(before) ||
      new RegExp(`\\b(?:${UP_WORDS}|${DOWN_WORDS})\\s+(?:by\\s+)?${QUAL}$`, "i").test(before) ||
      /\bby\s+$/i.test(before) ||
      /^\s+(?:higher|lower|more|less)\b(?!\s+than)/i.test(after);
    if (!isStated) continue;
    const distance = m.start > p.end ? m.start - p.end : m.end <= p.start ? p.start - m.end : Infinity;
    // The stated change belongs to the pair when no other number sits between them.
    const lo = Math.min(m.end, p.start);
    const hi = Math.max(m.start, p.end);
    if (measures.some((o) => o !== m && o.start >= lo && o.end <= hi && o.start !== p.from.start && o.start !== p.to.start)) continue;
    if (distance < bestDistance && distance < 80) {
      best = { measure: m, start: m.qualifierStart, end: m.end };
      bestDistance = distance;
    }
  }
  return best;
}

/** The direction the words give the pair: "rose to … from …", "cut the deficit to …", "up from". */
function claimedDirection(doc: ParsedDocument, p: Pair, measures: readonly Measure[]): { down: boolean; start: number; end: number } | null {
  if (p.explicit) {
    const at = doc.text.lastIndexOf(p.explicit, p.from.qualifierStart);
    return { down: p.explicit === "down", start: at, end: at + p.explicit.length };
  }
  const s = doc.sentences[p.from.sentence];
  if (!s) return null;
  // The clause before the pair: back to the previous number, semicolon or sentence start.
  let from = s.start;
  // A number that is itself the stated change ("rose 3 points to 61 percent") belongs to the clause.
  const isStatedChange = (m: Measure): boolean => new RegExp(`\\b(?:${UP_WORDS}|${DOWN_WORDS})\\s+(?:by\\s+)?${QUAL}$`, "i").test(doc.text.slice(Math.max(s.start, m.qualifierStart - 30), m.qualifierStart));
  for (const m of measures) if (m.sentence === p.from.sentence && m.end <= p.start && m.end > from && !isStatedChange(m)) from = m.end;
  const clauseBreak = Math.max(doc.text.lastIndexOf(";", p.start), doc.text.lastIndexOf(" while ", p.start), doc.text.lastIndexOf(", and ", p.start), doc.text.lastIndexOf(" but ", p.start));
  if (clauseBreak > from) from = clauseBreak;
  const window = doc.text.slice(from, p.start);
  let last: RegExpExecArray | null = null;
  DIRECTION_RE.lastIndex = 0;
  for (let m = DIRECTION_RE.exec(window); m !== null; m = DIRECTION_RE.exec(window)) last = m;
  if (!last || last[1] === undefined) return null;
  // "down from … to …" style words right before "from" are read by `explicit`; "up to" means at most.
  const word = last[1].toLowerCase();
  if ((word === "up" || word === "down") && /^\s+to\b/.test(window.slice(last.index + last[0].length))) return null;
  if (p.start - (from + last.index) > 60) return null;
  return { down: DOWN_SET.has(word) || word.startsWith("edged down"), start: from + last.index, end: from + last.index + last[0].length };
}

const LONE_CHANGE_RE = new RegExp(`\\b(?:(${UP_WORDS}|${DOWN_WORDS})\\s+(?:by\\s+)?|(?:${CHANGE_NOUNS})\\s+of\\s+)${QUAL}$`, "i");
// "raising the property tax levy by 3.1 percent": the verb, its object, then "by".
const OBJECT_CHANGE_RE = new RegExp(`\\b(${UP_WORDS}|${DOWN_WORDS})\\s+(?:the|its|their|his|her)\\s+(?:[a-z-]+\\s+){0,3}[a-z-]+\\s+by\\s+${QUAL}$`, "i");

/**
 * "Humpback whales declined by about 40 percent …" followed by "the population fell to about 26,000
 * from roughly 33,000": a change stated in one sentence, its two ends in one of the next two.
 */
function detachedChanges(doc: ParsedDocument, pairs: readonly Pair[], measures: readonly Measure[]): Array<{ stated: StatedChange; pair: Pair; down: boolean | null }> {
  const out: Array<{ stated: StatedChange; pair: Pair; down: boolean | null }> = [];
  const pairSentences = new Set(pairs.map((p) => p.from.sentence));
  for (const m of measures) {
    if (m.unit !== "percent" || pairSentences.has(m.sentence)) continue;
    const s = doc.sentences[m.sentence];
    if (!s) continue;
    const before = doc.text.slice(Math.max(s.start, m.qualifierStart - 40), m.qualifierStart);
    const c = LONE_CHANGE_RE.exec(before) ?? OBJECT_CHANGE_RE.exec(doc.text.slice(Math.max(s.start, m.qualifierStart - 70), m.qualifierStart));
    if (!c) continue;
    const alone = !measures.some((o) => o.sentence === m.sentence && o !== m && o.unit !== "percent" && o.unit !== "points");
    // The thing changed, named by its last two words ("the property tax levy by 3.1 percent" → "tax levy"):
    // its two ends may come paragraphs later when the same name comes with them.
    const named = (doc.text.slice(Math.max(s.start, m.qualifierStart - 40), m.qualifierStart).toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((w) => !COMMON.has(w) && !DIRECTION_WORDS.has(w) && w !== "by" && w !== "the");
    const bigram = named.length >= 2 ? `${named[named.length - 2]} ${named[named.length - 1]}` : null;
    const pair = pairs.find((p) => {
      const d = p.from.sentence - m.sentence;
      const ps0 = doc.sentences[p.from.sentence];
      if (d > 2 && d <= 12 && bigram && ps0 && ps0.text.toLowerCase().includes(bigram) && p.from.unit !== "percent" && !measures.some((o) => o.sentence === p.from.sentence && (o.unit === "percent" || o.unit === "points"))) return true;
      if (d < 1 || d > 2) return false;
      const ps = doc.sentences[p.from.sentence];
      // A rate's change told elsewhere is too easily a different rate's ("spending rose 1.9 percent" … "inflation, up from 2.5 percent").
      if (!ps || p.from.unit === "percent" || measures.some((o) => o.sentence === p.from.sentence && (o.unit === "percent" || o.unit === "points"))) return false;
      if (d === 1 && alone) return true;
      const nearby = doc.text.slice(Math.max(s.start, m.qualifierStart - 30), m.qualifierStart).toLowerCase().match(/[a-z]{4,}/g) ?? [];
      return nearby.some((w) => !COMMON.has(w) && !DIRECTION_WORDS.has(w) && ps.text.toLowerCase().includes(w));
    });
    if (!pair) continue;
    const word = (c[1] ?? "").toLowerCase();
    out.push({ stated: { measure: m, start: m.qualifierStart, end: m.end }, pair, down: word ? DOWN_SET.has(word) : null });
  }
  return out;
}
const DIRECTION_WORDS = new Set([...UP_WORDS.split("|"), ...DOWN_WORDS.split("|")]);
const COMMON = new Set("that this with from have will would their which about after before said says year years percent last month week more than also into".split(" "));

export const numericStatedChange: FlagRule = {
  id: "numeric.stated-change",
  kind: "numeric_inconsistency",
  severity: "medium",
  defersToEarlierRules: true,
  description: "A change stated beside its two ends that does not follow from them: a wrong percentage or point change, or a rise to a smaller number.",
  detect(doc) {
    const flags: DetectedFlag[] = [];
    const measures = doc.measures;
    for (const p of findChangePairs(doc, measures)) {
      if (doc.inQuote(p.start)) continue;
      const ends = `${formatValue(p.from.value, p.from.unit)} to ${formatValue(p.to.value, p.to.unit)}`;
      const dir = claimedDirection(doc, p, measures);
      const gap = p.to.value - p.from.value;
      const clear = Math.abs(gap) > p.from.precision + p.to.precision;
      if (dir && clear && dir.down !== gap < 0) {
        const word = doc.text.slice(dir.start, dir.end);
        flags.push(
          makeFlag(numericStatedChange, doc, `${quote(word)} says the value went ${dir.down ? "down" : "up"}, but ${ends} is ${gap < 0 ? "a fall" : "a rise"}.`, [
            [dir.start, dir.end],
            [p.start, p.end],
          ]),
        );
        continue;
      }
      const stated = statedChange(doc, p, measures);
      if (!stated) continue;
      const { relative, difference } = changeRanges(p);
      const m = stated.measure;
      const bothPercent = p.from.unit === "percent";
      let ok: boolean;
      let computed: string;
      if (m.unit === "points") {
        ok = fits(difference, m);
        computed = `${formatValue((difference[0] + difference[1]) / 2)} points`;
      } else if (m.unit === "percent") {
        ok = fits(relative, m) || (bothPercent && fits(difference, { ...m, unit: "points" }));
        const mid = (100 * Math.abs(p.to.value - p.from.value)) / p.from.value;
        computed = bothPercent ? `${formatValue(mid)}% (or ${formatValue(Math.abs(gap))} points)` : `${formatValue(mid)}%`;
      } else {
        ok = fits(difference, m);
        computed = formatValue(Math.abs(gap), p.to.unit);
      }
      if (ok) continue;
      const statedText = doc.text.slice(stated.start, stated.end);
      flags.push(
        makeFlag(numericStatedChange, doc, `The change from ${ends} is ${computed}, not ${quote(statedText)}.`, [
          [stated.start, stated.end],
          [p.start, p.end],
        ]),
      );
    }
    for (const { stated, pair: p, down } of detachedChanges(doc, findChangePairs(doc, measures), measures)) {
      const gap = p.to.value - p.from.value;
      if (down !== null && down !== gap < 0) continue;
      const { relative, difference } = changeRanges(p);
      if (fits(relative, stated.measure) || (p.from.unit === "percent" && fits(difference, { ...stated.measure, unit: "points" }))) continue;
      const ends = `${formatValue(p.from.value, p.from.unit)} to ${formatValue(p.to.value, p.to.unit)}`;
      flags.push(
        makeFlag(numericStatedChange, doc, `The change from ${ends} is ${formatValue((100 * Math.abs(gap)) / p.from.value, "percent")}, not ${quote(doc.text.slice(stated.start, stated.end))}.`, [
          [stated.start, stated.end],
          [p.start, p.end],
        ]),
      );
    }
    return flags;
  },
};
