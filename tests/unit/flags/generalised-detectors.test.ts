// The detectors built from each kind's principle, on sentences written apart from the corpus: every
// case beside a near miss that must stay silent, and every explanation giving the figure it computed.
import { describe, expect, it } from "vitest";
import { anchors, flagsOfKind, published } from "./helpers";

const june = published("2024-06-15");
const numeric = (text: string) => flagsOfKind("numeric_inconsistency", text, june);

describe("numeric: shares, directions and counts", () => {
  it("flags a share its part and whole contradict, whatever words sit between them", () => {
    const flags = numeric("Of the 120 students surveyed, 38 said they walk to school — about 40 percent.");
    expect(anchors(flags)).toEqual(["about 40 percent"]);
    expect(flags[0]?.explanation).toMatch(/31\.67%/);
    expect(numeric("Of the 120 students surveyed, 38 said they walk to school — about 32 percent.")).toEqual([]);
    expect(numeric("Of the 80 nurses asked, 20 said they plan to leave, or 25 percent.")).toEqual([]);
  });

  it("reads the direction word past the stated change to the two ends it describes", () => {
    const flags = numeric("Turnout rose 3 percentage points to 61 percent from 64 percent in 2020.");
    expect(anchors(flags)).toEqual(["rose"]);
    expect(flags[0]?.explanation).toMatch(/64% to 61% is a fall/);
    expect(numeric("Turnout fell 3 percentage points to 61 percent from 64 percent in 2020.")).toEqual([]);
    expect(numeric("Turnout rose 2 percentage points to 66 percent from 64 percent in 2020.")).toEqual([]);
  });

  it("flags the same set counted twice with different numbers", () => {
    const flags = numeric("Twelve people were injured in the crash. Police said the 15 injured were taken to hospital.");
    expect(anchors(flags)).toEqual(["15"]);
    expect(flags[0]?.explanation).toMatch(/counts 15, but the article first gave 12/);
    expect(numeric("The blast killed 4 and injured 20. Three of the 18 injured were in critical condition.")).toHaveLength(1);
  });

  it("accepts the same count, a subset and a toll the text says was updated", () => {
    expect(numeric("Twelve people were injured in the crash. Police said the 12 injured were taken to hospital.")).toEqual([]);
    expect(numeric("The blast killed 4 and injured 20. Three of the 20 injured were in critical condition.")).toEqual([]);
    expect(numeric("Twelve people were injured in the crash. By evening the toll had risen to 15. Police said the 15 injured were taken to hospital.")).toEqual([]);
    expect(numeric("Twelve people were injured in the crash. Officials said the 40 evacuated residents could return home.")).toEqual([]);
  });
});
