import { expect, test, type Page } from "@playwright/test";
import { demoArticleId, openDemoArticle, signIn } from "./helpers";

// Phones and tablets: the review panel is a sheet over the article, beside what was tapped, and nothing makes
// the page itself scroll sideways.
const CLAIM = "12 out of 10";

async function expectNoSidewaysScroll(page: Page, what: string) {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  expect(scroll, `${what} scrolls sideways`).toBeLessThanOrEqual(width);
}

test.describe("at 390 px", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the header fits: every section and sign-out are on screen", async ({ page }) => {
    await signIn(page, "admin");
    for (const name of ["Articles", "Import", "Reports", "Admin"]) {
      await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name })).toBeInViewport({ ratio: 1 });
    }
    await expect(page.getByRole("button", { name: "Sign out" })).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole("searchbox", { name: "Search the desk" })).toBeInViewport({ ratio: 1 });
    await page.screenshot({ path: "test-results/screens/articles-390.png" });
    for (const url of ["/articles", "/admin/users", "/admin/audit", "/reports", "/import"]) {
      await page.goto(url);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoSidewaysScroll(page, url);
    }
    await page.goto(`/articles/${await demoArticleId(page.request)}`);
    await expect(page.getByTestId("article-text")).toBeVisible();
    await expectNoSidewaysScroll(page, "the article");
  });

  test("a reviewer taps a claim in the text, adds evidence in the sheet over the article, and closes it", async ({ page }) => {
    await signIn(page, "reviewer");
    await openDemoArticle(page);
    await page.screenshot({ path: "test-results/screens/workspace-390.png" });
    const mark = page.getByTestId("article-text").locator("[data-claim-id]").filter({ hasText: CLAIM }).first();
    await mark.scrollIntoViewIfNeeded();
    await mark.click();
    const panel = page.getByTestId("claim-panel");
    await expect(panel.locator("blockquote")).toContainText(CLAIM);
    // The sheet is on screen, and the words tapped stay visible above it.
    const sheet = page.getByRole("complementary", { name: "Review panel" });
    await expect(sheet).toBeInViewport();
    await expect(panel.locator("blockquote")).toBeInViewport();
    const sheetTop = (await sheet.boundingBox())!.y;
    const markBox = (await mark.boundingBox())!;
    expect(markBox.y).toBeGreaterThanOrEqual(0);
    expect(markBox.y + Math.min(markBox.height, 20)).toBeLessThanOrEqual(sheetTop);
    await page.screenshot({ path: "test-results/screens/claim-sheet-390.png" });

    await panel.getByRole("tab", { name: /Evidence/ }).click();
    await panel.getByRole("button", { name: "+ Add evidence" }).click();
    const form = panel.getByRole("form", { name: "Add evidence" });
    await form.getByLabel("Source URL").fill("https://www.reuters.com/world/asia-pacific/trump-xi-busan-12-out-of-10-2025-10-30/");
    await form.getByLabel("Title").fill("Trump calls Xi meeting a 12 out of 10");
    await form.getByLabel("Publisher").fill("Reuters");
    await form.getByLabel("Published").fill("2025-10-30");
    await form.getByText("Supports", { exact: true }).click();
    await form.getByLabel("Quoted excerpt").fill("On a scale from zero to 10, with 10 being the best, I would say the meeting was a 12.");
    await expect(form.getByRole("button", { name: "Save evidence" })).toBeInViewport();
    await form.getByRole("button", { name: "Save evidence" }).click();
    const item = panel.getByTestId("evidence-item").filter({ hasText: "Trump calls Xi meeting a 12 out of 10" });
    await expect(item).toBeVisible();
    await item.scrollIntoViewIfNeeded();
    await expect(item).toBeInViewport();
    await page.screenshot({ path: "test-results/screens/claim-sheet-evidence-390.png" });

    // Close (the button, then Esc on the next one) leaves the article as it was.
    await panel.getByRole("button", { name: "Close claim" }).click();
    await expect(panel).toHaveCount(0);
    await expect(mark).toBeVisible();
    await mark.click();
    await expect(panel).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(panel).toHaveCount(0);
  });
});

test.describe("at 768 px", () => {
  test.use({ viewport: { width: 768, height: 1024 } });

  test("a flag opens in a sheet beside the text, not below the article", async ({ page }) => {
    await signIn(page, "reviewer");
    await openDemoArticle(page);
    const pin = page.getByTestId("article-text").locator("[data-flag-pin]").first();
    await pin.scrollIntoViewIfNeeded();
    await pin.click();
    const panel = page.getByTestId("flag-panel");
    await expect(panel).toBeInViewport();
    await expect(pin).toBeInViewport();
    await page.screenshot({ path: "test-results/screens/flag-sheet-768.png" });
    await panel.getByRole("button", { name: "Close flag" }).click();
    await expect(panel).toHaveCount(0);
    await expectNoSidewaysScroll(page, "the article");
  });
});
