import { describe, it, expect } from "vitest";
import { statSync } from "node:fs";
import { scoreSentence, type ScoreReason } from "../../../lib/analysis/score-sentence";
import { DEFAULT_CLAIM_THRESHOLD } from "../../../lib/analysis/analyze-text";

const reason = (reasons: ScoreReason[], code: string) => reasons.find((r) => r.code === code);

describe("scoreSentence", () => {
  it("scores a numeric, attributed factual sentence above the threshold, saying why", () => {
    const { score, reasons } = scoreSentence(
      "According to the Labor Department, unemployment fell to 3.5 percent in March 2019, the lowest rate in 50 years.",
    );
    expect(score).toBeGreaterThanOrEqual(DEFAULT_CLAIM_THRESHOLD);
    expect(score).toBeGreaterThan(0.8);
    expect(reason(reasons, "percentage")?.label).toContain("3.5 percent");
    expect(reason(reasons, "percentage")?.weight).toBeGreaterThan(0);
    expect(reason(reasons, "date")?.label).toContain("March 2019");
    expect(reason(reasons, "number")?.label).toContain("50");
    expect(reason(reasons, "attribution")?.label).toContain("According to");
    expect(reason(reasons, "actor")?.label).toContain("Labor Department");
    expect(reason(reasons, "comparison")?.label).toMatch(/fell|lowest/);
  });

  it("scores an opinion low, with a negative opinion reason", () => {
    const { score, reasons } = scoreSentence("I think that's wonderful.");
    expect(score).toBeLessThan(DEFAULT_CLAIM_THRESHOLD);
    expect(score).toBeLessThan(0.1);
    const opinion = reason(reasons, "opinion");
    expect(opinion?.weight).toBeLessThan(0);
    expect(opinion?.label).toContain("I think");
    expect(opinion?.label).toContain("wonderful");
  });

  it("lowers the score of a hedged version of the same claim", () => {
    const plain = scoreSentence("Unemployment fell to 3.5 percent in 2019.");
    const hedged = scoreSentence("Unemployment may have fallen to 3.5 percent in 2019.");
    expect(hedged.score).toBeLessThan(plain.score);
    expect(reason(hedged.reasons, "hedge")?.weight).toBeLessThan(0);
    expect(reason(hedged.reasons, "hedge")?.label).toContain("may");
    expect(reason(plain.reasons, "hedge")).toBeUndefined();
  });

  it("names the amount of money and the date it found", () => {
    const { reasons } = scoreSentence("We spent $4 trillion on the war between 2003 and 2011.");
    expect(reason(reasons, "money")?.label).toContain("$4 trillion");
    expect(reason(reasons, "date")?.label).toContain("2003");
    expect(reason(reasons, "date")?.label).toContain("2011");
  });

  it("finds the full date and the percentages of the demo article", () => {
    const date = scoreSentence("He was inaugurated as president on January 20, 2025.");
    expect(reason(date.reasons, "date")?.label).toContain("January 20, 2025");
    const tariffs = scoreSentence("The U.S. will reduce tariffs on Chinese imports from 57 percent to 47 percent.");
    expect(reason(tariffs.reasons, "percentage")?.label).toContain("57 percent, 47 percent");
  });

  it("treats questions and very short sentences as less check-worthy", () => {
    const question = scoreSentence("Did unemployment really fall last year?");
    expect(reason(question.reasons, "question")?.weight).toBeLessThan(0);
    expect(question.score).toBeLessThan(scoreSentence("Unemployment really fell last year.").score);
    expect(reason(scoreSentence("Thank you.").reasons, "short")?.label).toContain("2 words");
  });

  it("does not call a sentence-opening word a named actor", () => {
    const { reasons } = scoreSentence("Underneath the headlines, the balance favours China.");
    expect(reason(reasons, "actor")?.label).toBe("names a person, country or organisation: China");
  });

  it("keeps every reason readable and every score within [0, 1]", () => {
    for (const text of ["", "?", "…", "a".repeat(10_000), "Thank you.", "The 🚀 cost $3 billion in 2020."]) {
      const { score, reasons } = scoreSentence(text);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
      for (const r of reasons) {
        expect(r.label.length).toBeGreaterThan(5);
        expect(Number.isFinite(r.weight)).toBe(true);
      }
    }
  });

  it("orders reasons from the one raising the score most to the one lowering it most", () => {
    const { reasons } = scoreSentence("Unemployment may have fallen to 3.5 percent in 2019, I think.");
    const weights = reasons.map((r) => r.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
  });

  it("is deterministic", () => {
    const text = "Beijing agreed to suspend export curbs on rare earths for one year.";
    expect(scoreSentence(text)).toEqual(scoreSentence(text));
  });

  it("ships a small model file", () => {
    const size = statSync(new URL("../../../lib/analysis/model/checkworthiness.json", import.meta.url)).size;
    expect(size).toBeLessThan(1.5 * 1024 * 1024);
  });
});
