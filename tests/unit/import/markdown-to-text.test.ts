import { describe, expect, it } from "vitest";
import { markdownToText } from "@/lib/import/markdown-to-text";

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
        "- China entered from a strong position\n- Tariffs fell to 47 percent",
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
});
