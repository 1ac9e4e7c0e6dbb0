import { expect, test } from "@playwright/test";
import { signIn, USERS } from "./helpers";

test("a wrong password gets one clear message that does not say which field was wrong", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(USERS.reviewer.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signin-error")).toHaveText("The email or password is incorrect.");
  await expect(page).toHaveURL(/\/signin/);

  await page.getByLabel("Email").fill("nobody@factdesk.test");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signin-error")).toHaveText("The email or password is incorrect.");
});

test("signing in lands a reviewer on their queue; signing out returns to sign-in", async ({ page }) => {
  await signIn(page, "reviewer");
  await expect(page.getByRole("heading", { level: 1, name: "My queue" })).toBeVisible();
  await expect(page.getByTestId("current-role")).toHaveText("reviewer");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/articles");
  await expect(page).toHaveURL(/\/signin/);
});

test("signed out, pages redirect to sign-in and the API answers 401 JSON", async ({ page, request }) => {
  await page.goto("/articles");
  await expect(page).toHaveURL(/\/signin/);
  for (const url of ["/api/articles", "/api/ratings", "/api/claims/abc"]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(401);
    expect((await response.json()).error.code).toBe("unauthenticated");
  }
  const post = await request.post("/api/articles", { data: { title: "x", text: "y" } });
  expect(post.status()).toBe(401);
});

test("after too many failed sign-ins the account is refused for a while, and the form says so", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill("lockout@factdesk.test");
  await page.getByLabel("Password").fill("guess");
  const error = page.getByTestId("signin-error");
  for (let attempt = 0; attempt < 8; attempt++) {
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(error).toHaveText("The email or password is incorrect.");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(error).toHaveText(/Too many failed sign-ins\. Try again in 15 minutes\./);
});
