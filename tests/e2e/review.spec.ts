import { expect, test } from "@playwright/test";
import { openDemoArticle, signIn } from "./helpers";

const CLAIM = "China holds a dominant position in rare-earth mineral production";
const RATIONALE = "USGS data: China mined about 70% of rare earths in 2024 and refines about 90%.";

test.describe.configure({ mode: "serial" });

test("the demo article shows its claims highlighted and its flags marked", async ({ page }) => {
  await signIn(page, "reviewer");
  await openDemoArticle(page);
  const text = page.getByTestId("article-text");
  await expect(text.locator(".claim-mark").first()).toBeVisible();
  await expect(text.locator(".claim-mark.st-published").first()).toBeVisible();
  await expect(text.locator(".flag-pin").first()).toBeVisible();
  await page.screenshot({ path: "test-results/screens/article.png", fullPage: false });

  // The summary tab: where the claims stand, how they were rated, what the flags are.
  await page.getByRole("tab", { name: "Summary" }).click();
  const summary = page.getByTestId("article-summary");
  await expect(summary.locator(".summary-row", { hasText: "Published" })).toContainText("2");
  await expect(summary.locator(".summary-row", { hasText: /^False/ })).toContainText("1");
  await expect(summary.locator(".summary-row", { hasText: "Citation residue" })).toContainText("4");
  await page.screenshot({ path: "test-results/screens/summary.png" });
});

test("a reviewer adds evidence and proposes a verdict, which survives a reload", async ({ page }) => {
  await signIn(page, "reviewer");
  await openDemoArticle(page);
  await page.getByTestId("claim-list-item").filter({ hasText: CLAIM }).click();
  const panel = page.getByTestId("claim-panel");
  await expect(panel.locator("blockquote")).toHaveText(CLAIM);

  await panel.getByRole("tab", { name: /Evidence/ }).click();
  await panel.getByRole("button", { name: "+ Add evidence" }).click();
  const form = panel.getByRole("form", { name: "Add evidence" });
  // Bad input first: a non-http URL and no title are refused next to their fields.
  await form.getByLabel("Source URL").fill("ftp://example.org/file");
  await form.getByRole("button", { name: "Save evidence" }).click();
  await expect(form.locator("#url-error")).toContainText("http");
  await form.getByLabel("Source URL").fill("https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-rare-earths.pdf");
  await form.getByLabel("Title").fill("Mineral Commodity Summaries 2025: Rare earths");
  await form.getByLabel("Publisher").fill("U.S. Geological Survey");
  await form.getByLabel("Published").fill("2025-01-31");
  await form.getByText("Supports", { exact: true }).click();
  await form.getByLabel("Quoted excerpt").fill("China accounted for about 69% of world rare-earth mine production.");
  await form.getByRole("button", { name: "Save evidence" }).click();
  await expect(panel.getByTestId("evidence-item").filter({ hasText: "Mineral Commodity Summaries 2025" })).toBeVisible();
  await expect(panel.getByTestId("claim-status")).toHaveText("In review");

  await panel.getByRole("tab", { name: /Verdicts/ }).click();
  const verdict = panel.getByRole("form", { name: "Your verdict" });
  await verdict.getByLabel("Rating").selectOption({ label: "True" });
  await verdict.getByLabel("Rationale").fill(RATIONALE);
  await verdict.getByRole("button", { name: "Propose verdict" }).click();
  await expect(verdict.getByRole("status")).toHaveText("Verdict saved.");

  await page.reload();
  const reloaded = page.getByTestId("claim-panel");
  await expect(reloaded.locator("blockquote")).toHaveText(CLAIM);
  await expect(reloaded.getByTestId("verdict-item").filter({ hasText: RATIONALE })).toContainText("True");
  await page.screenshot({ path: "test-results/screens/claim-panel.png" });
});

test("an editor approves the verdict and the exported Markdown carries it", async ({ page }) => {
  await signIn(page, "editor");
  await openDemoArticle(page);
  await page.getByTestId("claim-list-item").filter({ hasText: CLAIM }).click();
  const panel = page.getByTestId("claim-panel");
  const item = panel.getByTestId("verdict-item").filter({ hasText: RATIONALE });
  const status = await panel.getByTestId("claim-status").textContent();
  // The open dialog (closed ones are not in the accessibility tree).
  const dialog = page.getByRole("dialog");
  // Approving asks first; Cancel (which has the focus) changes nothing, nor does Escape.
  await item.getByRole("button", { name: "Approve as final" }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("heading", { name: "Approve this verdict as final?" })).toBeVisible();
  await expect(dialog).toContainText("True");
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.screenshot({ path: "test-results/screens/confirm-approve.png" });
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(panel.getByTestId("claim-status")).toHaveText(status!);
  await expect(panel.getByTestId("final-verdict")).toHaveCount(0);
  await item.getByRole("button", { name: "Approve as final" }).click();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId("claim-status")).toHaveText(status!);
  // Confirmed, it is done.
  await item.getByRole("button", { name: "Approve as final" }).click();
  await dialog.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(panel.getByTestId("claim-status")).toHaveText("Approved");
  await expect(panel.getByTestId("final-verdict")).toContainText("True");
  await panel.getByRole("button", { name: "Publish" }).click();
  await expect(dialog.getByRole("heading", { name: "Publish this verdict?" })).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(panel.getByTestId("claim-status")).toHaveText("Approved");
  await panel.getByRole("button", { name: "Publish" }).click();
  await dialog.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(panel.getByTestId("claim-status")).toHaveText("Published");

  const downloadPromise = page.waitForEvent("download");
  await page.getByTestId("export-button").click();
  await page.getByTestId("report-published-md").click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^factdesk-report-.*\.md$/);
  const path = await download.path();
  const { readFile } = await import("node:fs/promises");
  const markdown = await readFile(path, "utf8");
  expect(markdown).toContain(CLAIM);
  expect(markdown).toContain(RATIONALE);
  expect(markdown).toContain("- **Rating:** True");
  expect(markdown).toContain("Mineral Commodity Summaries 2025");
});

test("an editor unpublishes a published claim for a correction only once confirmed, with a reason", async ({ page }) => {
  await signIn(page, "editor");
  await openDemoArticle(page);
  await page.getByTestId("claim-list-item").filter({ hasText: CLAIM }).click();
  const panel = page.getByTestId("claim-panel");
  await expect(panel.getByTestId("claim-status")).toHaveText("Published");
  const dialog = page.getByRole("dialog");
  await panel.getByRole("button", { name: "Reopen for correction…" }).click();
  await expect(dialog.getByRole("heading", { name: "Unpublish and reopen for a correction?" })).toBeVisible();
  await expect(dialog.getByLabel("Why must the published verdict be corrected?")).toBeFocused();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(panel.getByTestId("claim-status")).toHaveText("Published");
  // A reason is required, in words.
  await panel.getByRole("button", { name: "Reopen for correction…" }).click();
  await dialog.getByRole("button", { name: "Unpublish" }).click();
  await expect(dialog.locator("#status-reason-error")).toBeVisible();
  await expect(panel.getByTestId("claim-status")).toHaveText("Published");
  await dialog.getByLabel("Why must the published verdict be corrected?").fill("The USGS figure is for 2024, not 2025.");
  await dialog.getByRole("button", { name: "Unpublish" }).click();
  await expect(dialog).toBeHidden();
  await expect(panel.getByTestId("claim-status")).toHaveText("In review");
});
