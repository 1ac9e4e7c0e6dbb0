import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { DEMO_TITLE, signIn } from "./helpers";

test.describe.configure({ timeout: 120_000 });

test("an editor opens the dashboard from the nav: figures, charts with their tables, agreement, people", async ({ page }) => {
  await signIn(page, "editor");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  // The demo desk has the inauguration claim rated by two reviewers (other specs may add more).
  await expect(page.getByText(/Krippendorff’s alpha, nominal \([1-9]\d* claims\)/)).toBeVisible();
  await expect(page.getByTestId("alpha-nominal")).toHaveText(/^(—|-?\d\.\d{3})$/);
  // Screen readers read each chart's numbers from its table.
  await expect(page.getByRole("table", { name: "Claims by status" }).getByRole("row", { name: /^Published/ }).getByRole("cell")).toHaveText(/^[1-9]\d*$/);
  await expect(page.getByRole("table", { name: "Verdicts by rating" }).getByRole("row")).toHaveCount(9); // heading + the demo scale's 8 ratings
  await expect(page.getByRole("table", { name: "Claims published per week" }).getByRole("row")).toHaveCount(13);
  await expect(page.getByTestId("reviewer-table")).toContainText("Ravi Menon");
  await expect(page.getByTestId("pair-table")).toContainText("Ravi Menon & Sam Ito");
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  await page.screenshot({ path: "test-results/dashboard-1440.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/dashboard-390.png", fullPage: true });
});

test("an editor narrows the agreement to one article and to a range of days, and a bad range is named", async ({ page }) => {
  await signIn(page, "editor");
  await page.goto("/dashboard");
  const byArticle = page.getByTestId("article-agreement-table");
  await expect(byArticle.getByRole("row", { name: new RegExp(DEMO_TITLE) })).toBeVisible();
  await byArticle.getByRole("link", { name: DEMO_TITLE }).click();
  await expect(page).toHaveURL(/\/dashboard\?article=/);
  await expect(page.getByText(new RegExp(`Krippendorff’s alpha, nominal \\([1-9]\\d* claims, in “${DEMO_TITLE}”\\)`))).toBeVisible();
  await expect(page.getByLabel("Agreement on the article")).toHaveValue(/.+/);

  // Verdicts are given today or earlier: from tomorrow nothing is rated twice.
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("Last verdict from").fill(tomorrow);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByTestId("alpha-nominal")).toHaveText("—");
  await expect(page.getByText(new RegExp(`nominal \\(0 claims, in “${DEMO_TITLE}”, last verdict ${tomorrow}`))).toBeVisible();
  await expect(page.getByLabel("Agreement on the article").locator("option:checked")).toHaveText(DEMO_TITLE);
  await page.screenshot({ path: "test-results/dashboard-scoped-1440.png", fullPage: true });

  await page.goto("/dashboard?from=2026-12-05&to=2026-12-01");
  await expect(page.getByRole("alert").filter({ hasText: "to:" })).toHaveText("to: must not be before from");
  await page.getByRole("link", { name: "Whole desk" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("a reviewer has no dashboard: no link, and the page refuses them", async ({ page }) => {
  await signIn(page, "reviewer");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" })).toHaveCount(0);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/articles\?denied=dashboard\.read/);
  await expect(page.getByTestId("denied-notice")).toHaveText("Your role (reviewer) may not open the dashboard.");
  expect((await page.request.get("/api/dashboard")).status()).toBe(403);
});
