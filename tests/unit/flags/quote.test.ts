import { describe, expect, it } from "vitest";
import { quote } from "../../../lib/flags/nlp/text";

describe("quote", () => {
  it("keeps short text whole", () => {
    expect(quote("China clearly achieved its goal.")).toBe("'China clearly achieved its goal.'");
  });

  it("shortens long text in the middle between whole words", () => {
    const text = "But for now, China clearly achieved its desired goal: an diplomatic win, some reduction in U.S. pressure relief, and an enhanced global standing.";
    const q = quote(text);
    expect(q.startsWith("'But for now, China clearly achieved its desired goal:")).toBe(true);
    expect(q.endsWith(" enhanced global standing.'")).toBe(true);
    expect(q).toContain(" … ");
    for (const word of q.slice(1, -1).split(" ")) if (word !== "…") expect(text.split(" ")).toContain(word);
  });
});
