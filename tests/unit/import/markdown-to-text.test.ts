import { describe, expect, it } from "vitest";
import { markdownToText, MAX_MARKDOWN_NESTING } from "@/lib/import/markdown-to-text";

describe("markdownToText", () => {
  it("keeps the words and paragraphs, drops the markup", () => {
    const md = [
      "# Xi gained the *upper hand*",
      "",
      "At a **summit** held in [Busan](https://example.com/busan_(city) \"Busan\"),",
      "South Korea, the _two_ leaders met. ![Photo](photo.jpg)",
      "",
      "## Reasons",
      "",
      "* China entered from a __strong__ position",
      "+ Tariffs fell to `47 percent`",
      "",
      "1. First point",
      "2. Second point",
      "",
      "> It was “12 out of 10”,",
      "> he said.",
    ].join("\n");
    expect(markdownToText(md)).toBe(
      [
        "Xi gained the upper hand",
        "At a summit held in Busan, South Korea, the two leaders met.",
        "Reasons",
        // Two bullet characters make two lists (CommonMark).
        "- China entered from a strong position",
        "- Tariffs fell to 47 percent",
        "1. First point\n2. Second point",
        "It was “12 out of 10”, he said.",
      ].join("\n\n"),
    );
  });

  it("keeps code block contents without the fences and backticks", () => {
    expect(markdownToText("Before.\n\n```js\nconst a = 1 * 2 * 3;\n```\n\nAfter `x_y`.")).toBe("Before.\n\nconst a = 1 * 2 * 3;\n\nAfter x_y.");
  });

  it("leaves snake_case, escaped markers, reference links and setext headings readable", () => {
    const md = "Title\n=====\n\nThe snake_case_name and \\*literal stars\\* and [a link][ref].\n\n[ref]: https://example.com\n";
    expect(markdownToText(md)).toBe("Title\n\nThe snake_case_name and *literal stars* and a link.");
  });

  it("reads GitHub tables, strikethrough, nested lists, HTML blocks and front matter", () => {
    const md = [
      "---",
      "title: Budget",
      "---",
      "| Year | Rate |",
      "|------|-----:|",
      "| 2024 | 5.2 |",
      "",
      "The ~~old~~ new figure &amp; the <span>inline</span> tag.",
      "",
      "- Tariffs",
      "  - on steel",
      "",
      "<div>A <b>block</b> of HTML</div>",
    ].join("\n");
    expect(markdownToText(md)).toBe("Year | Rate\n2024 | 5.2\n\nThe old new figure & the inline tag.\n\n- Tariffs\n  - on steel\n\nA block of HTML");
  });

  it("refuses Markdown nested past the limit with a 400 on the file instead of overflowing the stack", () => {
    for (const deep of [">".repeat(20_000) + " quote", "*".repeat(20_000) + "x" + "*".repeat(20_000), "- ".repeat(20_000) + "item"]) {
      expect(() => markdownToText(deep)).toThrow(expect.objectContaining({ status: 400, field: "file", message: expect.stringContaining(`nested more than ${MAX_MARKDOWN_NESTING} levels`) }));
    }
    expect(markdownToText(">".repeat(MAX_MARKDOWN_NESTING) + " still read")).toBe("still read");
    expect(markdownToText("Above\n\n" + "*".repeat(80) + "\n\nBelow")).toBe("Above\n\nBelow");
  });
});
