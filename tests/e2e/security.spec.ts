import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { DEMO_TITLE, demoArticleId, openDemoArticle, signIn, signInApi, USERS } from "./helpers";
import { XSS_CORPUS } from "../fixtures/xss-corpus";
import { can, PERMISSIONS, type Permission } from "../../lib/auth/permissions";
import type { Role } from "../../lib/db/generated/enums";

test("after sign-in, a callbackUrl pointing off-site lands on the app, never on evil.example", async ({ page }) => {
  for (const callbackUrl of ["/%5Cevil.example/phish", "//evil.example", "/%2F%2Fevil.example", "https://evil.example/"]) {
    await page.context().clearCookies();
    await page.goto(`/signin?callbackUrl=${callbackUrl}`);
    await page.getByLabel("Email").fill(USERS.reviewer.email);
    await page.getByLabel("Password").fill(USERS.reviewer.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname !== "/signin");
    expect(new URL(page.url()).host, callbackUrl).toBe(new URL(test.info().project.use.baseURL!).host);
  }
});

test("signed out, nothing about an article comes back: same answer for an existing and an unknown id, no title", async ({ request, playwright, baseURL }) => {
  await signInApi(request, "reviewer");
  const id = await demoArticleId(request);
  const anonymous = await playwright.request.newContext({ baseURL });
  const answer = async (path: string) => {
    const response = await anonymous.get(path, { maxRedirects: 0 });
    const body = await response.text();
    expect(body).not.toContain(DEMO_TITLE);
    expect(body).not.toContain("Xi Jinping");
    return { status: response.status(), location: (response.headers()["location"] ?? "").replace(encodeURIComponent(path), "PATH") };
  };
  for (const [known, unknown] of [
    [`/articles/${id}`, "/articles/cnotarealid0000000000000"],
    [`/articles/${id}/versions`, "/articles/cnotarealid0000000000000/versions"],
  ]) {
    expect(await answer(known!)).toEqual(await answer(unknown!));
  }
  for (const path of [`/api/articles/${id}`, "/api/articles/cnotarealid0000000000000"]) {
    const response = await anonymous.get(path);
    expect(response.status()).toBe(401);
    expect(await response.text()).not.toContain(DEMO_TITLE);
  }
  await anonymous.dispose();
});

test("pages carry a strict CSP with a nonce, no inline scripts allowed, no framing", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const response = await page.goto("/signin");
  const csp = response!.headers()["content-security-policy"]!;
  const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src"))!;
  expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
  expect(scriptSrc).not.toContain("unsafe-inline");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  // A fresh nonce per request.
  const again = (await page.request.get("/signin")).headers()["content-security-policy"];
  expect(again).not.toBe(csp);
  // The app still works under it (hydrated: the form signs in), and nothing was blocked.
  await signIn(page, "reviewer");
  await openDemoArticle(page);
  expect(violations).toEqual([]);
});

test("the XSS corpus in comments and evidence runs no script in the reader", async ({ page, request }) => {
  await signInApi(request, "reviewer");
  const id = await demoArticleId(request);
  const { article } = (await (await request.get(`/api/articles/${id}`)).json()) as { article: { claims: { id: string; text: string }[] } };
  const claim = article.claims[0]!;
  for (const text of XSS_CORPUS) {
    expect((await request.post(`/api/claims/${claim.id}/comments`, { data: { body: text } })).status()).toBe(201);
    expect((await request.post(`/api/claims/${claim.id}/evidence`, { data: { url: "https://example.org/x", title: text, excerpt: text, publisher: text, stance: "context" } })).status()).toBe(201);
  }
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await signIn(page, "reviewer");
  await page.goto(`/articles/${id}?claim=${claim.id}`);
  const panel = page.getByTestId("claim-panel");
  await expect(panel).toBeVisible();
  for (const tab of [/Evidence/, /Discussion/]) {
    await panel.getByRole("tab", { name: tab }).click();
    // Shown as the text it is.
    await expect(panel.getByText(XSS_CORPUS[0]).first()).toBeVisible();
  }
  await panel.getByRole("tab", { name: /History/ }).click();
  await expect(panel.getByTestId("claim-history")).toBeVisible();
  expect(dialogs).toEqual([]);
});

test("signing out ends the session: the old cookie no longer works", async ({ request, playwright, baseURL }) => {
  await signInApi(request, "reviewer2");
  const { cookies } = await request.storageState();
  expect((await request.get("/api/ratings")).status()).toBe(200);
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await request.post("/api/auth/signout", { form: { csrfToken, json: "true" } });
  // Someone who copied the cookie before the sign-out replays it.
  const replay = await playwright.request.newContext({ baseURL, storageState: { cookies, origins: [] } });
  expect((await replay.get("/api/ratings")).status()).toBe(401);
  await replay.dispose();
});

/** Pages anyone may open, and where they send people. */
const PUBLIC_PAGES = new Set(["/", "/signin"]);
/** Pages every signed-in person may open, with where they send them (null: they answer themselves). */
const SIGNED_IN_PAGES = new Map<string, string | null>([
  ["/admin", "/admin/users"], // which then checks its own table entry
  ["/account/password", null],
]);
/** The admin section's layout answers 404 to anyone without admin.access, before any admin page's own check. */
const ADMIN_SECTION = /^\/admin(\/|$)/;

function listPages(): { route: string; permission: string | null }[] {
  const root = path.resolve(process.cwd(), "app");
  const found: { route: string; permission: string | null }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === "page.tsx") {
        const segments = path.relative(root, dir).split(path.sep).filter((s) => s && !/^\(.*\)$/.test(s));
        const permission = /requirePageActor\("([a-z_.]+)"/.exec(readFileSync(full, "utf8"))?.[1] ?? null;
        found.push({ route: "/" + segments.join("/"), permission });
      }
    }
  };
  walk(root);
  return found;
}

/**
 * Where a page sends its visitor: a 307's Location, or — when the desk's frame had started streaming before the
 * page's check ran — the redirect Next writes into the 200's body (`<meta id="__next-page-redirect" …>`).
 */
async function destination(response: { status(): number; headers(): Record<string, string>; text(): Promise<string> }) {
  if (response.status() >= 300 && response.status() < 400) return response.headers()["location"] ?? "";
  const meta = /<meta id="__next-page-redirect" http-equiv="refresh" content="\d+;\s*url=([^"]*)"/.exec(await response.text());
  return meta ? meta[1]!.replace(/&amp;/g, "&") : null;
}

test("every page answers each role as the permission table says; a new page without a check fails", async ({ request, playwright, baseURL }) => {
  test.setTimeout(120_000);
  await signInApi(request, "admin");
  const articleId = await demoArticleId(request);
  const roles = ["viewer", "reviewer", "editor", "admin"] as const;
  const contexts = new Map<string, Awaited<ReturnType<typeof playwright.request.newContext>>>();
  contexts.set("signed out", await playwright.request.newContext({ baseURL }));
  for (const role of roles) {
    const context = await playwright.request.newContext({ baseURL });
    await signInApi(context, role);
    contexts.set(role, context);
  }
  for (const page of listPages()) {
    const url = page.route.replace(/\[\w+\]/g, articleId);
    if (PUBLIC_PAGES.has(page.route)) {
      expect((await contexts.get("signed out")!.get(url, { maxRedirects: 0 })).status(), url).toBeLessThan(400);
      continue;
    }
    const permission = page.permission as Permission | null;
    if (!SIGNED_IN_PAGES.has(page.route)) {
      expect(permission, `${page.route} does not call requirePageActor with a permission`).not.toBeNull();
      expect(Object.keys(PERMISSIONS), `${page.route}: ${permission} is not in the permission table`).toContain(permission);
    }
    for (const [who, context] of contexts) {
      const response = await context.get(url, { maxRedirects: 0 });
      const to = await destination(response);
      const where = `${url} ${who}`;
      if (who === "signed out") {
        // Sent to sign in, and shown nothing of the page on the way.
        expect(to, where).toMatch(/^\/signin(\?|$)/);
      } else if (ADMIN_SECTION.test(page.route) && !can(who as Role, "admin.access")) {
        expect(response.status(), where).toBe(404);
        expect(await response.text(), where).toContain("<title>Not found");
      } else if (SIGNED_IN_PAGES.has(page.route)) {
        const goesTo = SIGNED_IN_PAGES.get(page.route)!;
        if (goesTo === null) expect(response.status(), where).toBe(200);
        expect(to, where).toBe(goesTo);
      } else if (can(who as Role, permission!)) {
        expect(response.status(), where).toBe(200);
        expect(to, where).toBeNull();
      } else {
        expect(to, where).toBe(`/articles?denied=${encodeURIComponent(permission!)}`);
      }
    }
  }
  for (const context of contexts.values()) await context.dispose();
});
