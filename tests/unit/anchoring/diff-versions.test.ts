import { describe, expect, it } from "vitest";
import { diffVersions, type VersionChange } from "@/lib/anchoring/diff-versions";

function render(changes: VersionChange[]): string {
  return changes.map((c) => (c.kind === "equal" ? c.text : c.kind === "delete" ? `[-${c.text}]` : `{+${c.text}}`)).join("");
}

function expectConsistent(oldText: string, newText: string, changes: VersionChange[]): void {
  expect(changes.filter((c) => c.kind !== "insert").map((c) => c.text).join("")).toBe(oldText);
  expect(changes.filter((c) => c.kind !== "delete").map((c) => c.text).join("")).toBe(newText);
  for (const c of changes) {
    if (c.kind !== "insert") expect(oldText.slice(c.oldStart, c.oldStart + c.text.length)).toBe(c.text);
    if (c.kind !== "delete") expect(newText.slice(c.newStart, c.newStart + c.text.length)).toBe(c.text);
  }
}

describe("diffVersions", () => {
  it("shows a small edit word by word, whole numbers and words", () => {
    const oldText = "The rate rose to 5.2 percent in May, he said.";
    const newText = "The rate fell to 5.4 percent in May, he said.";
    const changes = diffVersions(oldText, newText);
    expect(render(changes)).toBe("The rate [-rose]{+fell} to [-5.2]{+5.4} percent in May, he said.");
    expect(changes[1]).toEqual({ kind: "delete", text: "rose", oldStart: 9, newStart: 9 });
    expect(changes[2]).toEqual({ kind: "insert", text: "fell", oldStart: 13, newStart: 9 });
    expectConsistent(oldText, newText, changes);
  });

  it("folds short unchanged runs between changes into one change", () => {
    const oldText = "Officials said, he added, that";
    const newText = "Officials claimed. She added that";
    const changes = diffVersions(oldText, newText);
    expect(changes.filter((c) => c.kind !== "equal")).toHaveLength(2);
    expectConsistent(oldText, newText, changes);
  });

  it("shows an insertion as one piece and keeps paragraphs apart", () => {
    const oldText = "held in Busan.\n\nThe first point.";
    const newText = "held in the port city of Busan.\n\nThe second point.";
    const changes = diffVersions(oldText, newText);
    expect(render(changes)).toBe("held in {+the port city of }Busan.\n\nThe [-first]{+second} point.");
    expectConsistent(oldText, newText, changes);
  });

  it("handles identical and empty texts", () => {
    expect(diffVersions("", "")).toEqual([]);
    expect(diffVersions("same", "same")).toEqual([{ kind: "equal", text: "same", oldStart: 0, newStart: 0 }]);
    expect(diffVersions("", "new words")).toEqual([{ kind: "insert", text: "new words", oldStart: 0, newStart: 0 }]);
    expect(diffVersions("old words", "")).toEqual([{ kind: "delete", text: "old words", oldStart: 0, newStart: 0 }]);
  });
});
