// The entity detectors: a role model of the people in the article, built from its own sentences.
import { describe, expect, it } from "vitest";
import { flagsOfKind, published } from "./helpers";

const day = published("2025-06-11");

describe("entity.conflicting-roles", () => {
  it("flags one person with two employers or two exclusive jobs", () => {
    const ceo = "Coastal's chief executive, Renata Silva, will become president. \"We can compete,\" said Northstar's chief executive, Renata Silva, on Monday.";
    expect(flagsOfKind("entity_mixup", ceo, day)).toHaveLength(1);
    const polis = "Gov. Jared Polis activated the Guard. \"This storm is rare,\" said Jared Polis, a meteorologist at the National Weather Service office in Boulder.";
    expect(flagsOfKind("entity_mixup", polis, day)).toHaveLength(1);
  });

  it("does not flag the same role told twice, or a former one", () => {
    const same = "Coastal's chief executive, Renata Silva, spoke first. Renata Silva, Coastal's chief executive, said more later.";
    expect(flagsOfKind("entity_mixup", same, day)).toEqual([]);
    const former = "Mark Carney, a former governor of the Bank of Canada, spoke. Mark Carney, an economist at Brookfield, said more.";
    expect(flagsOfKind("entity_mixup", former, day)).toEqual([]);
  });
});

describe("entity.contradictory-outcome", () => {
  it("flags the winner who concedes, and a speaker congratulating herself", () => {
    const race = "Daniela Ruiz won the runoff for mayor on Tuesday, defeating Tom Whitaker. Ruiz conceded shortly before 11 p.m.";
    expect(flagsOfKind("entity_mixup", race, day)).toHaveLength(1);
    expect(flagsOfKind("entity_mixup", race.replace("Ruiz conceded", "Whitaker conceded"), day)).toEqual([]);
    const self = "Nina Alvarez lost to Thomas Keller. Alvarez conceded in a statement. \"I congratulate Senator Alvarez,\" she said.";
    expect(flagsOfKind("entity_mixup", self, day).length).toBeGreaterThan(0);
  });
});

describe("entity.role-conflict", () => {
  it("flags a sponsor voting against, an author dissenting, a requester approving", () => {
    const sponsor = "County Executive Renee Castillo, who proposed the plan in August, defended it. Castillo, who voted against the budget, said taxes were too high.";
    expect(flagsOfKind("entity_mixup", sponsor, day)).toHaveLength(1);
    const court = "The decision, written by Justice Amy Coney Barrett, limits injunctions. In a dissent joined by Justice Elena Kagan, Justice Amy Coney Barrett called it a travesty.";
    expect(flagsOfKind("entity_mixup", court, day)).toHaveLength(1);
    const declaration = "President Trump approved a major disaster declaration on Sunday. Trump had requested the declaration on Saturday.";
    expect(flagsOfKind("entity_mixup", declaration, day)).toHaveLength(1);
    expect(flagsOfKind("entity_mixup", declaration.replace("Trump had requested", "Gov. Greg Abbott had requested"), day)).toEqual([]);
  });

  it("flags a regulator fined by the party it regulates", () => {
    expect(flagsOfKind("entity_mixup", "The city fined the Environmental Protection Agency $250,000 in 2023.", day)).toHaveLength(1);
    expect(flagsOfKind("entity_mixup", "The Environmental Protection Agency fined the city $250,000 in 2023.", day)).toEqual([]);
  });
});
