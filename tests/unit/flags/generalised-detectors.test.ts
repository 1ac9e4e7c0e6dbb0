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

  it("checks a change stated early against its two ends given paragraphs later for the same named thing", () => {
    const later = " It cut 22 jobs. Officials defended it. Unions objected. The property tax levy will rise to $98.6 million from $95.6 million.";
    const flags = numeric(`The board approved a budget on Tuesday, raising the property tax levy by 5.1 percent.${later}`);
    expect(anchors(flags)).toEqual(["5.1 percent"]);
    expect(flags[0]?.explanation).toMatch(/3\.14%/);
    expect(numeric(`The board approved a budget on Tuesday, raising the property tax levy by 3.1 percent.${later}`)).toEqual([]);
    expect(numeric(`The board approved a budget on Tuesday, raising the sales tax by 5.1 percent.${later}`)).toEqual([]);
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

const temporal = (text: string) => flagsOfKind("temporal_inconsistency", text, june);

describe("temporal: named periods and spans against their dates", () => {
  it("counts both ends of an event named by its days", () => {
    const flags = temporal("The three-day festival ran from Friday, June 7, to Monday, June 10, 2024.");
    expect(anchors(flags)).toEqual(["three-day"]);
    expect(flags[0]?.explanation).toMatch(/4 days counting both/);
    expect(temporal("The three-day festival ran from Friday, June 7, to Sunday, June 9, 2024.")).toEqual([]);
  });

  it("flags a calendar quarter said to end or begin in another quarter's month, unless it is fiscal", () => {
    const flags = temporal("The first quarter, which ended in June, saw record sales.");
    expect(anchors(flags)).toEqual(["which ended in June"]);
    expect(flags[0]?.explanation).toMatch(/ends in March, not June/);
    expect(temporal("The first quarter, which ended in March, saw record sales.")).toEqual([]);
    expect(temporal("The fiscal first quarter, which ended in June, saw record sales.")).toEqual([]);
    expect(temporal("The second quarter, which began in April, was slower.")).toEqual([]);
  });

  it("flags a month told as part of a season it is not in, accepting the south only when the article is there", () => {
    const flags = temporal("The storm hit in the winter month of August 2023, officials said.");
    expect(anchors(flags)).toEqual(["winter month of August"]);
    expect(flags[0]?.explanation).toMatch(/August is not a winter month/);
    expect(temporal("The storm hit in the winter month of January 2024, officials said.")).toEqual([]);
    expect(temporal("In Sydney, the storm hit in the winter month of August 2023.")).toEqual([]);
  });

  it("flags a weekday the date contradicts", () => {
    expect(anchors(temporal("The festival opened on Tuesday, June 12, 2024."))).toHaveLength(1);
    expect(temporal("The festival opened on Wednesday, June 12, 2024.")).toEqual([]);
  });
});

const entity = (text: string) => flagsOfKind("entity_mixup", text, june);

describe("entity roles: who does what to whom", () => {
  it("flags a company fining its regulator, citing the article's own frame", () => {
    const flags = entity("Acme fined regulators $2 million after the regulator's investigation into Acme's accounts.");
    expect(flags).toHaveLength(1);
    expect(flags[0]?.explanation).toMatch(/the regulator's investigation into Acme/);
    expect(entity("Regulators fined Acme $2 million after the regulator's investigation into Acme's accounts.")).toEqual([]);
    expect(entity("Acme was fined $2 million by regulators after an investigation.")).toEqual([]);
  });

  it("flags a candidate who both won and conceded", () => {
    const flags = entity("Maria Smith won the election with 52 percent of the vote; Tom Jones, who won, conceded on Wednesday.");
    expect(flags).toHaveLength(1);
    expect(flags[0]?.explanation).toMatch(/Tom Jones/);
    expect(entity("Maria Smith won the election with 52 percent of the vote; Tom Jones, who lost, conceded on Wednesday.")).toEqual([]);
  });

  it("flags the proposer of a measure voting against it", () => {
    const flags = entity("Councillor Janet Ray proposed the levy. The measure passed 5-2, with Janet Ray voting against it.");
    expect(flags).toHaveLength(1);
    expect(flags[0]?.explanation).toMatch(/proposer .* opponent/);
    expect(entity("Councillor Janet Ray proposed the levy. The measure passed 5-2, with Tom Hale voting against it.")).toEqual([]);
  });
});
