import { expect, test } from "@playwright/test";
import { signIn, signInApi } from "./helpers";

// Unique words per run, so these articles never collide with other spec files' data (or a re-run's).
const RUN = Date.now().toString(36);
const HTML_TITLE = `Kestrel Valley reservoir to reopen ${RUN}`;
const HTML = `<!doctype html>
<html><head><title>${HTML_TITLE} | Valley Courier</title><script>window.ads = "<p>advert</p>";</script></head>
<body>
  <nav><a href="/">Home</a><a href="/sport">Sport</a></nav>
  <article>
    <h1>${HTML_TITLE}</h1>
    <p>The Kestrel Valley reservoir will reopen to the public on 1 May 2026, the water authority said on Thursday.</p>
    <p>Repairs to the dam cost $18.4 million, according to figures released by the county council in March 2025.</p>
    <p>Visitor numbers fell by 42 percent while the reservoir was closed, the tourism board said.</p>
  </article>
  <footer>© Valley Courier</footer>
</body></html>`;

const bulkRow = (n: number) => ({
  title: `Granary district report ${n} ${RUN}`,
  text: `The Granary district council approved ${n * 4} new bus routes on June ${n}, 2025, the transport officer said (${RUN}).\n\nRidership rose by ${n + 10} percent last year, according to the operator.`,
  publisher: "Granary Gazette",
});

test.describe.configure({ mode: "serial" });

test("a reviewer uploads an .html file and lands on the article with proposed, scored claims", async ({ page }) => {
  await signIn(page, "reviewer");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Import" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import articles" })).toBeVisible();
  await page.getByRole("tab", { name: "Upload a file" }).click();
  const form = page.getByRole("form", { name: "Upload a file" });

  // A wrong file type first: refused next to the file field.
  await form.getByLabel("Article file").setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7 binary") });
  await form.getByRole("button", { name: "Upload and import" }).click();
  await expect(form.locator("#upload-file-error")).toHaveText("must be a .txt, .md or .html file (not .pdf)");

  await form.getByLabel("Article file").setInputFiles({ name: "reservoir.html", mimeType: "text/html", buffer: Buffer.from(HTML) });
  await form.getByLabel("Publisher").fill("Valley Courier");
  await form.getByLabel("Published").fill("2026-04-02");
  await page.screenshot({ path: "test-results/screens/import-upload.png" });
  await form.getByRole("button", { name: "Upload and import" }).click();

  await expect(page).toHaveURL(/\/articles\/[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1, name: HTML_TITLE })).toBeVisible();
  const text = page.getByTestId("article-text");
  // HTML reduced to its readable text: the navigation, script and footer are gone, paragraphs kept.
  await expect(text).toContainText("Repairs to the dam cost $18.4 million");
  await expect(text).not.toContainText("advert");
  await expect(text).not.toContainText("Sport");
  await expect(text.locator(".claim-mark").first()).toBeVisible();
  const claims = page.getByTestId("claim-list-item");
  await expect(claims.first()).toBeVisible();
  await expect(claims.filter({ hasText: "$18.4 million" })).toContainText(/score \d\.\d\d/);
  await page.screenshot({ path: "test-results/screens/import-landed.png" });

  // The same file again is recognised as a duplicate, with a link to the article.
  const articleUrl = page.url();
  await page.goto("/import?tab=upload");
  const again = page.getByRole("form", { name: "Upload a file" });
  await again.getByLabel("Article file").setInputFiles({ name: "reservoir-copy.html", mimeType: "text/html", buffer: Buffer.from(HTML) });
  await again.getByRole("button", { name: "Upload and import" }).click();
  const notice = page.getByTestId("duplicate-notice");
  await expect(notice).toContainText("Already imported");
  await notice.getByRole("link", { name: /existing article/ }).click();
  await expect(page).toHaveURL(articleUrl);
});

test("“Import new version” on an article stores pasted text as its next version", async ({ page }) => {
  await signIn(page, "reviewer");
  await page.goto("/articles");
  await page.getByRole("link", { name: HTML_TITLE }).click();
  await page.getByRole("link", { name: "Import new version" }).click();
  await expect(page).toHaveURL(/\/import\?versionOf=/);
  await expect(page.getByTestId("version-target")).toContainText(HTML_TITLE);
  const form = page.getByRole("form", { name: "Paste text" });
  // The metadata starts from the article's.
  await expect(form.getByLabel("Title")).toHaveValue(HTML_TITLE);
  await expect(form.getByLabel("Publisher")).toHaveValue("Valley Courier");
  await form
    .getByLabel("Article text")
    .fill(
      `${HTML_TITLE}\n\nCorrection: the reservoir will reopen on 8 May 2026, the water authority said on Thursday.\n\nRepairs to the dam cost $18.4 million, according to figures released by the county council in March 2025.`,
    );
  await form.getByRole("button", { name: "Import as new version" }).click();
  await expect(page).toHaveURL(/\/articles\/[^/?]+$/);
  await expect(page.getByText("Version 2", { exact: true })).toBeVisible();
  await expect(page.getByTestId("article-text")).toContainText("Correction: the reservoir will reopen on 8 May 2026");
});

test("a bulk JSONL import shows real progress up to 100% and a per-row table with the rejected row", async ({ page }) => {
  await signIn(page, "reviewer");
  await page.goto("/import");
  await page.getByRole("tab", { name: "Bulk (JSONL/CSV)" }).click();
  const rows = [bulkRow(1), bulkRow(2), { text: `A row without its title, 7 percent of it (${RUN}).` }, bulkRow(3), bulkRow(4), bulkRow(5)];
  const jsonl = rows.map((row) => JSON.stringify(row)).join("\n");
  await page.getByLabel("JSONL or CSV file").setInputFiles({ name: "granary.jsonl", mimeType: "application/x-ndjson", buffer: Buffer.from(jsonl) });
  await page.getByRole("button", { name: "Start import" }).click();

  const progress = page.getByRole("progressbar", { name: "Rows imported" });
  await expect(progress).toBeVisible();
  await expect(progress).toHaveAttribute("aria-valuemax", "6");
  await expect(page).toHaveURL(/[?&]batch=/);
  await expect(progress).toHaveAttribute("aria-valuenow", "6", { timeout: 60_000 });
  await expect(page.getByTestId("import-percent")).toHaveText("100%");
  await expect(page.getByTestId("import-state")).toHaveText("Done");

  const table = page.getByRole("table", { name: "Import results" });
  await expect(table.getByTestId("import-row")).toHaveCount(6);
  const rejected = table.locator('[data-testid="import-row"][data-outcome="rejected"]');
  await expect(rejected).toHaveCount(1);
  await expect(rejected.locator("td").first()).toHaveText("3");
  await expect(rejected).toContainText("title: is required");
  await expect(table.locator('[data-testid="import-row"][data-outcome="imported"]')).toHaveCount(5);
  await page.screenshot({ path: "test-results/screens/import-bulk.png", fullPage: true });

  // A reload picks the batch up again from the address; each imported row links to its article.
  await page.reload();
  await expect(page.getByTestId("import-percent")).toHaveText("100%");
  await table.getByRole("link", { name: "Open article" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: `Granary district report 1 ${RUN}` })).toBeVisible();
});

test("the import API refuses bad uploads with 400 naming the field, and viewers with 403", async ({ request, playwright, baseURL }) => {
  await signInApi(request, "editor");
  const noFile = await request.post("/api/imports", { multipart: { note: "no file here" } });
  expect(noFile.status()).toBe(400);
  expect((await noFile.json()).error).toMatchObject({ field: "file", message: "file: is required: choose a file" });

  const wrongType = await request.post("/api/imports", { multipart: { file: { name: "list.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("PK") } } });
  expect(wrongType.status()).toBe(400);
  expect((await wrongType.json()).error).toMatchObject({ field: "file", message: "file: must be a .jsonl or .csv file (not .xlsx)" });

  const badBytes = await request.post("/api/articles/upload", { multipart: { file: { name: "latin1.txt", mimeType: "text/plain", buffer: Buffer.from([0x43, 0x61, 0x66, 0xe9]) } } });
  expect(badBytes.status()).toBe(400);
  expect((await badBytes.json()).error).toMatchObject({ field: "file", message: expect.stringContaining("not valid UTF-8") });

  const badUrl = await request.post("/api/articles/upload", { multipart: { file: { name: "a.txt", mimeType: "text/plain", buffer: Buffer.from("Some text.") }, url: "ftp://x" } });
  expect(badUrl.status()).toBe(400);
  expect((await badUrl.json()).error).toMatchObject({ field: "url", message: "url: must be an http:// or https:// URL" });

  // JSON where a file upload is expected: the wrong content type, refused before anything is read.
  const json = await request.post("/api/imports", { data: { file: "x" } });
  expect(json.status()).toBe(415);
  expect((await json.json()).error).toMatchObject({ field: "body", message: "body: send the request body as multipart/form-data" });

  const queued = await request.post("/api/imports", { multipart: { file: { name: "one.csv", mimeType: "text/csv", buffer: Buffer.from(`title,text\nOne row ${RUN},"The pier reopened on 3 June 2025, the harbour master said (${RUN})."\n`) } } });
  expect(queued.status()).toBe(202);
  const { batch } = (await queued.json()) as { batch: { id: string; total: number; status: string } };
  expect(batch).toMatchObject({ total: 1, status: "queued" });
  await expect
    .poll(async () => ((await (await request.get(`/api/imports/${batch.id}?rows=false`)).json()) as { batch: { status: string } }).batch.status, { timeout: 30_000 })
    .toBe("done");
  const missing = await request.get("/api/imports/no-such-import");
  expect(missing.status()).toBe(404);

  const viewer = await playwright.request.newContext({ baseURL });
  await signInApi(viewer, "viewer");
  const refused = await viewer.post("/api/imports", { multipart: { file: { name: "one.csv", mimeType: "text/csv", buffer: Buffer.from("title,text\nA,B\n") } } });
  expect(refused.status()).toBe(403);
  expect((await viewer.get(`/api/imports/${batch.id}`)).status()).toBe(403);
  await viewer.dispose();
});

test("the Import link is shown only to roles that may import", async ({ page }) => {
  await signIn(page, "viewer");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Import" })).toHaveCount(0);
});
