import { describe, expect, it } from "vitest";
import { PARAGRAPH_BREAK, firstParagraphEnd } from "../../../lib/text/paragraphs";
import { findQuotations, quoteForMessage } from "../../../lib/text/quotations";

describe("findQuotations", () => {
  it("finds curly, straight and single quotations but not apostrophes", () => {
    const text = "He said “we won” and \"they lost\". The Bank’s view: ‘wait’. Done.";
    expect(findQuotations(text).map((q) => text.slice(q.start, q.end))).toEqual(["“we won”", '"they lost"', "‘wait’"]);
  });

  it("treats a paragraph that opens a quotation without closing it as quoted", () => {
    const text = "Intro.\n“First part of a long quote,\n“and its end.”";
    expect(findQuotations(text).map((q) => text.slice(q.start, q.end))).toEqual(["“First part of a long quote,", "“and its end.”"]);
  });
});

describe("quoteForMessage", () => {
  it("shortens in the middle between whole words, with the marks asked for", () => {
    const text = "The council voted on Tuesday night to ask voters in November to approve a property tax levy for buses.";
    const q = quoteForMessage(text, 60, ["“", "”"]);
    expect(q.startsWith("“The council voted")).toBe(true);
    expect(q.endsWith("for buses.”")).toBe(true);
    for (const word of q.slice(1, -1).split(" ")) if (word !== "…") expect(text.split(" ")).toContain(word);
  });
});

describe("paragraphs", () => {
  it("breaks at a blank line, even one holding spaces", () => {
    expect(PARAGRAPH_BREAK.test("a\n  \nb")).toBe(true);
    expect(PARAGRAPH_BREAK.test("a\nb")).toBe(false);
    expect(firstParagraphEnd("Dateline — lede.\n\nSecond.")).toBe(16);
    expect(firstParagraphEnd("One paragraph.")).toBe(14);
  });
});
