import { describe, it, expect } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readCheckworthiness, type LabeledSentence } from "../../../lib/analysis/training/read-checkworthiness";
import { splitValidation } from "../../../lib/analysis/training/split-validation";
import { measureF1 } from "../../../lib/analysis/training/measure-f1";
import { tuneThreshold } from "../../../lib/analysis/training/tune-threshold";
import { fitLogisticRegression, predictLogits, type SparseMatrix } from "../../../lib/analysis/training/fit-logistic-regression";

describe("readCheckworthiness", () => {
  it("unquotes CSV-style fields and re-splits the glued record of the published file", () => {
    const dir = mkdtempSync(join(tmpdir(), "cw-"));
    const path = join(dir, "t.tsv");
    writeFileSync(
      path,
      'Sentence_id\tText\tclass_label\n1\t"He said, ""Yes, I think that\'s fair."""\tNo\n' +
        "2\tWe've got to invest and grow.\tNo3\tYou can't bring back jobs.\tYes\n",
    );
    expect(readCheckworthiness(path)).toEqual([
      { id: "1", text: 'He said, "Yes, I think that\'s fair."', label: false },
      { id: "2", text: "We've got to invest and grow.", label: false },
      { id: "3", text: "You can't bring back jobs.", label: true },
    ]);
  });
});

describe("splitValidation", () => {
  const rows: LabeledSentence[] = Array.from({ length: 1000 }, (_, i) => ({
    id: String(i),
    text: i % 100 === 0 ? "Thank you." : `Sentence ${i}`,
    label: i % 4 === 0,
  }));

  it("is seeded, stratified and keeps repeated texts on one side", () => {
    const a = splitValidation(rows, 0.2, 1);
    expect(splitValidation(rows, 0.2, 1)).toEqual(a);
    expect(splitValidation(rows, 0.2, 2).validation).not.toEqual(a.validation);
    expect(a.train.length + a.validation.length).toBe(rows.length);
    const yesShare = a.validation.filter((r) => r.label).length / a.validation.length;
    expect(yesShare).toBeGreaterThan(0.22);
    expect(yesShare).toBeLessThan(0.28);
    const inTrain = a.train.some((r) => r.text === "Thank you.");
    const inValidation = a.validation.some((r) => r.text === "Thank you.");
    expect(inTrain && inValidation).toBe(false);
  });
});

describe("measureF1 and tuneThreshold", () => {
  it("computes the Yes-class metrics and picks the best threshold", () => {
    const scores = [0.9, 0.8, 0.6, 0.4, 0.2, 0.1];
    const labels = [true, true, false, true, false, false];
    const m = measureF1(scores, labels, 0.5);
    expect(m).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 1 });
    expect(m.f1).toBeCloseTo(2 / 3);
    const tuned = tuneThreshold(scores, labels);
    expect(tuned.metrics.f1).toBeGreaterThanOrEqual(m.f1);
    expect(tuned.threshold).toBeGreaterThan(0.2);
    expect(tuned.threshold).toBeLessThanOrEqual(0.4);
  });
});

describe("fitLogisticRegression", () => {
  it("learns a separable toy problem deterministically", () => {
    // Column 0 marks positives, column 1 negatives, column 2 is noise present everywhere.
    const rows = [[0, 2], [0, 2], [1, 2], [1, 2], [0], [1]];
    const y = Uint8Array.from([1, 1, 0, 0, 1, 0]);
    const indptr = Int32Array.from([0, ...rows.map((_, i) => rows.slice(0, i + 1).flat().length)]);
    const X: SparseMatrix = {
      rows: rows.length,
      cols: 3,
      indptr,
      indices: Int32Array.from(rows.flat()),
      values: new Float64Array(rows.flat().length).fill(1),
    };
    const fit = fitLogisticRegression(X, y, { l2: 0.01 });
    expect(fit.weights[0]).toBeGreaterThan(1);
    expect(fit.weights[1]).toBeLessThan(-1);
    const logits = predictLogits(X, fit);
    y.forEach((label, i) => expect((logits[i] ?? 0) > 0).toBe(label === 1));
    expect(fitLogisticRegression(X, y, { l2: 0.01 }).weights).toEqual(fit.weights);
  });
});
