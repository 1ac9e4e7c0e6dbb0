// The shared parse the rules read: sentences, dates, actors.
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../../lib/flags/nlp/document";

describe("parseDocument", () => {
  it("splits sentences without breaking at abbreviations", () => {
    const doc = parseDocument("The U.S. President met Mr. Smith on Oct. 30 in Washington. It rained in the U.S. The end.");
    expect(doc.sentences.map((s) => doc.sentenceText(s.index))).toEqual([
      "The U.S. President met Mr. Smith on Oct. 30 in Washington.",
      "It rained in the U.S.",
      "The end.",
    ]);
  });

  it("finds explicit dates, resolving a missing year from the publication date", () => {
    const doc = parseDocument("The summit on October 30, 2025 was followed by talks on Jan. 20 and a vote in March 2026.", new Date("2025-11-15T10:00:00Z"));
    expect(doc.dates.map((d) => [d.text, d.date.toISOString().slice(0, 10), d.granularity, d.yearExplicit])).toEqual([
      ["October 30, 2025", "2025-10-30", "day", true],
      ["Jan. 20", "2026-01-20", "day", false],
      ["March 2026", "2026-03-01", "month", true],
    ]);
  });

  it("resolves capitals, governments, leaders and demonyms to their country", () => {
    const doc = parseDocument("Chinese President Xi Jinping told Washington that Beijing and the Kremlin would not bow to the U.S. or the EU in Brussels.");
    expect(doc.actors.map((a) => `${a.text}=${a.actorId}/${a.form}`)).toEqual([
      "Chinese=china/demonym",
      "Xi Jinping=china/leader",
      "Washington=united-states/capital",
      "Beijing=china/capital",
      "Kremlin=russia/government",
      "U.S.=united-states/name",
      "EU=european-union/name",
      "Brussels=european-union/capital",
    ]);
  });

  it("does not take the pronoun 'us' for the United States", () => {
    const doc = parseDocument("Tell us more. US officials agreed.");
    expect(doc.actors.map((a) => a.text)).toEqual(["US"]);
  });

  it("knows what is inside quotation marks", () => {
    const text = 'He said "it is clearly over" and left.';
    const doc = parseDocument(text);
    expect(doc.inQuote(text.indexOf("clearly"))).toBe(true);
    expect(doc.inQuote(text.indexOf("left"))).toBe(false);
  });
});
