import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { parse as parseCsv } from "csv-parse/sync";
import { demoArticleId, openDemoArticle, signIn } from "./helpers";
import { readPdfText } from "./pdf-text";

const PUBLISHED_CLAIM = "At a high-profile summit held in Busan, South Korea on October 30, 2025";
const UNPUBLISHED_RATIONALE = "Coverage of Brazil concerns soybeans";

async function download(page: Page, testId: string): Promise<{ name: string; text: string }> {
  const menu = page.getByTestId("export-button");
  if (!(await page.getByTestId(testId).isVisible())) await menu.click();
  const waiting = page.waitForEvent("download");
  await page.getByTestId(testId).click();
  const file = await waiting;
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, "utf8") };
}

test("an editor downloads the published report in every format, and the working one", async ({ page }) => {
  await signIn(page, "editor");
  await openDemoArticle(page);

  const html = await download(page, "report-published-html");
  expect(html.name).toMatch(/^factdesk-report-.*\.published\.html$/);
  expect(html.text).toContain("<svg class=\"chart\"");
  expect(html.text).toContain('<script type="application/ld+json">');

  const md = await download(page, "report-published-md");
  expect(md.text).toContain(PUBLISHED_CLAIM);
  expect(md.text).not.toContain(UNPUBLISHED_RATIONALE);

  const csv = await download(page, "report-published-csv");
  const rows = parseCsv(csv.text, { columns: true, bom: true }) as Record<string, string>[];
  expect(rows.length).toBeGreaterThanOrEqual(2);
  expect(rows.every((r) => r.status === "published")).toBe(true);

  const json = JSON.parse((await download(page, "report-published-json")).text);
  expect(json).toMatchObject({ schemaVersion: 1, kind: "published" });

  const reviews = JSON.parse((await download(page, "report-published-claimreview")).text);
  expect(reviews.every((r: { "@type": string }) => r["@type"] === "ClaimReview")).toBe(true);

  const annotations = JSON.parse((await download(page, "report-published-annotations")).text);
  expect(annotations.type).toBe("AnnotationCollection");

  const working = await download(page, "report-working-md");
  expect(working.name).toMatch(/\.working\.md$/);
  expect(working.text).toContain(UNPUBLISHED_RATIONALE);
});

test("a viewer is offered only the published report, and the server refuses the working one", async ({ page }) => {
  await signIn(page, "viewer");
  await openDemoArticle(page);
  await page.getByTestId("export-button").click();
  await expect(page.getByTestId("report-published-md")).toBeVisible();
  await expect(page.getByTestId("report-working-md")).toHaveCount(0);
  const id = await demoArticleId(page.request);
  const refused = await page.request.get(`/api/articles/${id}/report?format=md&kind=working`);
  expect(refused.status()).toBe(403);
});

test("the HTML report prints to a PDF with its claims and no text cut off; screenshots at 1440 and 390", async ({ page }) => {
  await signIn(page, "editor");
  const id = await demoArticleId(page.request);
  await page.goto(`/api/articles/${id}/report?format=html&kind=published`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Xi Jinping");
  await expect(page.locator("svg.chart")).toHaveCount(2);
  await page.screenshot({ path: "test-results/screens/report-1440.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/screens/report-390.png", fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  const { text, outside, pages } = await readPdfText(new Uint8Array(pdf));
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(text).toContain("Busan, South Korea on October 30, 2025");
  expect(text).toContain("January 20, 2025");
  expect(text).not.toContain(UNPUBLISHED_RATIONALE);
  expect(outside).toEqual([]);
});

test("the Reports page exports every article's published verdicts with its progress", async ({ page }) => {
  await signIn(page, "editor");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reports" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reports" })).toBeVisible();
  await page.getByLabel("Format").selectOption("csv");
  const waiting = page.waitForEvent("download");
  await page.getByTestId("reports-export").click();
  const file = await waiting;
  await expect(page.getByTestId("reports-progress")).toContainText(/Done: \d+ articles? · .* saved\./);
  expect(file.suggestedFilename()).toMatch(/^factdesk-reports-\d{4}-\d{2}-\d{2}\.published\.csv$/);
  const rows = parseCsv(await readFile((await file.path())!, "utf8"), { columns: true, bom: true }) as Record<string, string>[];
  expect(rows.some((r) => r.claim_text?.startsWith(PUBLISHED_CLAIM))).toBe(true);
  expect(rows.every((r) => r.status === "published")).toBe(true);
  await page.screenshot({ path: "test-results/screens/reports-page.png" });

  // A bad range is named next to its field.
  await page.getByLabel("Articles published from").fill("2025-12-01");
  await page.getByLabel("to", { exact: true }).fill("2025-01-01");
  await page.getByTestId("reports-export").click();
  await expect(page.locator("#to-error")).toHaveText("must not be before from");
});

test("an editor shares the published report; signed out it opens with its ClaimReview; revoked it is 404", async ({ page, browser }) => {
  await signIn(page, "editor");
  await openDemoArticle(page);
  await page.getByTestId("export-button").click();
  await page.getByTestId("share-create").click();
  const url = await page.getByTestId("share-url").inputValue();
  expect(url).toMatch(/\/r\/[A-Za-z0-9_-]{43}$/);

  const visitor = await browser.newContext();
  const anonymous = await visitor.newPage();
  const response = await anonymous.goto(url);
  expect(response!.status()).toBe(200);
  await expect(anonymous.getByRole("heading", { level: 1 })).toContainText("Xi Jinping");
  await expect(anonymous.getByText(PUBLISHED_CLAIM).first()).toBeVisible();
  await expect(anonymous.getByText(UNPUBLISHED_RATIONALE)).toHaveCount(0);
  const jsonLd = JSON.parse((await anonymous.locator('script[type="application/ld+json"]').textContent())!);
  const reviews = Array.isArray(jsonLd) ? jsonLd : [jsonLd];
  expect(reviews.length).toBeGreaterThanOrEqual(2);
  // Each verdict's ClaimReview url is its stable public page, open signed out.
  const verdictPage = await anonymous.goto(reviews[0].url);
  expect(verdictPage!.status()).toBe(200);
  await expect(anonymous.locator("article.claim")).toHaveCount(1);

  await page.getByTestId("share-revoke").first().click();
  await expect(page.getByTestId("share-link").first()).toContainText("revoked");
  expect((await anonymous.goto(url))!.status()).toBe(404);
  expect((await anonymous.goto(url.replace(/.$/, (c) => (c === "A" ? "B" : "A"))))!.status()).toBe(404);
  await visitor.close();
});
