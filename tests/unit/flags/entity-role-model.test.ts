// entity.role-model: the article's own account of who did what to whom, against a later sentence that
// turns it round or gives a party the other side's part. Sentences written apart from the corpus.
import { describe, expect, it } from "vitest";
import { anchors, flagsOf, published } from "./helpers";

const rule = (text: string) => flagsOf("entity.role-model", text, published("2026-03-10"));

describe("entity.role-model: an act turned round", () => {
  it("flags a win over the side that won, resolving a short name to the full one", () => {
    const flags = rule("Harwick Rovers beat Dunmore Athletic 2-0 on Saturday. Dunmore's victory over Harwick was its first of the season.");
    expect(anchors(flags)).toEqual(["Dunmore's victory over Harwick"]);
    expect(flags[0]?.explanation).toMatch(/'Harwick Rovers beat Dunmore Athletic', but here .*turns it round/);
    expect(rule("Harwick Rovers beat Dunmore Athletic 2-0 on Saturday. Harwick's victory over Dunmore was its first of the season.")).toEqual([]);
  });

  it("flags a takeover told the other way, active then nominal", () => {
    const turned = rule("Pellor Labs agreed on Tuesday to buy the drug maker Quint Bio for $900 million. Analysts said Quint Bio's acquisition of Pellor would face scrutiny.");
    expect(anchors(turned)).toEqual(["Quint Bio's acquisition of Pellor"]);
    expect(rule("Pellor Labs agreed on Tuesday to buy the drug maker Quint Bio for $900 million. Analysts said Pellor's acquisition of Quint Bio would face scrutiny.")).toEqual([]);
  });
});

describe("entity.role-model: a party given the other side's part", () => {
  it("flags the one being bought as the one who pays", () => {
    const flags = rule("Pellor Labs agreed on Tuesday to buy the drug maker Quint Bio for $900 million. One analyst said Quint Bio was paying too much.");
    expect(anchors(flags)).toEqual(["Quint Bio was paying"]);
    expect(flags[0]?.explanation).toMatch(/makes Pellor Labs the buyer/);
    expect(rule("Pellor Labs agreed on Tuesday to buy the drug maker Quint Bio for $900 million. One analyst said Pellor was paying too much.")).toEqual([]);
  });

  it("flags the loser of a race being sworn in", () => {
    const text = (who: string) =>
      `Councilwoman Maria Ortega won the race on Tuesday, defeating the incumbent, Mayor Dan Pruitt. Pruitt conceded late in the evening. ${who} will be sworn in next month.`;
    expect(anchors(rule(text("Pruitt")))).toEqual(["Pruitt will be sworn in"]);
    expect(rule(text("Ortega"))).toEqual([]);
  });

  it("flags the side that sued called the defendant, and its appeal after the ruling went its way", () => {
    const base = "The Farmers Union of Ohio sued Belmont Grain in 2023. A judge ordered Belmont Grain to pay $5 million on Monday.";
    const defendant = rule(`${base} That left the union as the only defendant.`);
    expect(anchors(defendant)).toEqual(["the union as the only defendant"]);
    expect(defendant[0]?.explanation).toMatch(/plaintiff in 'Farmers Union of Ohio sued Belmont Grain'/);
    expect(rule(`${base} That left Belmont as the only defendant.`)).toEqual([]);
    expect(anchors(rule(`${base} Belmont said it would oppose any appeal by the union.`))).toEqual(["appeal by the union"]);
    expect(rule(`${base} The union said it would oppose any appeal by Belmont.`)).toEqual([]);
  });

  it("flags a party the article shows being fined ordering its regulator", () => {
    const flags = rule("State inspectors fined Harlow Clinic $300,000 in May. Harlow Clinic later ordered the Department of Health to file a report.");
    expect(anchors(flags)).toEqual(["Harlow Clinic later ordered the Department of Health"]);
    expect(flags[0]?.explanation).toMatch(/as the one overseen \('fined Harlow Clinic'\)/);
    expect(rule("State inspectors fined Harlow Clinic $300,000 in May. The Department of Health later ordered Harlow Clinic to file a report.")).toEqual([]);
  });
});

describe("entity.pronoun-gender: a person speaking of themselves with the other gender's pronoun", () => {
  const pronoun = (text: string) => flagsOf("entity.pronoun-gender", text, published("2026-03-10"));

  it("flags 'Okwu said she' after the article introduces Martin Okwu", () => {
    const flags = pronoun("The study's author, Professor Martin Okwu, agreed to the retraction. The committee met twice. Okwu said she regretted the delay.");
    expect(anchors(flags)).toEqual(["Okwu said she"]);
    expect(flags[0]?.explanation).toMatch(/introduces 'Martin Okwu' with a male given name/);
    expect(pronoun("The study's author, Professor Martin Okwu, agreed to the retraction. The committee met twice. Okwu said he regretted the delay.")).toEqual([]);
  });

  it("stays silent when a woman named just before may be the one meant", () => {
    expect(pronoun("Professor Martin Okwu wrote to Fiona Gale on Monday. Okwu said she had not replied.")).toEqual([]);
  });
});
