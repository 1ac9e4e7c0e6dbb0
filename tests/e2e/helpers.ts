import AxeBuilder from "@axe-core/playwright";
import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";

export const USERS = {
  admin: { email: "admin@factdesk.test", password: "admin-demo-pass" },
  editor: { email: "editor@factdesk.test", password: "editor-demo-pass" },
  reviewer: { email: "reviewer@factdesk.test", password: "reviewer-demo-pass" },
  reviewer2: { email: "reviewer2@factdesk.test", password: "reviewer2-demo-pass" },
  viewer: { email: "viewer@factdesk.test", password: "viewer-demo-pass" },
} as const;

export type DemoUser = keyof typeof USERS;

/** Signs in through the real sign-in page. */
export async function signIn(page: Page, who: DemoUser): Promise<void> {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(USERS[who].email);
  await page.getByLabel("Password").fill(USERS[who].password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Reviewers land on their queue, everyone else on the articles.
  await expect(page).toHaveURL(who.startsWith("reviewer") ? /\/queue/ : /\/articles/);
}

/** axe-core on the page as it is (or only on the part `include` selects), WCAG 2.1 A and AA. */
export async function expectNoAxeViolations(page: Page, what: string, include?: string): Promise<void> {
  const builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
  const results = await (include ? builder.include(include) : builder).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), what).toEqual([]);
}

/** Signs an API request context in with the same credentials flow the browser uses (CSRF token + callback). */
export async function signInApi(request: APIRequestContext, who: DemoUser): Promise<void> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: USERS[who].email, password: USERS[who].password, json: "true" },
  });
  expect(response.ok()).toBe(true);
  const session = (await (await request.get("/api/auth/session")).json()) as { user?: { email?: string } };
  expect(session.user?.email).toBe(USERS[who].email);
}

/**
 * Presses `?` until the shortcuts dialog shows: right after a navigation the desk's key listener may not be
 * hydrated yet, and a key pressed before it is lost (a user would press again, so does this).
 */
export async function openShortcutsDialog(page: Page): Promise<Locator> {
  const dialog = page.getByTestId("shortcuts-dialog");
  await expect(async () => {
    if (!(await dialog.isVisible())) await page.keyboard.press("?");
    await expect(dialog).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  return dialog;
}

export const DEMO_TITLE = "At Trump trade talks, Chinese leader Xi Jinping gained the upper hand";

export async function openDemoArticle(page: Page): Promise<void> {
  await page.goto("/articles");
  await page.getByRole("link", { name: DEMO_TITLE }).click();
  await expect(page.getByRole("heading", { level: 1, name: DEMO_TITLE })).toBeVisible();
}

export async function demoArticleId(request: APIRequestContext): Promise<string> {
  const { articles } = (await (await request.get("/api/articles")).json()) as { articles: { id: string; title: string }[] };
  const demo = articles.find((a) => a.title === DEMO_TITLE);
  if (!demo) throw new Error("demo article missing");
  return demo.id;
}
