import { describe, expect, it } from "vitest";
import { matchPeople, mentionAt } from "../../../lib/comments/mention-query";
import { findMentions } from "../../../lib/comments/find-mentions";

const people = [
  { id: "1", name: "Ravi Menon", handle: "reviewer", role: "reviewer" as const },
  { id: "2", name: "Sam Ito", handle: "reviewer2", role: "reviewer" as const },
  { id: "3", name: "Elena Ruiz", handle: "editor", role: "editor" as const },
  { id: "4", name: "Rita Evans", handle: "rita.evans", role: "editor" as const },
];

describe("the @mention autocomplete", () => {
  it("sees the handle being typed before the caret, not an email address or a finished word", () => {
    expect(mentionAt("Ask @rev", 8)).toEqual({ start: 4, query: "rev" });
    expect(mentionAt("@", 1)).toEqual({ start: 0, query: "" });
    expect(mentionAt("mail sam@example.org", 20)).toBeNull();
    expect(mentionAt("Ask @rev now", 12)).toBeNull();
    expect(mentionAt("Ask @Rita.E", 11)).toEqual({ start: 4, query: "rita.e" });
  });

  it("offers people by handle first, then by any word of their name", () => {
    expect(matchPeople(people, "rev").map((p) => p.handle)).toEqual(["reviewer", "reviewer2"]);
    expect(matchPeople(people, "e").map((p) => p.handle)).toEqual(["editor", "rita.evans"]);
    expect(matchPeople(people, "ito").map((p) => p.handle)).toEqual(["reviewer2"]);
    expect(matchPeople(people, "zz")).toEqual([]);
  });

  it("inserts what the server reads as a mention", () => {
    for (const p of people) expect(findMentions(`cc @${p.handle} please`)).toEqual([p.handle]);
  });
});
