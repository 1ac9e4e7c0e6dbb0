import { expect, test } from "@playwright/test";
import { openDemoArticle, openShortcutsDialog, signIn } from "./helpers";

test("? lists every shortcut in a dialog that Esc closes; typed in a field it is just a character", async ({ page }) => {
  await signIn(page, "reviewer");
  await openDemoArticle(page);
  const dialog = await openShortcutsDialog(page);
  await expect(dialog.getByRole("heading", { name: "Keyboard shortcuts" })).toBeVisible();
  for (const what of ["next flag", "previous flag", "close the claim or flag panel", "confirm the flag", "dismiss the flag", "show this list of shortcuts"]) {
    await expect(dialog).toContainText(what);
  }
  await expect(dialog.getByRole("button", { name: "Close" })).toBeFocused();
  await page.screenshot({ path: "test-results/screens/shortcuts-dialog.png" });
  // While it is open the page's shortcuts wait: j does not open a flag behind it.
  await page.keyboard.press("j");
  await expect(page.getByTestId("flag-panel")).toHaveCount(0);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  // On another page too, and Close closes it.
  await page.goto("/reports");
  await openShortcutsDialog(page);
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
  const from = page.getByLabel("Articles published from");
  await expect(from).toBeVisible();
  await page.goto("/import");
  const title = page.getByLabel("Title").first();
  await title.fill("What?");
  await expect(title).toHaveValue("What?");
  await expect(dialog).toBeHidden();
});
