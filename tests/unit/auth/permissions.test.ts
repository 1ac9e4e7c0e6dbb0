import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { assertCan, can, forbiddenMessage, permissionsOf, PERMISSIONS, type Permission } from "../../../lib/auth/permissions";
import { allowedTransitions, CLAIM_TRANSITIONS } from "../../../lib/claims/claim-status";
import { ForbiddenError } from "../../../lib/errors";

const ROOT = path.resolve(import.meta.dirname, "../../..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    if (statSync(full).isDirectory()) return sources(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

describe("the permission table", () => {
  it("lets a viewer read articles, claims and published verdicts, search them and export the published report, and write nothing", () => {
    expect(permissionsOf("viewer").sort()).toEqual(["account.change_password", "article.read", "report.export", "search.read"]);
  });

  it("keeps unpublished verdicts, comments, history and the working report from viewers", () => {
    for (const p of ["verdict.read_unpublished", "comment.read", "audit.read", "report.export_working"] as const) {
      expect(can("viewer", p)).toBe(false);
      expect(can("reviewer", p)).toBe(true);
    }
  });

  it("keeps approval and publication with editors and admins", () => {
    for (const p of ["verdict.approve", "claim.publish"] as const) {
      expect(can("editor", p)).toBe(true);
      expect(can("admin", p)).toBe(true);
      expect(can("reviewer", p)).toBe(false);
    }
    expect(can("reviewer", "verdict.propose")).toBe(true);
  });

  it("refuses in words a person reads", () => {
    expect(forbiddenMessage("viewer", "article.import")).toBe("Your role (viewer) may not import articles");
    expect(() => assertCan({ id: "u", role: "viewer", name: "V", email: "v@x" }, "article.import")).toThrow(new ForbiddenError("Your role (viewer) may not import articles"));
    for (const [name, entry] of Object.entries(PERMISSIONS)) {
      expect(entry.description, name).toMatch(/^[a-z][a-z ,'-]+[a-z]$/);
      expect(entry.description, name).not.toContain(":");
    }
  });

  it("has no dead entries: every permission is checked somewhere in app/ or lib/", () => {
    const code = [...sources(path.join(ROOT, "app")), ...sources(path.join(ROOT, "lib"))]
      .filter((f) => !f.endsWith(path.join("lib", "auth", "permissions.ts")))
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    for (const name of Object.keys(PERMISSIONS) as Permission[]) expect(code.includes(`"${name}"`), `${name} is never checked`).toBe(true);
  });

  it("names only permissions that exist in every workflow move", () => {
    for (const moves of Object.values(CLAIM_TRANSITIONS)) {
      for (const move of Object.values(moves)) expect(Object.keys(PERMISSIONS)).toContain(move.permission);
    }
  });

  it("reaches `approved` only through approving a verdict", () => {
    for (const from of Object.keys(CLAIM_TRANSITIONS) as (keyof typeof CLAIM_TRANSITIONS)[]) {
      expect(allowedTransitions(from).map((t) => t.to)).not.toContain("approved");
    }
  });
});
