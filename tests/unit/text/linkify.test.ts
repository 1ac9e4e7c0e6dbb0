import { describe, expect, it } from "vitest";
import { linkify } from "../../../lib/text/linkify";

const links = (body: string) => linkify(body).filter((p) => p.kind === "link").map((p) => (p.kind === "link" ? p.href : ""));

describe("linkify", () => {
  it("makes http and https addresses links and keeps the rest as text, exactly", () => {
    const body = "See https://stats.example.org/table?id=4&year=2024 and http://old.example.com/x.";
    const parts = linkify(body);
    expect(parts).toEqual([
      { kind: "text", text: "See " },
      { kind: "link", text: "https://stats.example.org/table?id=4&year=2024", href: "https://stats.example.org/table?id=4&year=2024" },
      { kind: "text", text: " and " },
      { kind: "link", text: "http://old.example.com/x", href: "http://old.example.com/x" },
      { kind: "text", text: "." },
    ]);
    expect(parts.map((p) => p.text).join("")).toBe(body);
  });

  it("never links other schemes, even disguised", () => {
    for (const body of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "vbscript:msgbox", "www.example.com", "ftp://example.com/x", "see javascript://%0aalert(1)"]) {
      expect(links(body), body).toEqual([]);
      expect(linkify(body).map((p) => p.text).join("")).toBe(body);
    }
  });

  it("does not let a link run into markup or quotes", () => {
    expect(links(`<a href="https://evil.example/">x</a>`)).toEqual(["https://evil.example/"]);
    expect(links(`'https://a.example/p'onmouseover=alert(1)`)).toEqual(["https://a.example/p"]);
  });

  it("leaves sentence punctuation outside, keeps brackets that belong to the URL", () => {
    expect(links("(source: https://example.org/report).")).toEqual(["https://example.org/report"]);
    expect(links("https://en.wikipedia.org/wiki/Foo_(bar), yes")).toEqual(["https://en.wikipedia.org/wiki/Foo_(bar)"]);
    expect(links("“https://example.org/q?a=1”!")).toEqual(["https://example.org/q?a=1"]);
  });

  it("skips what does not parse as a URL with a host", () => {
    expect(links("http:// nothing")).toEqual([]);
    expect(links("https://[::1")).toEqual([]);
  });
});
