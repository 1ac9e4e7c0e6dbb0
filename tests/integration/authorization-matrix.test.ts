// Every route handler under app/api, found on disk, called by every role: the answer must be the one the
// permission table gives. A route that does not go through apiRoute (and so names no permission) fails.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { can } from "../../lib/auth/permissions";
import type { ApiRouteHandler } from "../../lib/http/api-route";
import type { Role } from "../../lib/db/generated/enums";
import { getDb } from "../../lib/db/client";
import { importArticle, ImportArticleInput } from "../../lib/articles/import-article";
import { createClaim, CreateClaimInput } from "../../lib/claims/create-claim";
import { proposeVerdict, ProposeVerdictInput } from "../../lib/verdicts/propose-verdict";
import { countRows, createUser, resetDatabase, seedRatings } from "./helpers/db";
import { callRoute, listRouteFiles, loadRoute } from "./helpers/http";

/** Routes that are not the app's own API and so have no entry: next-auth's sign-in endpoints. */
const OUTSIDE_THE_TABLE = new Set(["/api/auth/[...nextauth]"]);
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
const ROLES: Role[] = ["viewer", "reviewer", "editor", "admin"];
const MISSING = "cmissing000000000000000000";

const actors = new Map<Role, Actor>();

beforeAll(async () => {
  await resetDatabase();
  await seedRatings();
  for (const role of ROLES) actors.set(role, await createUser(role));
});

const routes = listRouteFiles().filter((r) => !OUTSIDE_THE_TABLE.has(r.pattern));

describe("the authorization matrix", () => {
  it("finds the routes on disk", () => {
    expect(routes.length).toBeGreaterThanOrEqual(17);
  });

  it.each(routes.map((r) => [r.pattern]))("%s: every method goes through apiRoute and answers each role as the table says", async (pattern) => {
    const mod = await loadRoute(pattern);
    const methods = METHODS.filter((m) => typeof mod[m] === "function");
    expect(methods.length, `${pattern} exports no handler`).toBeGreaterThan(0);
    const params = Object.fromEntries([...pattern.matchAll(/\[(\w+)\]/g)].map((m) => [m[1]!, MISSING]));
    for (const method of methods) {
      const meta = (mod[method] as ApiRouteHandler).apiRoute;
      expect(meta, `${method} ${pattern} does not go through lib/http/api-route.ts, so it names no permission`).toBeDefined();
      const body = meta!.body === "form" ? new FormData() : meta!.body === "json" ? {} : undefined;
      const before = await countRows();

      const anonymous = await callRoute(pattern, method, { params, body });
      expect(anonymous.status, `${method} ${pattern} signed out`).toBe(401);
      for (const role of ROLES) {
        const response = await callRoute(pattern, method, { as: actors.get(role)!, params, body: meta!.body === "form" ? new FormData() : body });
        const where = `${method} ${pattern} as ${role} (${meta!.permission})`;
        expect(response.status, where).toBeLessThan(500);
        if (can(role, meta!.permission)) expect([401, 403], where).not.toContain(response.status);
        else {
          expect(response.status, where).toBe(403);
          expect(response.json.error.message, where).toMatch(new RegExp(`^Your role \\(${role}\\) may not [a-z]`));
        }
      }
      // Refused or invalid requests change nothing.
      expect(await countRows(), `${method} ${pattern}`).toEqual(before);
    }
  });
});

describe("object-level rules", () => {
  it("a reviewer's verdict post never changes another reviewer's verdict", async () => {
    const editor = actors.get("editor")!;
    const text = "The council said the bridge cost $120 million in 2024. Traffic fell by 30 percent.";
    const { articleId } = await importArticle(editor, ImportArticleInput.parse({ title: "Objects", text }), { proposeClaims: false, detectFlags: false });
    const claim = await createClaim(editor, articleId, CreateClaimInput.parse({ start: 0, end: 54 }));
    const ratings = await getDb().rating.findMany();
    const first = await proposeVerdict(actors.get("reviewer")!, claim.id, ProposeVerdictInput.parse({ ratingId: ratings[0]!.id, rationale: "The first reviewer's reasons.", confidence: 60 }));
    const other = await createUser("reviewer");
    // Naming the first verdict's revision does not make it theirs: they get a verdict of their own.
    const response = await callRoute("/api/claims/[id]/verdicts", "POST", { as: other, params: { id: claim.id }, body: { ratingId: ratings[1]!.id, rationale: "Someone else's reasons.", confidence: 10, revision: first.revision } });
    expect(response.status).toBe(201);
    expect(response.json.verdict.id).not.toBe(first.id);
    expect((await getDb().verdict.findUniqueOrThrow({ where: { id: first.id } })).rationale).toBe("The first reviewer's reasons.");
  });
});
