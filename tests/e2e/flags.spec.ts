import { expect, test, type Page } from "@playwright/test";
import { openDemoArticle, signIn } from "./helpers";

// These tests resolve flags of the demo article (never its claims). They pick flags by what the list
// shows rather than by ids, and each starts from a fresh page; none relies on another spec's state.
test.describe.configure({ mode: "serial" });

async function openFlagsTab(page: Page) {
  await signIn(page, "reviewer");
  await openDemoArticle(page);
  const aside = page.getByRole("complementary", { name: "Review panel" });
  await aside.getByRole("tab", { name: /Flags/ }).click();
  const list = page.getByTestId("flag-list");
  await expect(list).toBeVisible();
  return { aside, list, rows: list.getByTestId("flag-list-item"), panel: page.getByTestId("flag-panel") };
}

test("the flags list shows the open flags and filters them by kind, with counts", async ({ page }) => {
  const { list, rows } = await openFlagsTab(page);
  await expect(list.getByRole("button", { name: /^Open/ })).toHaveAttribute("aria-pressed", "true");
  const openCount = await rows.count();
  expect(openCount).toBeGreaterThanOrEqual(8);
  await expect(list.getByRole("button", { name: /^Open/ })).toContainText(String(openCount));
  // Every row: kind, severity, status, the flagged words and the explanation.
  const first = rows.first();
  await expect(first.locator(".flag-summary")).toContainText(/open/i);
  await expect(first.locator(".flag-row-quote")).not.toBeEmpty();
  await expect(first.locator(".flag-row-explanation")).not.toBeEmpty();

  const kind = list.getByLabel("Kind");
  await expect(kind.locator('option[value="citation_residue"]')).toHaveText(/Citation residue \(\d+\)/);
  await kind.selectOption("citation_residue");
  await expect(rows.first()).toContainText("Citation residue");
  const residues = await rows.count();
  expect(residues).toBeGreaterThanOrEqual(3);
  expect(residues).toBeLessThan(openCount);
  for (const row of await rows.all()) await expect(row).toContainText("Citation residue");
  await expect(rows.filter({ hasText: "Reuters +2" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "The Guardian +1" })).toHaveCount(1);
  await expect(list.getByRole("status")).toHaveText(new RegExp(`^${residues} of \\d+ flags`));
  await page.screenshot({ path: "test-results/screens/flags-list-filtered.png" });

  // Raised by a person: the demo reviewer's flag on "China even led this discussion".
  await kind.selectOption("all");
  await list.getByLabel("Raised by").selectOption("person");
  await expect(rows.filter({ hasText: "China even led this discussion" })).toHaveCount(1);
  for (const row of await rows.all()) await expect(row).toHaveAttribute("data-rule", "person");
  await list.getByRole("button", { name: "Reset filters" }).click();
  await expect(rows).toHaveCount(openCount);
});

test("j moves to the next flag in reading order; hovering shows the explanation; c confirms", async ({ page }) => {
  const { rows, panel } = await openFlagsTab(page);
  const firstExplanation = (await rows.nth(0).locator(".flag-row-explanation").textContent())!;
  const secondExplanation = (await rows.nth(1).locator(".flag-row-explanation").textContent())!;
  const thirdExplanation = (await rows.nth(2).locator(".flag-row-explanation").textContent())!;

  // Hovering a pin in the text shows the flag's explanation.
  const text = page.getByTestId("article-text");
  const firstId = (await rows.nth(0).getAttribute("data-flag-row"))!;
  await text.locator(`[data-flag-pin="${firstId}"]`).hover();
  await expect(page.getByTestId("flag-tooltip")).toBeVisible();
  await expect(page.getByTestId("flag-tooltip")).toContainText(firstExplanation);
  await page.screenshot({ path: "test-results/screens/flag-tooltip.png" });
  await page.mouse.move(0, 0);

  await page.keyboard.press("j");
  await expect(panel.getByTestId("flag-explanation")).toHaveText(firstExplanation);
  await expect(panel.getByTestId("flag-position")).toHaveText(/^1 of \d+ open flags/);
  await page.keyboard.press("j");
  await expect(panel.getByTestId("flag-explanation")).toHaveText(secondExplanation);
  await expect(panel.getByTestId("flag-position")).toHaveText(/^2 of /);
  // k goes back, j forward again.
  await page.keyboard.press("k");
  await expect(panel.getByTestId("flag-explanation")).toHaveText(firstExplanation);
  await page.keyboard.press("j");
  await expect(panel.getByTestId("flag-explanation")).toHaveText(secondExplanation);
  // The selected flag's words are outlined in the text, its pin marked.
  await expect(text.locator(".flag-sel").first()).toBeVisible();
  await expect(text.locator(".flag-pin.is-selected")).toHaveCount(1);

  await expect(panel.getByTestId("flag-status")).toHaveText("open");
  const total = Number((await panel.getByTestId("flag-position").textContent())!.match(/^2 of (\d+)/)![1]);
  await page.keyboard.press("c");
  // Confirmed, the second flag leaves the open flags and the next open one opens in its place: still "2 of",
  // of one fewer.
  await expect(panel.getByTestId("flag-explanation")).toHaveText(thirdExplanation);
  await expect(panel.getByTestId("flag-status")).toHaveText("open");
  await expect(panel.getByTestId("flag-position")).toHaveText(new RegExp(`^2 of ${total - 1} open flags`));
  await expect(panel.getByRole("heading", { level: 2 })).toBeFocused();
  await page.reload();
  await expect(page.getByTestId("flag-panel").getByTestId("flag-explanation")).toHaveText(thirdExplanation);
  // The confirmed flag is listed under Confirmed.
  await page.keyboard.press("Escape");
  await page.getByTestId("flag-list").getByRole("button", { name: /^Confirmed/ }).click();
  const confirmed = page.getByTestId("flag-list-item").filter({ hasText: secondExplanation });
  await expect(confirmed).toHaveCount(1);
  await confirmed.click();
  await expect(page.getByTestId("flag-panel").getByTestId("flag-status")).toHaveText("confirmed");
});

test("a selected flag outlines all its spans; j respects the list's filter; Escape goes back to the list", async ({ page }) => {
  const { list, rows, panel } = await openFlagsTab(page);
  const text = page.getByTestId("article-text");
  // The flag on the inauguration date points at three places: the date, "just four weeks before" and the meeting date.
  // (Whatever its status: an earlier test may have confirmed it.)
  await list.getByRole("button", { name: /^All/ }).click();
  await list.getByLabel("Raised by").selectOption("temporal.sequence");
  await rows.filter({ hasText: "January 20, 2025" }).click();
  await expect(panel.getByRole("heading", { name: "Temporal inconsistency" })).toBeFocused();
  await expect(text.locator(".flag-sel-start")).toHaveCount(3);
  for (const words of ["January 20, 2025", "just four weeks before", "October 30, 2025"]) {
    await expect(text.locator(".flag-sel").filter({ hasText: words }).first()).toBeVisible();
  }
  await page.screenshot({ path: "test-results/screens/flag-selected.png" });
  await page.keyboard.press("Escape");
  await expect(panel).toHaveCount(0);
  await expect(rows.first()).toBeFocused();

  await list.getByRole("button", { name: "Reset filters" }).click();
  await list.getByLabel("Kind").selectOption("citation_residue");
  await page.locator("body").click({ position: { x: 5, y: 300 } });
  await page.keyboard.press("j");
  await expect(panel.getByRole("heading", { level: 2 })).toHaveText("Citation residue");
  await page.keyboard.press("j");
  await expect(panel.getByRole("heading", { level: 2 })).toHaveText("Citation residue");
  await expect(panel.getByTestId("flag-position")).toHaveText(/^2 of \d+ open flags \(filtered\)/);
});

test("d opens the dismissal with the reason focused; Enter dismisses; a reason is required", async ({ page }) => {
  const { list, rows, panel } = await openFlagsTab(page);
  await rows.filter({ hasText: "an diplomatic" }).click();
  await expect(panel.getByRole("heading", { name: "Editorial" })).toBeVisible();

  await page.keyboard.press("d");
  const reason = panel.getByLabel("Why is this not an error?");
  await expect(reason).toBeFocused();
  await expect(reason).toHaveValue("");
  // No reason: refused next to the field, nothing changes.
  await reason.press("Enter");
  await expect(panel.locator("#flag-dismiss-reason-error")).toContainText("say why");
  await expect(panel.getByTestId("flag-status")).toHaveText("open");

  await reason.fill("Quoted as published; the typo is in the source text we reproduce.");
  await page.screenshot({ path: "test-results/screens/flag-dismiss.png" });
  await reason.press("Enter");
  // Dismissed, it makes way for the next open flag.
  await expect(panel).not.toContainText("an diplomatic");
  await expect(panel.getByTestId("flag-status")).toHaveText("open");

  // Back in the list it is gone from the open flags, and listed under Dismissed with its reason.
  await page.keyboard.press("Escape");
  await expect(rows.filter({ hasText: "an diplomatic" })).toHaveCount(0);
  await list.getByRole("button", { name: /^Dismissed/ }).click();
  await expect(rows.filter({ hasText: "an diplomatic" })).toHaveCount(1);
  await rows.filter({ hasText: "an diplomatic" }).click();
  await expect(panel.getByTestId("flag-status")).toHaveText("dismissed");
  await expect(panel).toContainText("Quoted as published");
  await page.keyboard.press("Escape");
  await page.reload();
  await page.getByRole("tab", { name: /Flags/ }).click();
  await page.getByTestId("flag-list").getByRole("button", { name: /^Dismissed/ }).click();
  await expect(page.getByTestId("flag-list-item").filter({ hasText: "an diplomatic" })).toContainText("dismissed");
});
