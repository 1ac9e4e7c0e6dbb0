import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signIn } from "./helpers";

// Sign-ins (Argon2), password changes and axe runs take a while on a loaded machine.
test.describe.configure({ timeout: 240_000 });
const SLOW = { timeout: 45_000 };

/** Creates an account on the admin's Users screen; returns its one-time password. */
async function createAccount(page: Page, name: string, email: string, role: string): Promise<string> {
  await page.goto("/admin/users");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption(role);
  await page.getByRole("button", { name: "Create with a one-time password" }).click();
  await expect(page.getByTestId("one-time-password-notice")).toContainText(email);
  await expect(page.getByTestId(`user-row-${email}`)).toContainText("One-time password");
  return (await page.getByTestId("one-time-password").textContent())!.trim();
}

async function signInAs(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("the admin creates a user, who signs in with the one-time password and must choose their own", async ({ page, browser }) => {
  await signIn(page, "admin");
  await page.getByRole("link", { name: "Admin" }).click();
  await expect(page).toHaveURL(/\/admin\/users/);
  const oneTimePassword = await createAccount(page, "Nadia Haddad", "nadia@factdesk.test", "reviewer");
  await page.screenshot({ path: "test-results/screens/admin-users-1440.png", fullPage: true });

  const context = await browser.newContext();
  const newcomer = await context.newPage();
  await signInAs(newcomer, "nadia@factdesk.test", oneTimePassword);
  await expect(newcomer).toHaveURL(/\/account\/password/, SLOW);
  await expect(newcomer.getByRole("heading", { name: "Choose your password" })).toBeVisible();
  // Nothing else opens until then.
  await newcomer.goto("/articles");
  await expect(newcomer).toHaveURL(/\/account\/password/, SLOW);
  await expectNoAxeViolations(newcomer, "change password");
  await newcomer.getByLabel("One-time password").fill(oneTimePassword);
  await newcomer.getByLabel("New password").fill("short");
  await newcomer.getByRole("button", { name: "Save the new password" }).click();
  await expect(newcomer.getByText("must be at least 12 characters")).toBeVisible(SLOW);
  await newcomer.getByLabel("New password").fill("nadia's own long passphrase");
  await newcomer.getByRole("button", { name: "Save the new password" }).click();
  await expect(newcomer).toHaveURL(/\/articles/, SLOW);
  await expect(newcomer.getByRole("heading", { name: "Articles" })).toBeVisible();
  await expect(newcomer.getByTestId("current-role")).toHaveText("reviewer");
  await context.close();

  await page.reload();
  await expect(page.getByTestId("user-row-nadia@factdesk.test")).not.toContainText("One-time password");
});

test("a disabled user is signed out at their next request", async ({ page, browser }) => {
  await signIn(page, "admin");
  const oneTimePassword = await createAccount(page, "Omar Diallo", "omar@factdesk.test", "editor");
  const context = await browser.newContext();
  const omar = await context.newPage();
  await signInAs(omar, "omar@factdesk.test", oneTimePassword);
  await expect(omar).toHaveURL(/\/account\/password/, SLOW);
  await omar.getByLabel("One-time password").fill(oneTimePassword);
  await omar.getByLabel("New password").fill("omar's own long passphrase");
  await omar.getByRole("button", { name: "Save the new password" }).click();
  await expect(omar.getByRole("heading", { name: "Articles" })).toBeVisible(SLOW);

  await page.reload();
  const row = page.getByTestId("user-row-omar@factdesk.test");
  await row.getByRole("button", { name: "Disable" }).click();
  await expect(row).toContainText("Disabled");

  await omar.reload();
  await expect(omar).toHaveURL(/\/signin/, SLOW);
  expect((await omar.request.get("/api/articles")).status()).toBe(401);
  await signInAs(omar, "omar@factdesk.test", "omar's own long passphrase");
  await expect(omar.getByTestId("signin-error")).toHaveText("The email or password is incorrect.", SLOW);
  await context.close();

  // The audit log tells who did it.
  await page.goto("/admin/audit?action=user.disable");
  await expect(page.getByTestId("audit-log")).toContainText("Amara Okafor disabled the account omar@factdesk.test");
});

test("the rating scale, organisation and audit screens work for the admin and pass axe", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/admin/ratings");
  const mixed = page.getByTestId("rating-row-mixed");
  await mixed.getByLabel("Label").fill("Half true");
  await mixed.getByRole("button", { name: "Save" }).click();
  await expect(mixed.locator(".rating-pill")).toHaveText("Half true");
  await expectNoAxeViolations(page, "rating scale");
  await page.screenshot({ path: "test-results/screens/admin-ratings-1440.png", fullPage: true });

  await page.goto("/admin/organisation");
  await page.getByLabel("Name", { exact: true }).fill("Riverton Checks");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
  await expectNoAxeViolations(page, "organisation");

  await page.goto("/admin/audit");
  await expect(page.getByTestId("audit-log")).toContainText("changed the organisation's settings: name");
  await page.getByLabel("What").selectOption("rating.update");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/action=rating.update/);
  await expect(page.getByTestId("audit-log").locator("tbody tr")).toHaveCount(1);
  await expectNoAxeViolations(page, "audit log");
  await page.screenshot({ path: "test-results/screens/admin-audit-1440.png", fullPage: true });

  await page.goto("/admin/users");
  await expectNoAxeViolations(page, "users");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/screens/admin-users-390.png", fullPage: true });
  await page.goto("/admin/ratings");
  await page.screenshot({ path: "test-results/screens/admin-ratings-390.png", fullPage: true });
  await page.goto("/admin/audit");
  await page.screenshot({ path: "test-results/screens/admin-audit-390.png", fullPage: true });
});

test("an editor opening /admin gets the not-found page, not the screens", async ({ page }) => {
  await signIn(page, "editor");
  await expect(page.getByRole("link", { name: "Admin" })).toHaveCount(0);
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Admin" })).toHaveCount(0);
});
