// The temporal detectors: calendar facts, spans, and dates without a year against the article's date.
import { describe, expect, it } from "vitest";
import { anchors, flagsOfKind, published } from "./helpers";

describe("temporal.calendar", () => {
  it("flags a weekday the date does not fall on, using the article's year", () => {
    const flags = flagsOfKind("temporal_inconsistency", "The department will next update its count on Monday, April 22.", published("2025-04-17"));
    expect(flags).toHaveLength(1);
    expect(flags[0]?.explanation).toContain("Tuesday");
    expect(flagsOfKind("temporal_inconsistency", "The department will next update its count on Tuesday, April 22.", published("2025-04-17"))).toEqual([]);
  });

  it("flags a holiday on the wrong weekday and a holiday the sentence's day is not", () => {
    expect(flagsOfKind("temporal_inconsistency", "The flooding began before dawn on Thursday, the Fourth of July.", published("2025-07-07"))).toHaveLength(1);
    expect(flagsOfKind("temporal_inconsistency", "The flooding began before dawn on Friday, the Fourth of July.", published("2025-07-07"))).toEqual([]);
    const offices = "Schools canceled classes on Monday, and many offices were closed for the Memorial Day holiday.";
    expect(anchors(flagsOfKind("temporal_inconsistency", offices, published("2025-02-17")))).toEqual(["Memorial Day"]);
    expect(flagsOfKind("temporal_inconsistency", offices.replace("Memorial Day", "Presidents' Day"), published("2025-02-17"))).toEqual([]);
  });

  it("flags calendar-quarter months that are not the quarter's", () => {
    const text = "The economy grew at a 2.8 percent rate in the third quarter. The figure for April through June was revised.";
    expect(anchors(flagsOfKind("temporal_inconsistency", text, published("2025-10-30")))).toEqual(["April through June"]);
    expect(flagsOfKind("temporal_inconsistency", text.replace("April through June", "July through September"), published("2025-10-30"))).toEqual([]);
  });

  it("flags a season told as under way that the article's date is not in", () => {
    expect(anchors(flagsOfKind("temporal_inconsistency", "This summer's flu season has become the most severe in 15 years.", published("2025-02-07")))).toEqual(["This summer's"]);
    expect(flagsOfKind("temporal_inconsistency", "This winter's flu season has become the most severe in 15 years.", published("2025-02-07"))).toEqual([]);
  });
});

describe("temporal.span", () => {
  it("flags a duration the dates it spans contradict", () => {
    expect(flagsOfKind("temporal_inconsistency", "The trial lasted five weeks, from June 2 to June 20, and heard 31 witnesses.", published("2025-09-10"))).toHaveLength(1);
    expect(flagsOfKind("temporal_inconsistency", "The trial lasted three weeks, from June 2 to June 20, and heard 31 witnesses.", published("2025-09-10"))).toEqual([]);
    expect(flagsOfKind("temporal_inconsistency", "He sprayed it for 18 years, from 2005 until 2019.", published("2025-08-15"))).toHaveLength(1);
  });

  it("flags an interval that ends before it starts", () => {
    expect(flagsOfKind("temporal_inconsistency", "Counties began the recount on Nov. 12 and had until Nov. 5 to finish.", published("2025-11-26"))).toHaveLength(1);
    expect(flagsOfKind("temporal_inconsistency", "Counties began the recount on Nov. 12 and had until Nov. 25 to finish.", published("2025-11-26"))).toEqual([]);
  });

  it("flags a clock offset that the event's own time contradicts", () => {
    const text = "The storm came ashore at about 8:15 p.m. on Thursday. Deputies began rescues about an hour after landfall, at 11:45 p.m.";
    expect(flagsOfKind("temporal_inconsistency", text, published("2025-10-10"))).toHaveLength(1);
    expect(flagsOfKind("temporal_inconsistency", text.replace("11:45", "9:15"), published("2025-10-10"))).toEqual([]);
  });
});

describe("temporal.dateline-tense", () => {
  it("flags a yearless date told in a tense the article's date contradicts", () => {
    expect(anchors(flagsOfKind("temporal_inconsistency", "Bell, a Democrat, vetoed the measure in August, arguing it was costly.", published("2025-06-05")))).toEqual(["August"]);
    expect(flagsOfKind("temporal_inconsistency", "Bell, a Democrat, vetoed the measure in April, arguing it was costly.", published("2025-06-05"))).toEqual([]);
    expect(anchors(flagsOfKind("temporal_inconsistency", "The court will hear arguments in the case on May 15.", published("2025-06-28")))).toEqual(["May 15"]);
  });

  it("reads a month across the year boundary as the writer means it", () => {
    expect(flagsOfKind("temporal_inconsistency", "The council will hold a hearing on the discount on Jan. 8.", published("2025-11-13"))).toEqual([]);
    expect(flagsOfKind("temporal_inconsistency", "The council held a hearing on the discount on Jan. 8.", published("2025-11-13"))).toHaveLength(1);
    expect(flagsOfKind("temporal_inconsistency", "The mayor, who took office in January, promised homes.", published("2025-10-02"))).toEqual([]);
  });

  it("flags a deictic word beside a date it does not fit, and a plan set last year", () => {
    expect(flagsOfKind("temporal_inconsistency", "She is all but certain to win the general election next week, on Nov. 4, in the district.", published("2025-09-10"))).toHaveLength(1);
    expect(flagsOfKind("temporal_inconsistency", "They plan to update the estimate with new data last year.", published("2025-05-29"))).toHaveLength(1);
    expect(flagsOfKind("temporal_inconsistency", "They plan to update the estimate with new data next year.", published("2025-05-29"))).toEqual([]);
  });
});
