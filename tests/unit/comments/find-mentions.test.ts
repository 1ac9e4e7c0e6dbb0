import { describe, expect, it } from "vitest";
import { findMentions } from "../../../lib/comments/find-mentions";
import { handleOf } from "../../../lib/people/list-people";

describe("@mentions in comments", () => {
  it("finds each handle once, lower-cased, without trailing punctuation", () => {
    expect(findMentions("@Reviewer2 and @sam.ito, can you check? cc @reviewer2.")).toEqual(["reviewer2", "sam.ito"]);
  });
  it("ignores email addresses and @ inside words", () => {
    expect(findMentions("write to press@city.example or foo@bar; a@b")).toEqual([]);
    expect(findMentions("@")).toEqual([]);
  });
  it("takes the handle from the email's local part", () => {
    expect(handleOf("Sam.Ito@factdesk.test")).toBe("sam.ito");
  });
});
