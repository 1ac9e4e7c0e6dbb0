import { describe, expect, it } from "vitest";
import { anchors, flagsOf } from "./helpers";

const rule = "entity.stray-actor";

const story =
  "The U.S. and China agreed a truce. The outcome appears more favorable for China than expected. " +
  "China gains both reputational advantage and leverage, while the U.S. gets promises. " +
  "This agreement gives China breathing space, while U.S. commitments may prove fleeting. ";

describe("entity.stray-actor", () => {
  it("flags an actor named once in a role the article gives to another", () => {
    const flags = flagsOf(rule, `${story}By contrast, Reuters notes that Brazil would benefit most from any easing in export restrictions by Beijing.`);
    expect(anchors(flags)).toEqual(["Brazil would benefit most"]);
    expect(flags[0]?.explanation).toContain("China");
    expect(flags[0]?.spans.length).toBeGreaterThan(1);
  });

  it("leaves alone third parties added to the story, and actors named several times", () => {
    const clean = [
      `${story}Brazil could also benefit from any easing in export restrictions by Beijing.`,
      `${story}Exporters in countries such as Brazil would benefit from lower U.S. tariffs.`,
      `${story}The meeting took place in Busan, South Korea, on the sidelines of a summit.`,
      "Brazil would benefit most from the deal, Brazil's minister said, and Brazil has said so before. The U.S. and China met. China gains. China gains again. The U.S. waits.",
    ];
    for (const text of clean) expect(flagsOf(rule, text), text).toEqual([]);
  });
});
