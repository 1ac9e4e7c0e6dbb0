import { describe, expect, it } from "vitest";
import { flagsOf } from "./helpers";

const rule = "entity.self-opposition";

describe("entity.self-opposition", () => {
  it("flags an actor used against itself through a metonym", () => {
    const text =
      "China and the United States met in Busan. China holds rare earths; the United States wants them, and the U.S. pays. " +
      "The deal lets Beijing restore export curbs later, giving Beijing another strategic leverage point to use against China in future negotiations.";
    const flags = flagsOf(rule, text);
    expect(flags).toHaveLength(1);
    expect(flags[0]?.spans.map((s) => s.exact)).toEqual(["China", "Beijing", "against"]);
    expect(flags[0]?.explanation).toContain("Beijing stands for China");
    expect(flags[0]?.explanation).toContain("the United States");
    expect(flagsOf(rule, "Analysts described the controls as Beijing's strongest source of leverage over China.")).toHaveLength(1);
    expect(flagsOf(rule, "European leaders urged the United States to impose tougher sanctions on Washington.")).toHaveLength(1);
  });

  it("leaves alone opposition between different actors, locatives, possessives, demonyms and leaders", () => {
    const clean = [
      "The controls are Beijing's strongest source of leverage over Washington.",
      "China said its development did not come at the expense of the United States.",
      "Protesters in Beijing marched against China's new labour rules.",
      "Chinese dissidents abroad campaigned against China for years.",
      "Kremlin spokesman Dmitry Peskov said new sanctions on Russia would not change Moscow's position.",
      "The Kremlin said that sanctions on Russia were illegal.",
      "Trump has long railed against Washington and its habits.",
    ];
    for (const text of clean) expect(flagsOf(rule, text), text).toEqual([]);
  });
});
