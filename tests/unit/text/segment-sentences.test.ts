import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { segmentSentences, type Sentence } from "../../../lib/text/segment-sentences";
import { mulberry32 } from "../../../lib/analysis/training/split-validation";

/** Segments and checks the invariants every result must keep: exact offsets, trimmed, in order. */
function segment(source: string): Sentence[] {
  const sentences = segmentSentences(source);
  let previousEnd = 0;
  for (const s of sentences) {
    expect(s.text).toBe(source.slice(s.start, s.end));
    expect(s.text).toBe(s.text.trim());
    expect(s.text.length).toBeGreaterThan(0);
    expect(s.start).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = s.end;
  }
  return sentences;
}

const texts = (source: string) => segment(source).map((s) => s.text);

describe("segmentSentences", () => {
  it("returns nothing for empty or blank text", () => {
    expect(segment("")).toEqual([]);
    expect(segment("  \n\n\t ")).toEqual([]);
  });

  it("splits plain sentences and trims the whitespace between them", () => {
    const source = "  Talks began.  They ended late!   Who won? ";
    expect(texts(source)).toEqual(["Talks began.", "They ended late!", "Who won?"]);
    expect(segment(source)[0]).toEqual({ index: 0, start: 2, end: 14, text: "Talks began.", paragraph: 0 });
  });

  it("keeps U.S. and U.K. mid-sentence, even before a capitalised name", () => {
    expect(texts("U.S. President Donald Trump met Xi Jinping in Busan. They talked for hours.")).toEqual([
      "U.S. President Donald Trump met Xi Jinping in Busan.",
      "They talked for hours.",
    ]);
    expect(texts("Tariffs on U.K. Steel exports rose. Prices followed.")).toEqual([
      "Tariffs on U.K. Steel exports rose.",
      "Prices followed.",
    ]);
  });

  it("ends a sentence on U.S. when the next word opens a new one", () => {
    expect(texts("The summit was held in the U.S. The next day, markets rose.")).toEqual([
      "The summit was held in the U.S.",
      "The next day, markets rose.",
    ]);
  });

  it("does not split after titles, months, saints and initials", () => {
    expect(texts("Dr. Smith met Mr. Jones and Mrs. Lee on Jan. 5 at St. Mary's Hospital. It rained.")).toEqual([
      "Dr. Smith met Mr. Jones and Mrs. Lee on Jan. 5 at St. Mary's Hospital.",
      "It rained.",
    ]);
    expect(texts("Donald J. Trump signed it on Feb. 3. Nobody objected.")).toEqual([
      "Donald J. Trump signed it on Feb. 3.",
      "Nobody objected.",
    ]);
  });

  it("does not split after e.g., i.e. and etc. mid-sentence", () => {
    expect(texts("Rare earths, e.g. Neodymium, i.e. The magnet metal, etc. are curbed. Beijing agreed.")).toEqual([
      "Rare earths, e.g. Neodymium, i.e. The magnet metal, etc. are curbed.",
      "Beijing agreed.",
    ]);
  });

  it("tells “No. 1” from the answer “No.”", () => {
    expect(texts("China is No. 1 in rare earths. No. It is not.")).toEqual(["China is No. 1 in rare earths.", "No.", "It is not."]);
  });

  it("keeps decimals and amounts inside the sentence", () => {
    expect(texts("Growth was 3.5 percent, or $2.4 billion. Inflation fell to 2.1 percent.")).toEqual([
      "Growth was 3.5 percent, or $2.4 billion.",
      "Inflation fell to 2.1 percent.",
    ]);
  });

  it("keeps a closing quote that follows the period, curly or straight", () => {
    expect(texts("He called it “12 out of 10.” Then he left.")).toEqual(["He called it “12 out of 10.”", "Then he left."]);
    expect(texts('She said "We are done." Talks ended.')).toEqual(['She said "We are done."', "Talks ended."]);
    expect(texts("Trump described it as “12 out of 10”, and left.")).toEqual(["Trump described it as “12 out of 10”, and left."]);
  });

  it("drops list markers and indentation: the sentence starts at its first word", () => {
    const source = "Reasons:\n\n  1. China entered from a strong position.\n    Whereas the U.S. did not.\n  2. Rare earths matter.";
    const sentences = segment(source);
    expect(sentences.map((s) => s.text)).toEqual([
      "Reasons:",
      "China entered from a strong position.",
      "Whereas the U.S. did not.",
      "Rare earths matter.",
    ]);
    expect(sentences[1]?.start).toBe(source.indexOf("China"));
  });

  it("drops bullets, lettered items and heading marks", () => {
    expect(texts("# Trade talks\n- First point here\n* Second point\n(a) Third point\n• Fourth")).toEqual([
      "Trade talks",
      "First point here",
      "Second point",
      "Third point",
      "Fourth",
    ]);
  });

  it("does not mistake a sentence-opening initial for a list marker", () => {
    expect(texts("J. K. Rowling wrote it. Critics agreed.")).toEqual(["J. K. Rowling wrote it.", "Critics agreed."]);
  });

  it("ends a sentence at every line break, with or without a period", () => {
    expect(texts("At Trump trade talks, Xi gained the upper hand\nThe summit was held in Busan\r\nIt lasted two hours")).toEqual([
      "At Trump trade talks, Xi gained the upper hand",
      "The summit was held in Busan",
      "It lasted two hours",
    ]);
    expect(texts("First paragraph.\n\nSecond paragraph.")).toEqual(["First paragraph.", "Second paragraph."]);
  });

  it("never joins across a line break after an abbreviation", () => {
    expect(texts("Made in the U.S.\nChina replied.")).toEqual(["Made in the U.S.", "China replied."]);
  });

  it("splits a dash-led citation from the sentence it trails", () => {
    expect(texts("Analysts called it “closer than ever”. – Al Jazeera + 1.")).toEqual([
      "Analysts called it “closer than ever”.",
      "Al Jazeera + 1.",
    ]);
  });

  it("does not split at a dash after an abbreviation", () => {
    expect(texts("Talks between the U.S. – China delegations resumed. They ended.")).toEqual([
      "Talks between the U.S. – China delegations resumed.",
      "They ended.",
    ]);
  });

  it("keeps em and en dashes inside a sentence", () => {
    expect(texts("They declared a truce — though analysts doubt it – and left.")).toEqual([
      "They declared a truce — though analysts doubt it – and left.",
    ]);
  });

  it("skips stray punctuation and bare markers", () => {
    expect(texts("Done.\n\n1.\n—\n...")).toEqual(["Done."]);
  });

  it("counts offsets in UTF-16 code units (emoji, accents)", () => {
    const source = "Le café 🚀 a fermé. Xi’s plan won.";
    expect(texts(source)).toEqual(["Le café 🚀 a fermé.", "Xi’s plan won."]);
  });

  it("segments the demo article with exact offsets", () => {
    const source = readFileSync(new URL("../../../prisma/seed/demo-article.txt", import.meta.url), "utf8");
    const sentences = segment(source);
    expect(sentences.length).toBeGreaterThan(25);
    expect(sentences[0]?.text).toBe("At Trump trade talks, Chinese leader Xi Jinping gained the upper hand.");
    expect(sentences.some((s) => s.text.startsWith("At a high-profile summit held in Busan, South Korea on October 30, 2025, U.S. President Donald Trump"))).toBe(true);
    expect(sentences.some((s) => s.text === "China entered from a strong position.")).toBe(true);
    expect(sentences.some((s) => /^\d+\./.test(s.text))).toBe(false);
  });

  it("ends a sentence at an ellipsis before a capital, not before a lower-case word", () => {
    expect(texts("He paused... Then he left. The vote was delayed… Nobody knew why.")).toEqual([
      "He paused...",
      "Then he left.",
      "The vote was delayed…",
      "Nobody knew why.",
    ]);
    expect(texts("The plan ... was dropped. The plan… was revived.")).toEqual(["The plan ... was dropped.", "The plan… was revived."]);
  });

  it("keeps URLs, domains and e-mail addresses whole", () => {
    expect(texts("Read it at https://www.example.com/news/2024/story.html today. Officials agreed.")).toEqual([
      "Read it at https://www.example.com/news/2024/story.html today.",
      "Officials agreed.",
    ]);
    expect(texts("Forms are on example.gov. Write to info@city.gov.uk for more.")).toEqual(["Forms are on example.gov.", "Write to info@city.gov.uk for more."]);
  });

  it("keeps middle initials and dotted initials inside the name", () => {
    expect(texts("Sen. Elizabeth A. Warren spoke. Gov. J.B. Pritzker replied.")).toEqual(["Sen. Elizabeth A. Warren spoke.", "Gov. J.B. Pritzker replied."]);
    expect(texts("He cited W. E. B. Du Bois at 10 a.m. Tuesday. She left.")).toEqual(["He cited W. E. B. Du Bois at 10 a.m. Tuesday.", "She left."]);
  });

  it("keeps a quoted question with its speech tag", () => {
    expect(texts("“Is it over?” she asked. “Yes.” He nodded.")).toEqual(["“Is it over?” she asked.", "“Yes.”", "He nodded."]);
    expect(texts("“Why now?” Officials said nothing.")).toEqual(["“Why now?”", "Officials said nothing."]);
  });

  it("numbers sentences and paragraphs", () => {
    const sentences = segment("First para.\n\nSecond para one. Second para two.\nA line of its own.");
    expect(sentences.map((s) => [s.index, s.paragraph])).toEqual([[0, 0], [1, 1], [2, 1], [3, 2]]);
  });

  it("keeps its invariants on seeded random mixtures of the hard cases", () => {
    const pieces = [
      "U.S. ", "Dr. ", "Jan. ", "e.g. ", "etc. ", "3.5 ", "percent. ", "“Quoted.” ", '"Straight." ', "\n", "\n\n",
      "  1. ", "- ", "— ", "– ", "The ", "China ", "said ", "? ", "! ", "🚀 ", "café ", "\r\n", "\t", "(a) ", "No. ", "J. ", "… ", "... ", "https://x.org/a.b ", "“Why?” ", "she ",
    ];
    const random = mulberry32(42);
    for (let round = 0; round < 300; round++) {
      const source = Array.from({ length: 5 + Math.floor(random() * 30) }, () => pieces[Math.floor(random() * pieces.length)]).join("");
      const sentences = segment(source);
      for (const s of sentences) {
        expect(/[\p{L}\p{N}]/u.test(s.text)).toBe(true);
        expect(s.text).not.toMatch(/[\n\r]/);
      }
    }
  });
});
