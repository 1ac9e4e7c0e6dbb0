import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_TITLE, openShortcutsDialog, signIn } from "./helpers";

test.describe.configure({ timeout: 120_000 });

async function search(page: Page, words: string) {
  await page.getByRole("searchbox", { name: "Search for" }).fill(words);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${encodeURIComponent(words).replace(/%20/g, "\\+")}`));
}

test("an editor finds a claim by a word of its verdict, the match marked, and the search survives a reload", async ({ page }) => {
  await signIn(page, "editor");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Search" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
  await search(page, "growers");
  const results = page.getByTestId("search-results").getByRole("listitem").filter({ has: page.getByRole("link") });
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText("Brazil");
  await expect(results.first().locator("mark", { hasText: "growers" })).toBeVisible();
  await expect(results.first()).toContainText("Verdict");
  await expect(results.first()).toContainText("Needs second review");

  await page.reload();
  await expect(page.getByRole("searchbox", { name: "Search for" })).toHaveValue("growers");
  await expect(results).toHaveCount(1);
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  await page.screenshot({ path: "test-results/search-1440.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/search-390.png", fullPage: true });

  await results.first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/articles\/[^/?]+\?claim=/);
});

test("a viewer matches published verdicts only; a reviewer blind to a claim does not match its verdict", async ({ page }) => {
  await signIn(page, "viewer");
  await page.goto("/search?q=growers");
  await expect(page.getByText("No claim matches")).toBeVisible();
  await page.goto(`/search?q=${encodeURIComponent('"third term"')}`);
  await expect(page.getByTestId("search-results")).toContainText("inauguration");
  await expect(page.getByTestId("search-results").locator("mark", { hasText: "third" }).first()).toBeVisible();

  await page.context().clearCookies();
  await signIn(page, "reviewer");
  await page.goto("/search?q=growers");
  await expect(page.getByText("No claim matches")).toBeVisible();
});

test("the header's search box, focused by `/` on any desk page, goes to the Search page with the query", async ({ page }) => {
  await signIn(page, "editor");
  const dialog = await openShortcutsDialog(page);
  await expect(dialog.getByRole("row").filter({ hasText: "go to the search box in the header" })).toBeVisible();
  await dialog.getByRole("button", { name: "Close" }).click();
  await page.keyboard.press("/");
  const box = page.getByRole("searchbox", { name: "Search the desk" });
  await expect(box).toBeFocused();
  await expect(box).toHaveValue("");
  await page.keyboard.type("growers");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=growers/);
  await expect(page.getByRole("searchbox", { name: "Search for" })).toHaveValue("growers");
  await expect(page.getByTestId("search-results").getByRole("listitem").filter({ has: page.getByRole("link") })).toHaveCount(1);
  await page.screenshot({ path: "test-results/header-search-1440.png" });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/articles");
  await expect(page.getByRole("searchbox", { name: "Search the desk" })).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: "test-results/header-search-390.png" });
});

test("Find: Articles lists the articles whose text has the words, the passage marked; a viewer is not offered comments", async ({ page }) => {
  await signIn(page, "editor");
  await page.goto("/search");
  await page.getByRole("searchbox", { name: "Search for" }).fill("soybean");
  await page.getByLabel("Find").selectOption({ label: "Articles" });
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/type=article/);
  const hits = page.getByTestId("search-results").getByRole("listitem").filter({ has: page.getByRole("link") });
  await expect(hits.first().getByRole("link")).toHaveText(DEMO_TITLE);
  await expect(hits.first()).toContainText("In the text");
  await expect(hits.first().locator("mark").first()).toHaveText(/soybean/i);
  await page.screenshot({ path: "test-results/search-articles-1440.png" });
  await hits.first().getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: DEMO_TITLE })).toBeVisible();

  await page.context().clearCookies();
  await signIn(page, "viewer");
  await page.goto("/search");
  const find = page.getByLabel("Find");
  await expect(find.locator("option")).toHaveText(["Claims, anywhere", "Claims, their own words", "Claims, by their evidence", "Articles"]);
});
