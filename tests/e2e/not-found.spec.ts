import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// A 404 inside the desk: the header, its sections and sign-out stay, with a way back to the articles.
async function expectDeskNotFound(page: Page, url: string): Promise<void> {
  const response = await page.goto(url);
  expect(response!.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Articles" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(page.getByTestId("current-role")).toHaveText("editor");
  await expect(page.getByRole("main").getByRole("link", { name: "Back to the articles" })).toBeVisible();
}

for (const size of [
  { name: "1440", width: 1440, height: 900 },
  { name: "390", width: 390, height: 844 },
]) {
  test(`at ${size.name} px, an unknown desk URL and an unknown article are a 404 inside the desk's frame`, async ({ page }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await signIn(page, "editor");
    await expectDeskNotFound(page, "/no-such-page");
    await page.screenshot({ path: `test-results/screens/not-found-${size.name}.png`, fullPage: true });
    await expectDeskNotFound(page, "/articles/no-such-article");
    await expectDeskNotFound(page, "/articles/no-such-article/versions");
    await page.getByRole("main").getByRole("link", { name: "Back to the articles" }).click();
    await expect(page).toHaveURL(/\/articles$/);
  });
}

test("signed out, an unknown URL is a plain 404 that shows nothing of the desk", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response!.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
});
