import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../lib/db/client";
import { seedDemo } from "../../lib/seed/seed-demo";
import { verifyCredentials } from "../../lib/auth/verify-credentials";
import { DEMO_USERS } from "../../lib/seed/demo-users";
import { countRows, resetDatabase } from "./helpers/db";

let first: Awaited<ReturnType<typeof seedDemo>>;

beforeAll(async () => {
  await resetDatabase();
  first = await seedDemo();
}, 120_000);

describe("the demo seed", () => {
  it("creates one account per role whose printed password signs in", async () => {
    expect(first.usersCreated).toBe(DEMO_USERS.length);
    expect(new Set(DEMO_USERS.map((u) => u.role))).toEqual(new Set(["admin", "editor", "reviewer", "viewer"]));
    for (const u of DEMO_USERS) {
      const actor = await verifyCredentials({ email: u.email, password: u.password });
      expect(actor?.role).toBe(u.role);
    }
    expect(await verifyCredentials({ email: DEMO_USERS[0]!.email, password: "wrong-password" })).toBeNull();
  });

  it("imports the demo article with every claim anchored to its exact words", async () => {
    const article = await getDb().article.findUniqueOrThrow({ where: { id: first.articleId }, include: { claims: true, versions: true } });
    expect(article.title).toBe("At Trump trade talks, Chinese leader Xi Jinping gained the upper hand");
    expect(article.versions).toHaveLength(1);
    expect(article.claims.length).toBeGreaterThanOrEqual(13);
    for (const claim of article.claims) {
      expect(article.text.slice(claim.start, claim.end)).toBe(claim.exact);
      expect(claim.text).toBe(claim.exact);
    }
  });

  it("flags the impossible inauguration date and the Brazil/China mix-up where they stand", async () => {
    const flags = await getDb().flag.findMany({ where: { articleId: first.articleId } });
    expect(flags.some((f) => f.exact.includes("January 20, 2025") && f.kind === "temporal_inconsistency")).toBe(true);
    expect(flags.some((f) => f.exact.includes("Brazil") && f.kind === "entity_mixup")).toBe(true);
    expect(flags.filter((f) => f.kind === "citation_residue").length).toBeGreaterThanOrEqual(3);
  });

  it("attaches the public reports as evidence, with verdicts some approved and some open", async () => {
    const db = getDb();
    const evidence = await db.evidence.findMany({ where: { claim: { articleId: first.articleId } } });
    expect(evidence.length).toBeGreaterThanOrEqual(10);
    expect(evidence.some((e) => e.url.includes("people.cn") && e.stance === "refutes")).toBe(true);
    const claims = await db.claim.findMany({ where: { articleId: first.articleId }, include: { verdicts: true } });
    expect(claims.filter((c) => c.status === "published").length).toBeGreaterThanOrEqual(2);
    expect(claims.filter((c) => c.finalVerdictId).length).toBeGreaterThanOrEqual(3);
    expect(claims.some((c) => c.verdicts.length > 0 && !c.finalVerdictId)).toBe(true);
    expect(claims.some((c) => c.verdicts.length >= 2)).toBe(true);
  });

  it("is idempotent: running it again changes nothing", async () => {
    const before = await countRows();
    const second = await seedDemo();
    expect(second).toEqual({ usersCreated: 0, articleCreated: false, articleId: first.articleId });
    expect(await countRows()).toEqual(before);
  });
});
