import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// An article of our own, so the demo article's claims (review.spec, viewer.spec) stay as they are.
const TITLE = "Harbour tunnel opens after six years of work";
const P1 = "The Port Elsby harbour tunnel opened to traffic on 4 May 2025, the regional transport authority said. The tunnel cost 2.4 billion euros, 40 percent more than the 2019 budget of 1.7 billion euros.";
const P2 = "Mayor Ilse Varga said the tunnel would cut commuting times by half. Some residents think the new entrance is ugly.";
const P3 = "According to the authority, 38,000 vehicles used the tunnel in its first week. Traffic on the old coastal road fell by 22 percent over the same period.";
const TEXT = [TITLE, P1, P2, P3].join("\n\n");

const COST = "The tunnel cost 2.4 billion euros, 40 percent more than the 2019 budget of 1.7 billion euros.";
const OPENED = "The Port Elsby harbour tunnel opened to traffic on 4 May 2025, the regional transport authority said.";
const MAYOR = "Mayor Ilse Varga said the tunnel would cut commuting times by half.";
const VEHICLES = "According to the authority, 38,000 vehicles used the tunnel in its first week.";
const OPINION = "Some residents think the new entrance is ugly.";

test.describe.configure({ mode: "serial" });

let articleId = "";

/** Selects `quote` in the article reader as a person would (a DOM range), then releases the mouse. */
async function selectInArticle(page: Page, quote: string): Promise<void> {
  await page.getByTestId("article-text").evaluate((reader, q) => {
    const runs = [...reader.querySelectorAll<HTMLElement>("[data-offset]")].filter((el) => el.firstChild?.nodeType === Node.TEXT_NODE);
    const text = runs.map((el) => el.textContent ?? "").join("");
    const at = text.indexOf(q);
    if (at < 0) throw new Error(`not in the article: ${q}`);
    const point = (offset: number, isEnd: boolean): [Node, number] => {
      let seen = 0;
      for (const el of runs) {
        const length = el.textContent?.length ?? 0;
        if (isEnd ? offset <= seen + length : offset < seen + length) return [el.firstChild!, offset - seen];
        seen += length;
      }
      throw new Error("offset out of the text");
    };
    const range = document.createRange();
    range.setStart(...point(at, false));
    range.setEnd(...point(at + q.length, true));
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    reader.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
  }, quote);
}

async function openClaim(page: Page, text: string) {
  await page.getByTestId("claim-list-item").filter({ hasText: text }).click();
  const panel = page.getByTestId("claim-panel");
  await expect(panel.locator("blockquote")).toHaveText(text);
  return panel;
}

test("a reviewer imports an article and accepts a claim the analysis proposed", async ({ page }) => {
  await signIn(page, "reviewer");
  const response = await page.request.post("/api/articles", { data: { title: TITLE, text: TEXT, publisher: "Elsby Courier" } });
  expect(response.status()).toBe(201);
  const body = (await response.json()) as { articleId: string; claimsProposed: number };
  expect(body.claimsProposed).toBeGreaterThanOrEqual(4);
  articleId = body.articleId;

  await page.goto(`/articles/${articleId}`);
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  const panel = await openClaim(page, COST);
  await expect(panel.getByTestId("claim-status")).toHaveText("New");
  await expect(panel.getByTestId("claim-score")).toContainText("proposed by analysis");
  await expect(panel.getByRole("meter", { name: "Check-worthiness" })).toBeVisible();
  await expect(panel.getByRole("list", { name: "Why" }).locator("li").first()).toBeVisible();
  await panel.getByRole("button", { name: "Accept", exact: true }).click();
  await expect(panel.getByTestId("claim-status")).toHaveText("In review");
  await expect(panel.getByRole("button", { name: "Accept", exact: true })).toHaveCount(0);
  await expect(page.getByTestId("article-text").locator(".claim-mark.st-in_review.is-selected").first()).toBeVisible();
  await page.screenshot({ path: "test-results/screens/claim-panel-curation.png" });
});

test("a reviewer makes a claim by selecting text in the article", async ({ page }) => {
  await signIn(page, "reviewer");
  await page.goto(`/articles/${articleId}`);
  await selectInArticle(page, OPINION);
  await page.getByRole("toolbar", { name: "Selection" }).getByRole("button", { name: "Make claim" }).click();
  const panel = page.getByTestId("claim-panel");
  await expect(panel.locator("blockquote")).toHaveText(OPINION);
  await expect(panel.getByTestId("claim-status")).toHaveText("New");
  // Made by a person, not proposed by the analysis: no score, and "Start review" rather than "Accept".
  await expect(panel.getByTestId("claim-score")).toHaveCount(0);
  await expect(panel.getByRole("button", { name: "Start review" })).toBeVisible();
  await expect(page).toHaveURL(/claim=/);
});

test("a keyboard user reaches the claims in the article and opens one with Enter or Space", async ({ page }) => {
  await signIn(page, "reviewer");
  await page.goto(`/articles/${articleId}`);
  const reader = page.getByTestId("article-text");
  // Start from the article's heading, then Tab as a keyboard user would until the focus is in the text.
  await page.getByRole("heading", { level: 1, name: TITLE }).click();
  let inText = false;
  for (let i = 0; i < 40 && !inText; i++) {
    await page.keyboard.press("Tab");
    inText = await reader.evaluate((el) => el.contains(document.activeElement) && document.activeElement?.classList.contains("claim-mark") === true);
  }
  expect(inText).toBe(true);
  const focused = reader.locator(".claim-mark:focus");
  const quoteOf = async () => (await focused.getAttribute("aria-label"))?.replace(/^Claim \([^)]*\): /, "") ?? "";
  // The stop names the claim and its status; its focus ring is visible.
  await expect(focused).toHaveAccessibleName(/^Claim \((new|in review)\): /);
  const first = await quoteOf();
  expect(TEXT).toContain(first);
  expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe("none");
  await page.screenshot({ path: "test-results/screens/claim-keyboard-focus.png" });
  await page.keyboard.press("Enter");
  const panel = page.getByTestId("claim-panel");
  await expect(panel.locator("blockquote")).toHaveText(first);

  // The focus stays in the text; the next stop is the next claim, and Space opens it.
  await page.keyboard.press("Tab");
  await expect(focused).toHaveAccessibleName(/^Claim \(/);
  const second = await quoteOf();
  expect(second).not.toBe(first);
  expect(TEXT.indexOf(second)).toBeGreaterThan(TEXT.indexOf(first));
  await page.keyboard.press(" ");
  await expect(panel.locator("blockquote")).toHaveText(second);
});

test("a reviewer edits a claim's span by selecting words and nudging an end", async ({ page }) => {
  await signIn(page, "reviewer");
  await page.goto(`/articles/${articleId}`);
  const panel = await openClaim(page, MAYOR);
  await panel.getByRole("button", { name: "Edit span" }).click();
  const editor = panel.getByRole("group", { name: "Edit span" });
  // A selection in the article becomes the draft span (and no "Make claim" popover shows).
  await selectInArticle(page, "the tunnel would cut commuting times by half");
  await expect(editor.getByTestId("span-preview").locator("mark")).toHaveText("the tunnel would cut commuting times by half");
  await expect(page.getByRole("toolbar", { name: "Selection" })).toHaveCount(0);
  const draft = editor.getByTestId("span-preview").locator("mark");
  await editor.getByRole("button", { name: "Start one word earlier" }).click();
  await expect(draft).toHaveText("said the tunnel would cut commuting times by half");
  await editor.getByRole("button", { name: "End one word later" }).click();
  await expect(draft).toHaveText("said the tunnel would cut commuting times by half.");
  await editor.getByRole("button", { name: "End one word later" }).click();
  await expect(draft).toHaveText("said the tunnel would cut commuting times by half. Some");
  await editor.getByRole("button", { name: "End one word earlier" }).click();
  await expect(draft).toHaveText("said the tunnel would cut commuting times by half.");
  await page.screenshot({ path: "test-results/screens/claim-span-edit.png" });
  await editor.getByRole("button", { name: "Save span" }).click();
  await expect(panel.locator("blockquote")).toHaveText("said the tunnel would cut commuting times by half.");
  await expect(panel.getByRole("status")).toHaveText("Span saved.");
  // Every tab fits in the panel at 1440 px (History used to be clipped), and the arrow keys move between them.
  const tablist = panel.getByRole("tablist", { name: "Claim" });
  const tabsFit = async () => {
    const listBox = (await tablist.boundingBox())!;
    for (const tab of await tablist.getByRole("tab").all()) {
      const box = (await tab.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(listBox.x);
      expect(box.x + box.width).toBeLessThanOrEqual(listBox.x + listBox.width);
    }
  };
  await tabsFit();
  // …and on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  await tabsFit();
  await tablist.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/screens/claim-tabs-390.png" });
  await page.setViewportSize({ width: 1440, height: 900 });
  await panel.getByRole("tab", { name: /Verdicts/ }).focus();
  await page.keyboard.press("End");
  await expect(panel.getByRole("tab", { name: "History" })).toBeFocused();
  await expect(panel.getByRole("tab", { name: "History" })).toHaveAttribute("aria-selected", "true");
  await expect(panel.getByRole("tabpanel")).toHaveAccessibleName("History");
  await page.keyboard.press("ArrowRight");
  await expect(panel.getByRole("tab", { name: /Verdicts/ })).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowLeft");
  await expect(panel.getByRole("tab", { name: "History" })).toHaveAttribute("aria-selected", "true");
  await expect(panel.getByTestId("claim-history")).toContainText("moved the claim's span");
  await page.screenshot({ path: "test-results/screens/claim-tabs-1440.png" });

  // The same edit through the API with the old revision is a conflict; an empty span names its field.
  const { claim } = (await (await page.request.get(`/api/claims/${new URL(page.url()).searchParams.get("claim")}`)).json()) as { claim: { id: string; revision: number; start: number } };
  const stale = await page.request.patch(`/api/claims/${claim.id}/span`, { data: { start: claim.start, end: claim.start + 10, revision: claim.revision - 1 } });
  expect(stale.status()).toBe(409);
  const empty = await page.request.patch(`/api/claims/${claim.id}/span`, { data: { start: claim.start, end: claim.start, revision: claim.revision } });
  expect(empty.status()).toBe(400);
  expect(((await empty.json()) as { error: { field: string } }).error.field).toBe("end");
});

test("a reviewer splits a claim at a word, then merges the two parts again", async ({ page }) => {
  await signIn(page, "reviewer");
  await page.goto(`/articles/${articleId}`);
  const panel = await openClaim(page, OPENED);
  await panel.getByRole("button", { name: "Split…" }).click();
  const splitter = panel.getByRole("group", { name: "Split claim" });
  await splitter.getByRole("button", { name: "the", exact: true }).click();
  await page.screenshot({ path: "test-results/screens/claim-split.png" });
  await splitter.getByRole("button", { name: "Split here" }).click();
  await expect(panel.locator("blockquote")).toHaveText("The Port Elsby harbour tunnel opened to traffic on 4 May 2025,");
  await expect(page.getByTestId("article-text").locator(".claim-mark", { hasText: "the regional transport authority said." })).toBeVisible();

  await panel.getByRole("button", { name: "Merge with next claim" }).click();
  const merger = panel.getByRole("group", { name: "Merge claims" });
  await expect(merger).toContainText("the regional transport authority said.");
  await page.screenshot({ path: "test-results/screens/claim-merge.png" });
  await merger.getByRole("button", { name: "Merge claims" }).click();
  await expect(panel.locator("blockquote")).toHaveText(OPENED);
  await panel.getByRole("tab", { name: "History" }).click();
  await expect(panel.getByTestId("claim-history")).toContainText("split the claim in two");
  await expect(panel.getByTestId("claim-history")).toContainText("merged claims into this one");
});

test("a new version re-anchors the claims and the versions page shows what changed", async ({ page }) => {
  await signIn(page, "reviewer");
  // A flag on the sentence the new version drops, to be looked at again once its text is gone.
  const flagNote = "The vehicle count disagrees with the authority's own weekly report.";
  const flagged = await page.request.post(`/api/articles/${articleId}/flags`, {
    data: { kind: "numeric_inconsistency", severity: "medium", note: flagNote, start: TEXT.indexOf(VEHICLES), end: TEXT.indexOf(VEHICLES) + VEHICLES.length },
  });
  expect(flagged.status()).toBe(201);
  const flagId = ((await flagged.json()) as { flag: { id: string } }).flag.id;
  const note = "Correction: an earlier version of this article gave the wrong cost.";
  const v2 = [TITLE, note, P1.replace("2.4 billion euros, 40 percent", "2.6 billion euros, 53 percent"), P2, P3.replace(VEHICLES + " ", "")].join("\n\n");
  const response = await page.request.post("/api/articles", { data: { title: TITLE, text: v2, versionOf: articleId } });
  expect(response.status()).toBe(201);
  const result = (await response.json()) as { outcome: string; version: number; reanchored: { anchored: number; fuzzy: number; orphaned: number } };
  expect(result).toMatchObject({ outcome: "new_version", version: 2 });
  expect(result.reanchored.fuzzy).toBeGreaterThanOrEqual(1);
  expect(result.reanchored.orphaned).toBeGreaterThanOrEqual(1);

  await page.goto(`/articles/${articleId}`);
  // The edited claim is found again fuzzily: its new words, and a badge asking to check the span.
  const edited = "The tunnel cost 2.6 billion euros, 53 percent more than the 2019 budget of 1.7 billion euros.";
  let panel = await openClaim(page, edited);
  await expect(panel.getByTestId("anchor-badge")).toHaveText("check the span");
  await expect(page.getByTestId("article-text").locator(".claim-mark.is-selected").first()).toBeVisible();
  await expect(page.getByTestId("article-text")).toContainText("2.6 billion euros");
  await panel.getByRole("button", { name: "Close claim" }).click();
  // The deleted sentence's claim stays listed, marked, with its last known quote.
  await expect(page.getByTestId("claim-list-item").filter({ hasText: VEHICLES })).toContainText("Text gone");
  panel = await openClaim(page, VEHICLES);
  await expect(panel.getByTestId("anchor-badge")).toHaveText("text gone");
  await expect(panel).toContainText("Last known quote");
  await expect(page.getByTestId("article-text")).not.toContainText("38,000 vehicles");
  await page.screenshot({ path: "test-results/screens/claim-orphaned.png" });
  await panel.getByRole("button", { name: "Close claim" }).click();

  await page.getByTestId("versions-button").click();
  await expect(page.getByRole("menu", { name: "Versions" })).toBeVisible();
  await page.screenshot({ path: "test-results/screens/versions-menu.png" });
  await page.getByRole("menuitem", { name: "changes from v1" }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${articleId}/versions\\?from=1&to=2`));
  await expect(page.getByRole("heading", { level: 2, name: "v1 → v2" })).toBeVisible();
  const diff = page.getByTestId("version-diff");
  await expect(diff.locator("ins", { hasText: "Correction" })).toBeVisible();
  await expect(diff.locator("ins", { hasText: "2.6" })).toBeVisible();
  await expect(diff.locator("del", { hasText: "2.4" })).toBeVisible();
  await expect(diff.locator("del", { hasText: "38,000 vehicles" })).toBeVisible();
  await expect(page.getByTestId("reanchor-summary")).toContainText("When v2 came in");
  await expect(page.getByTestId("reanchor-summary")).toContainText("orphaned (text gone)");
  await expect(page.getByTestId("attention-list")).toContainText(VEHICLES);
  await expect(page.getByTestId("version-row")).toHaveCount(2);
  await page.screenshot({ path: "test-results/screens/version-diff.png" });

  // "Needs a look now" opens the flag itself in the workspace, not just the article.
  const attention = page.getByTestId("attention-list");
  await attention.getByRole("link").filter({ hasText: "Flag" }).filter({ hasText: VEHICLES }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${articleId}\\?flag=${flagId}$`));
  const flagPanel = page.getByTestId("flag-panel");
  await expect(flagPanel.getByTestId("flag-explanation")).toHaveText(flagNote);
  await expect(flagPanel).toContainText("its text is no longer in the article");
  await page.screenshot({ path: "test-results/screens/versions-attention-flag.png" });
});
