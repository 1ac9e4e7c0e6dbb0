import { expect, test } from "@playwright/test";
import { demoArticleId, openDemoArticle, signIn, signInApi } from "./helpers";

test("a viewer reads everything but sees no write controls", async ({ page }) => {
  await signIn(page, "viewer");
  await openDemoArticle(page);
  await page.getByTestId("claim-list-item").filter({ hasText: "Busan, South Korea" }).click();
  const panel = page.getByTestId("claim-panel");
  await expect(panel.getByTestId("final-verdict")).toContainText("True");
  await expect(panel.getByTestId("verdict-item").first()).toBeVisible();
  await expect(panel.getByRole("form", { name: /verdict/i })).toHaveCount(0);
  await expect(panel.getByRole("button", { name: /Approve|Publish|Dismiss|Start review|Send back/ })).toHaveCount(0);
  await panel.getByRole("tab", { name: /Evidence/ }).click();
  await expect(panel.getByTestId("evidence-item").first()).toBeVisible();
  await expect(panel.getByRole("button", { name: "+ Add evidence" })).toHaveCount(0);
  await panel.getByRole("tab", { name: /Flags/ }).click();
  await expect(panel.getByRole("button", { name: "+ Flag an error" })).toHaveCount(0);
  await panel.getByRole("tab", { name: /Discussion/ }).click();
  await expect(panel.getByLabel("Comment")).toHaveCount(0);
});

test("a viewer sent to a page the role may not open lands on the articles with the reason", async ({ page }) => {
  await signIn(page, "viewer");
  await page.goto("/import");
  await expect(page).toHaveURL(/\/articles\?denied=article\.import/);
  await expect(page.getByTestId("denied-notice")).toHaveText("Your role (viewer) may not import articles.");
});

test("the server refuses a viewer's writes with 403, whatever the UI shows", async ({ request }) => {
  await signInApi(request, "viewer");
  const articleId = await demoArticleId(request);
  const { article } = (await (await request.get(`/api/articles/${articleId}`)).json()) as { article: { claims: { id: string }[] } };
  const claimId = article.claims[0]!.id;
  const attempts = [
    request.post(`/api/claims/${claimId}/evidence`, { data: { url: "https://example.org", title: "x", stance: "supports" } }),
    request.post(`/api/claims/${claimId}/verdicts`, { data: { ratingId: "x", rationale: "0123456789", confidence: 50 } }),
    request.patch(`/api/claims/${claimId}`, { data: { status: "in_review", revision: 0 } }),
    request.post(`/api/articles/${articleId}/claims`, { data: { start: 0, end: 20 } }),
    request.post(`/api/articles`, { data: { title: "x", text: "Some text." } }),
  ];
  for (const response of await Promise.all(attempts)) {
    expect(response.status()).toBe(403);
    expect((await response.json()).error.code).toBe("forbidden");
  }
  // Reading and exporting the published report is allowed.
  const report = await request.get(`/api/articles/${articleId}/report?format=json`);
  expect(report.status()).toBe(200);
  expect((await report.json()).kind).toBe("published");
});
