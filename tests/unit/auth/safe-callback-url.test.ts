import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "../../../lib/auth/safe-callback-url";

describe("the page to open after sign-in", () => {
  it("keeps paths of the app, with their query and hash", () => {
    expect(safeCallbackUrl("/articles/abc?claim=x#top")).toBe("/articles/abc?claim=x#top");
    expect(safeCallbackUrl("/import")).toBe("/import");
  });

  it.each([
    "/\\evil.example/phish",
    "//evil.example",
    "///evil.example",
    "/\\/evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "https://evil.example",
    "javascript:alert(1)",
    "evil.example",
    "",
    "/articles\\..\\..\\evil",
  ])("refuses %j", (value) => {
    expect(safeCallbackUrl(value)).toBe("/articles");
  });

  it("never leaves the origin for encoded variants (they stay paths of the app)", () => {
    for (const value of ["/%5Cevil.example", "/%2F%2Fevil.example", "/%09/evil.example"]) {
      const result = safeCallbackUrl(value);
      expect(new URL(result, "http://app.test").origin).toBe("http://app.test");
      expect(result.startsWith("/")).toBe(true);
      expect(result.startsWith("//")).toBe(false);
    }
  });
});
