import type { LabeledSentence } from "./read-checkworthiness";

export interface ValidationSplit {
  train: LabeledSentence[];
  validation: LabeledSentence[];
}

/** The split used by the training script and the benchmark; change it and both change. */
export const VALIDATION_SPLIT = { fraction: 0.2, seed: 20240601 } as const;

/**
 * A seeded, stratified hold-out split. Sentences with the same text (the file has a few dozen
 * repeats such as "Thank you.") go to the same side, so validation never sees a training sentence.
 */
export function splitValidation(
  rows: LabeledSentence[],
  fraction: number = VALIDATION_SPLIT.fraction,
  seed: number = VALIDATION_SPLIT.seed,
): ValidationSplit {
  const groups = new Map<string, LabeledSentence[]>();
  for (const row of rows) {
    const key = row.text.trim().toLowerCase();
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  // Stratify on the group's majority label; groups keep first-seen order before the shuffle.
  const strata: [LabeledSentence[][], LabeledSentence[][]] = [[], []];
  for (const group of groups.values()) {
    const yes = group.filter((r) => r.label).length;
    strata[yes * 2 >= group.length ? 1 : 0].push(group);
  }
  const random = mulberry32(seed);
  const train: LabeledSentence[] = [];
  const validation: LabeledSentence[] = [];
  for (const stratum of strata) {
    shuffle(stratum, random);
    const total = stratum.reduce((n, g) => n + g.length, 0);
    let taken = 0;
    for (const group of stratum) {
      if (taken < total * fraction) {
        validation.push(...group);
        taken += group.length;
      } else {
        train.push(...group);
      }
    }
  }
  return { train, validation };
}

/** The time-ordered split: CT24's sentence ids run in the order of the debates. */
export const TIME_SPLIT = { fraction: 0.2 } as const;

/**
 * Train on the earlier debates, validate on the later ones: the last `fraction` of the sentences by
 * id. Articles arrive after the data a model was trained on; a random split lets the model see the
 * same debate on both sides and overstates what it will do. Validation sentences whose text also
 * occurs in training ("Thank you.") are left out of validation.
 */
export function splitByTime(rows: LabeledSentence[], fraction: number = TIME_SPLIT.fraction): ValidationSplit {
  const ordered = [...rows].sort((a, b) => Number(a.id) - Number(b.id));
  const cut = Math.round(ordered.length * (1 - fraction));
  const train = ordered.slice(0, cut);
  const seen = new Set(train.map((r) => r.text.trim().toLowerCase()));
  const validation = ordered.slice(cut).filter((r) => !seen.has(r.text.trim().toLowerCase()));
  return { train, validation };
}

function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = items[i] as T;
    items[i] = items[j] as T;
    items[j] = tmp;
  }
}

/** A small, well-known seeded PRNG; Math.random cannot be seeded. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
