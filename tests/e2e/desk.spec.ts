// Issue 9, the review desk's work distribution in the browser: My queue (landing page, order, Take, j/k and
// Enter), the header's counts and the inbox bell, assigning from the article page and the claim panel.
import { expect, test, type Page } from "@playwright/test";
import { demoArticleId, expectNoAxeViolations, signIn } from "./helpers";

test.describe.configure({ timeout: 180_000 });

const nav = (page: Page) => page.getByRole("navigation", { name: "Main" });

test("a reviewer lands on My queue, takes an unassigned claim and opens it with j and Enter", async ({ page }) => {
  await signIn(page, "reviewer2");
  await expect(page.getByRole("heading", { level: 1, name: "My queue" })).toBeVisible();
  const unassigned = page.getByTestId("queue-unassigned");
  await expect(unassigned.getByRole("row")).not.toHaveCount(0);
  const before = Number((await nav(page).getByTestId("nav-queue-count").textContent())!.trim().split(" ")[0]);
  await expectNoAxeViolations(page, "my queue");

  const first = unassigned.getByRole("row").nth(1);
  const claimText = (await first.getByRole("link").innerText()).trim();
  await first.getByRole("button", { name: "Take" }).click();
  // Taken: it is mine now, in the list above, and the header counts it.
  await expect(page.getByTestId("queue-assigned").getByRole("link", { name: claimText })).toBeVisible();
  await expect(unassigned.getByRole("link", { name: claimText, exact: true })).toHaveCount(0);
  await expect(nav(page).getByTestId("nav-queue-count")).toHaveText(new RegExp(`^${before + 1} `));

  // j selects the first row of the queue (mine, by due date), Enter opens it in its article.
  await page.keyboard.press("j");
  const selectedRow = page.locator("tr.is-selected");
  await expect(selectedRow).toHaveCount(1);
  const selectedText = (await selectedRow.getByRole("link").innerText()).trim();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/articles\/[^/?]+\?claim=/);
  await expect(page.getByTestId("claim-panel").locator("blockquote")).toHaveText(selectedText);
});

test("an editor assigns a claim to a reviewer: it reaches the reviewer's bell and queue, and reading it clears the count", async ({ page, browser }) => {
  await signIn(page, "reviewer");
  const unread = page.getByTestId("inbox-unread");
  const before = Number((await unread.textContent())!.trim());

  // The editor assigns it from the claim panel, with a due date.
  const editorContext = await browser.newContext();
  const editorPage = await editorContext.newPage();
  await signIn(editorPage, "editor");
  const articleId = await demoArticleId(editorPage.request);
  const { claims } = (await (await editorPage.request.get(`/api/articles/${articleId}/claims`)).json()) as { claims: { id: string; exact: string; status: string; assigneeId: string | null }[] };
  const claim = { ...claims.find((c) => c.status === "new" && !c.assigneeId)! };
  const text = claim.exact;
  await editorPage.goto(`/articles/${articleId}?claim=${claim.id}`);
  const assignment = editorPage.getByTestId("claim-assignment");
  await expect(assignment).toContainText("Unassigned");
  await assignment.getByRole("button", { name: "Assign…" }).click();
  await assignment.getByLabel("Assign to").selectOption({ label: "Ravi Menon (reviewer)" });
  await assignment.getByLabel("Due date (optional)").fill("2031-05-01");
  await expectNoAxeViolations(editorPage, "claim assignment form", '[data-testid="claim-assignment"]');
  await assignment.getByRole("button", { name: "Save assignment" }).click();
  await expect(assignment).toContainText("Assigned to Ravi Menon, due 1 May 2031");
  await editorContext.close();

  await page.reload();
  await expect(unread).toHaveText(String(before + 1));
  const row = page.getByTestId("queue-assigned").getByRole("row").filter({ hasText: text });
  await expect(row).toContainText("1 May 2031");

  await page.getByTestId("inbox-button").click();
  const item = page.getByTestId("inbox-popover").getByTestId("inbox-item").filter({ hasText: "due 2031-05-01" });
  await expect(item).toContainText("Elena Ruiz assigned you a claim");
  await expect(item).toContainText("unread");
  await expectNoAxeViolations(page, "inbox popover");
  await item.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/articles/${articleId}\\?claim=${claim.id}`));
  await expect(page.getByTestId("claim-panel").locator("blockquote")).toHaveText(text);
  await expect(unread).toHaveText(String(before));
});

test("an editor assigns every open claim of an article from its toolbar; a reviewer takes one in the claim panel", async ({ page, browser }) => {
  await signIn(page, "editor");
  const sentence = "The port authority said the dredging cost 14 million euros, twice the 7 million it budgeted in 2023.";
  const text = `Harbour dredging runs over budget.\n\n${sentence} Ships waited 40 percent longer at the quay in May than in April.`;
  const imported = await page.request.post("/api/articles", { data: { title: "Harbour dredging runs over budget", text } });
  expect(imported.status()).toBe(201);
  const { articleId } = (await imported.json()) as { articleId: string };
  const start = text.indexOf(sentence);
  const made = await page.request.post(`/api/articles/${articleId}/claims`, { data: { start, end: start + sentence.length } });
  expect([201, 409]).toContain(made.status());
  const { claims } = (await (await page.request.get(`/api/articles/${articleId}/claims`)).json()) as { claims: { id: string; status: string }[] };
  const open = claims.filter((c) => c.status !== "dismissed" && c.status !== "published");
  expect(open.length).toBeGreaterThan(0);

  await page.goto(`/articles/${articleId}`);
  await page.getByTestId("assign-article-button").click();
  const dialog = page.getByRole("dialog", { name: "Assign the article's open claims" });
  await dialog.getByLabel("Assign to").selectOption({ label: "Sam Ito (reviewer)" });
  await dialog.getByRole("button", { name: "Assign open claims" }).click();
  await expect(page.getByTestId("assign-article-status")).toHaveText(`Assigned ${open.length} ${open.length === 1 ? "claim" : "claims"}.`);

  // One of them unassigned again in its panel, then taken by another reviewer there.
  await page.goto(`/articles/${articleId}?claim=${open[0]!.id}`);
  const assignment = page.getByTestId("claim-assignment");
  await expect(assignment).toContainText("Assigned to Sam Ito");
  await assignment.getByRole("button", { name: "Reassign…" }).click();
  await assignment.getByLabel("Assign to").selectOption({ label: "Nobody (unassigned)" });
  await assignment.getByRole("button", { name: "Save assignment" }).click();
  await expect(assignment).toContainText("Unassigned");

  const reviewerContext = await browser.newContext();
  const reviewer = await reviewerContext.newPage();
  await signIn(reviewer, "reviewer");
  await reviewer.goto(`/articles/${articleId}?claim=${open[0]!.id}`);
  const theirs = reviewer.getByTestId("claim-assignment");
  await expect(theirs.getByRole("button", { name: "Reassign…" })).toHaveCount(0);
  await theirs.getByRole("button", { name: "Take" }).click();
  await expect(theirs).toContainText("Assigned to you");
  await reviewerContext.close();
});

test("the Articles list's filters live in the URL: applied and reloaded they stay, cleared they go", async ({ page }) => {
  await signIn(page, "editor");
  for (const [title, day] of [
    ["Tramline opens late", "2025-03-02"],
    ["Tramline fares rise", "2025-04-20"],
  ] as const) {
    const res = await page.request.post("/api/articles", { data: { title, text: `${title}. The city said the tramline cost 90 million euros in 2024.`, publisher: "Westhaven Post", publishedAt: day } });
    expect(res.status()).toBe(201);
  }
  await page.goto("/articles");
  const filters = page.getByRole("form", { name: "Filter articles" });
  await filters.getByLabel("Publisher").selectOption("Westhaven Post");
  await filters.getByLabel("Published from").fill("2025-03-01");
  await filters.getByLabel("Sort").selectOption({ label: "Title A–Z" });
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/publisher=Westhaven\+Post/);
  await expect(page).toHaveURL(/sort=title_asc/);
  const titles = page.getByTestId("articles-table").locator(".article-title");
  await expect(titles).toHaveText(["Tramline fares rise", "Tramline opens late"]);
  await expectNoAxeViolations(page, "articles list with filters", '[data-testid="article-filters"]');

  await page.reload();
  await expect(filters.getByLabel("Publisher")).toHaveValue("Westhaven Post");
  await expect(filters.getByLabel("Published from")).toHaveValue("2025-03-01");
  await expect(filters.getByLabel("Sort")).toHaveValue("title_asc");
  await expect(titles).toHaveText(["Tramline fares rise", "Tramline opens late"]);

  // Narrowed further by date: one left; the form still says what is applied.
  await filters.getByLabel("Published to").fill("2025-03-31");
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(titles).toHaveText(["Tramline opens late"]);
  await page.goBack();
  await expect(titles).toHaveText(["Tramline fares rise", "Tramline opens late"]);
  await filters.getByRole("link", { name: "Clear" }).click();
  await expect(page).toHaveURL(/\/articles$/);
  await expect(filters.getByLabel("Publisher")).toHaveValue("");
});

test("a comment @mentions a colleague chosen from the autocomplete and its link is safe; the mention reaches their bell", async ({ page, browser }) => {
  // Sam has a desk page open all along: the bell learns of the mention by itself (it asks every minute).
  const other = await browser.newContext();
  await other.clock.install();
  const sam = await other.newPage();
  await signIn(sam, "reviewer2");
  const samUnread = sam.getByTestId("inbox-unread");
  const before = Number(await samUnread.innerText());

  await signIn(page, "reviewer");
  const articleId = await demoArticleId(page.request);
  const { claims } = (await (await page.request.get(`/api/articles/${articleId}/claims`)).json()) as { claims: { id: string }[] };
  await page.goto(`/articles/${articleId}?claim=${claims[0]!.id}`);
  const panel = page.getByTestId("claim-panel");
  await panel.getByRole("tab", { name: /Discussion/ }).click();
  const box = panel.getByLabel("Comment");
  await box.fill("Can you check the tariff table ");
  await box.pressSequentially("@it");
  const list = page.getByTestId("mention-list");
  await expect(list.getByRole("option")).toHaveText(["@reviewer2 Sam Ito"]);
  await expectNoAxeViolations(page, "mention autocomplete", '[data-testid="claim-panel"]');
  await box.press("Enter");
  await expect(box).toHaveValue("Can you check the tariff table @reviewer2 ");
  await expect(list).toHaveCount(0);
  await box.pressSequentially("at https://stats.example.org/tariffs?y=2024. And javascript:alert(1)");
  await panel.getByRole("button", { name: "Comment" }).click();
  const link = panel.getByRole("link", { name: "https://stats.example.org/tariffs?y=2024" });
  await expect(link).toHaveAttribute("href", "https://stats.example.org/tariffs?y=2024");
  await expect(link).toHaveAttribute("rel", "noopener noreferrer nofollow");
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(panel.getByRole("link", { name: /javascript/ })).toHaveCount(0);
  await expect(panel.getByText("And javascript:alert(1)", { exact: false })).toBeVisible();

  await sam.clock.fastForward("01:05");
  await expect(samUnread).toHaveText(String(before + 1));
  await sam.getByTestId("inbox-button").click();
  await expect(sam.getByTestId("inbox-item").filter({ hasText: "Ravi Menon mentioned you" }).first()).toBeVisible();
  await other.close();
});

test("a reviewer edits their evidence, archives a pasted copy, then deletes it; the history keeps each step", async ({ page }) => {
  await signIn(page, "reviewer");
  const sentence = "The ferry carried 2.1 million passengers in 2024, up from 1.6 million in 2023.";
  const text = `Ferry numbers climb.\n\n${sentence}`;
  const imported = await page.request.post("/api/articles", { data: { title: "Ferry numbers climb", text } });
  const { articleId } = (await imported.json()) as { articleId: string };
  const start = text.indexOf(sentence);
  const made = await page.request.post(`/api/articles/${articleId}/claims`, { data: { start, end: start + sentence.length } });
  const { claim } = (await made.json()) as { claim: { id: string } };
  const added = await page.request.post(`/api/claims/${claim.id}/evidence`, { data: { url: "https://ferries.example/2024", title: "Ferry report", stance: "supports" } });
  expect(added.status()).toBe(201);

  await page.goto(`/articles/${articleId}?claim=${claim.id}`);
  const panel = page.getByTestId("claim-panel");
  await panel.getByRole("tab", { name: /Evidence/ }).click();
  const item = panel.getByTestId("evidence-item");
  await item.getByRole("button", { name: "Edit evidence “Ferry report”" }).click();
  const form = panel.getByRole("form", { name: "Edit evidence" });
  await expect(form.getByLabel("Title")).toHaveValue("Ferry report");
  await form.getByLabel("Title").fill("Ferry operator annual report 2024");
  await form.getByLabel("Publisher").fill("Harbour Ferries");
  await form.getByText("Refutes").click();
  await expectNoAxeViolations(page, "edit evidence form", '[data-testid="claim-panel"]');
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(item.getByRole("link", { name: "Ferry operator annual report 2024" })).toBeVisible();
  await expect(item).toContainText("refutes");
  await expect(item).toContainText("Harbour Ferries");

  await item.getByRole("button", { name: /Archive a copy of/ }).click();
  await panel.getByRole("form", { name: "Archive a copy" }).getByLabel("Pasted text").fill("Passengers 2024: 2,104,000.");
  await panel.getByRole("button", { name: "Archive the copy" }).click();
  await expect(item.getByTestId("evidence-archive")).toContainText("pasted text, 27 bytes");

  await page.reload();
  await panel.getByRole("tab", { name: /Evidence/ }).click();
  await expect(item.getByRole("link", { name: "Ferry operator annual report 2024" })).toBeVisible();
  await item.getByRole("button", { name: /Delete evidence/ }).click();
  await panel.getByLabel("Why (optional)").fill("Wrong year");
  await panel.getByRole("button", { name: "Delete evidence", exact: true }).click();
  await expect(panel.getByTestId("evidence-item")).toHaveCount(0);
  await panel.getByRole("tab", { name: /History/ }).click();
  const history = panel.getByTestId("claim-history");
  await expect(history).toContainText("Ravi Menon edited evidence “Ferry operator annual report 2024” (title, publisher, stance)");
  await expect(history).toContainText("Ravi Menon archived a copy of the evidence (pasted text");
  await expect(history).toContainText("Ravi Menon deleted evidence “Ferry operator annual report 2024”: Wrong year");
});
