import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { demoArticleId, openShortcutsDialog, signIn } from "./helpers";

// Every page and panel state, checked by axe-core (WCAG 2.x A/AA rules) at a desktop and a phone width:
// no serious or critical violation. Signed in through the real sign-in page, as an admin (who sees every page).
test.describe.configure({ mode: "serial" });

const WIDTHS = [
  { name: "1440", width: 1440, height: 900 },
  { name: "390", width: 390, height: 844 },
] as const;

/** Runs axe on the page as it is; a readable list of its serious and critical violations fails the test (soft: every page is checked). */
async function expectNoSeriousViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const report = serious.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(" ")} — ${n.failureSummary?.split("\n").slice(1).join(" ").trim()}`).join("\n")}`);
  expect.soft(report, `${what}: axe found serious or critical violations`).toEqual([]);
}

for (const size of WIDTHS) {
  test.describe(`at ${size.name} px`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test("the sign-in page", async ({ page }) => {
      await page.goto("/signin");
      await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
      await expectNoSeriousViolations(page, "sign-in");
    });

    test("the desk's pages, signed in", async ({ page }) => {
      // Thirteen pages, each loaded and run through axe: ~40 s on a quiet machine, more on a busy one.
      test.slow();
      await signIn(page, "admin");
      const articleId = await demoArticleId(page.request);
      const pages: [string, string, () => Promise<void>][] = [
        ["articles list", "/articles", () => expect(page.getByRole("heading", { level: 1 })).toBeVisible()],
        ["article workspace", `/articles/${articleId}`, () => expect(page.getByTestId("article-text")).toBeVisible()],
        ["versions", `/articles/${articleId}/versions`, () => expect(page.getByRole("heading", { level: 1 })).toBeVisible()],
        ["import", "/import", () => expect(page.getByRole("heading", { level: 1 })).toBeVisible()],
        ["reports", "/reports", () => expect(page.getByRole("heading", { level: 1 })).toBeVisible()],
        ["admin", "/admin", () => expect(page.getByRole("heading", { level: 1 })).toBeVisible()],
        ["admin users", "/admin/users", () => expect(page.getByRole("heading", { level: 1 })).toBeVisible()],
        ["admin ratings", "/admin/ratings", () => expect(page.getByRole("heading", { level: 1 })).toBeVisible()],
        ["admin organisation", "/admin/organisation", () => expect(page.getByRole("heading", { level: 1 })).toBeVisible()],
        ["admin audit", "/admin/audit", () => expect(page.getByRole("heading", { level: 1 })).toBeVisible()],
        ["account password", "/account/password", () => expect(page.getByRole("heading", { level: 1 })).toBeVisible()],
        ["404", "/articles/no-such-article", () => expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible()],
        ["404 (unknown desk URL)", "/no-such-page", () => expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible()],
      ];
      for (const [what, url, ready] of pages) {
        await page.goto(url);
        await ready();
        await expectNoSeriousViolations(page, what);
      }
    });

    test("the skip link is the first stop and leads to the content; keyboard focus is visible", async ({ page }) => {
      await signIn(page, "admin");
      await page.goto("/articles");
      await page.keyboard.press("Tab");
      const skip = page.getByRole("link", { name: "Skip to content" });
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      await page.keyboard.press("Enter");
      await expect(page.locator("main#main")).toBeFocused();
      // The next stop is inside the content, and it shows a focus ring.
      await page.keyboard.press("Tab");
      const focused = page.locator(":focus");
      await expect(focused).toHaveCount(1);
      expect(await focused.evaluate((el) => Boolean(el.closest("main")))).toBe(true);
      expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe("none");
    });

    test("the article workspace with a claim panel and with a flag panel open", async ({ page }) => {
      // Several panel states, each run through axe: ~30 s on a quiet machine.
      test.slow();
      await signIn(page, "admin");
      await page.goto(`/articles/${await demoArticleId(page.request)}`);
      const aside = page.getByRole("complementary", { name: "Review panel" });
      await aside.getByTestId("claim-list-item").first().click();
      const claimPanel = page.getByTestId("claim-panel");
      await expect(claimPanel).toBeVisible();
      // Every tab of the claim panel.
      const tabs = claimPanel.getByRole("tab");
      await expect(tabs.nth(2)).toBeVisible();
      const count = await tabs.count();
      for (let i = 0; i < count; i++) {
        await tabs.nth(i).click();
        await expect(tabs.nth(i)).toHaveAttribute("aria-selected", "true");
        await expectNoSeriousViolations(page, `claim panel, tab ${(await tabs.nth(i).textContent())?.trim()}`);
      }

      await page.goto(`/articles/${await demoArticleId(page.request)}`);
      await aside.getByRole("tab", { name: /Flags/ }).click();
      await expectNoSeriousViolations(page, "flags list");
      await page.getByTestId("flag-list-item").first().click();
      await expect(page.getByTestId("flag-panel")).toBeVisible();
      await expectNoSeriousViolations(page, "flag panel");
      await openShortcutsDialog(page);
      await expectNoSeriousViolations(page, "shortcuts dialog");
    });

    test("the public pages: a shared report and a published verdict", async ({ page, browser }) => {
      await signIn(page, "admin");
      const articleId = await demoArticleId(page.request);
      const created = await page.request.post(`/api/articles/${articleId}/share-links`);
      expect(created.ok()).toBe(true);
      const { url } = (await created.json()) as { url: string };

      const visitor = await browser.newContext({ viewport: { width: size.width, height: size.height } });
      const anonymous = await visitor.newPage();
      expect((await anonymous.goto(url))!.status()).toBe(200);
      await expectNoSeriousViolations(anonymous, "shared report /r/…");
      const jsonLd = JSON.parse((await anonymous.locator('script[type="application/ld+json"]').textContent())!);
      const reviews = Array.isArray(jsonLd) ? jsonLd : [jsonLd];
      expect((await anonymous.goto(reviews[0].url))!.status()).toBe(200);
      await expectNoSeriousViolations(anonymous, "public verdict /v/…");
      await visitor.close();
    });
  });
}
