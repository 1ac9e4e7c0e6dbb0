import { describe, expect, it } from "vitest";
import type { WorkspaceView } from "../../../lib/articles/to-workspace-view";
import { applyFlagOverrides, pruneFlagOverrides } from "../../../components/flags/flag-overrides";

type WorkspaceFlag = WorkspaceView["flags"][number];
const flag = (id: string, status: WorkspaceFlag["status"]): WorkspaceFlag =>
  ({ id, status, dismissalReason: null, needsLook: true, start: 0, end: 4, kind: "editorial", severity: "low" }) as WorkspaceFlag;

describe("a flag the desk just resolved", () => {
  it("shows its new status and reason before the server's view catches up", () => {
    const shown = applyFlagOverrides([flag("a", "open"), flag("b", "open")], { a: { status: "dismissed", dismissalReason: "Quoted as published" } });
    expect(shown.map((f) => [f.id, f.status, f.dismissalReason, f.needsLook])).toEqual([
      ["a", "dismissed", "Quoted as published", false],
      ["b", "open", null, true],
    ]);
  });

  it("stops overriding once the server says the same, and keeps overriding a stale view", () => {
    const overrides = { a: { status: "dismissed" as const, dismissalReason: "why" } };
    expect(pruneFlagOverrides([flag("a", "open")], overrides)).toBe(overrides);
    expect(pruneFlagOverrides([flag("a", "dismissed")], overrides)).toEqual({});
    expect(pruneFlagOverrides([], overrides)).toEqual({});
  });
});
