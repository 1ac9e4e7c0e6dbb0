// The XSS corpus in every field a user can write (article title, publisher, author, text; claim; evidence;
// verdict rationale; flag note; comment), then every page and every export format that shows them, rendered
// in Chromium with a dialog listener: no script runs, and the DOM holds no event handler and no
// javascript:/data: link. The HTML and Markdown reports are rendered outside the app (no CSP to hide a bug).
import { expect, test, type Page } from "@playwright/test";
import { marked } from "marked";
import { XSS_CORPUS, XSS_URLS } from "../fixtures/xss-corpus";
import { signIn, signInApi } from "./helpers";

const hostile = XSS_CORPUS.join(" ");

/** Fails on any dialog; returns the DOM's dangerous bits for the caller to expect empty. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return dialogs;
}

async function dangerousDom(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll("*"))) {
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) found.push(`${el.tagName} ${attr.name}`);
        if (/^(href|src|action|formaction|xlink:href)$/i.test(attr.name) && /^\s*(javascript|data|vbscript):/i.test(attr.value)) found.push(`${el.tagName} ${attr.name}=${attr.value}`);
      }
      if (el.tagName === "IFRAME" || el.tagName === "EMBED" || el.tagName === "OBJECT") found.push(el.tagName);
    }
    // Only the page's own scripts: JSON-LD data blocks, or scripts Next.js itself loads.
    for (const script of Array.from(document.querySelectorAll("script"))) {
      const type = script.getAttribute("type");
      if (type === "application/ld+json") {
        try {
          JSON.parse(script.textContent ?? "");
        } catch {
          found.push("broken JSON-LD block");
        }
      } else {
        // Next.js streams the page's data in its own inline scripts (self.__next_f.push("…")): there the
        // corpus is an escaped string. Any other script holding corpus text is an injection.
        const code = (script.textContent ?? "").trim();
        if (code.includes("xss-") && !/^\(?self\.__next_f/.test(code)) found.push(`SCRIPT with corpus text: ${code.slice(0, 80)}`);
      }
    }
    return found;
  });
}

test("the XSS corpus in every field runs no script on any page or in any export", async ({ page, request }) => {
  test.setTimeout(180_000);
  await signInApi(request, "editor");
  const text = [
    `The council said on March 3, 2024, that 40 percent of residents ${XSS_CORPUS[0]} voted for the new bridge, which cost $120 million.`,
    `Mayor Jane Doe said ${XSS_CORPUS[1]} the project was finished two years ahead of schedule, and traffic fell by 12 percent.`,
    ...XSS_CORPUS.map((s, i) => `Officials said ${s} that turnout rose by ${i + 3} percent in 2023.`),
  ].join("\n\n");
  const imported = await request.post("/api/articles", {
    data: { title: `XSS desk ${Date.now()} ${XSS_CORPUS[0]}`, text, publisher: XSS_CORPUS[1], author: XSS_CORPUS[2], url: "https://news.example/xss-article" },
  });
  expect(imported.status()).toBe(201);
  const { articleId } = (await imported.json()) as { articleId: string };

  const claimsAnswer = await request.get(`/api/articles/${articleId}/claims`);
  let claimId = ((await claimsAnswer.json()) as { claims: { id: string }[] }).claims[0]?.id;
  if (!claimId) {
    const made = await request.post(`/api/articles/${articleId}/claims`, { data: { start: 0, end: 60 } });
    expect(made.status()).toBe(201);
    claimId = ((await made.json()) as { claim: { id: string } }).claim.id;
  }
  expect((await request.post(`/api/claims/${claimId}/comments`, { data: { body: hostile } })).status()).toBe(201);
  let urlsAccepted = 0;
  for (const url of XSS_URLS) {
    const answer = await request.post(`/api/claims/${claimId}/evidence`, { data: { url, title: hostile.slice(0, 300), excerpt: hostile, publisher: XSS_CORPUS[3], stance: "refutes" } });
    expect([201, 400]).toContain(answer.status());
    if (answer.status() === 201) urlsAccepted++;
  }
  expect(urlsAccepted, "some hostile-but-http URLs reach the exports").toBeGreaterThan(0);
  expect((await request.post(`/api/articles/${articleId}/flags`, { data: { kind: "misquote", severity: "high", note: hostile, claimId } })).status()).toBe(201);

  await signInApi(request, "reviewer");
  const { ratings } = (await (await request.get("/api/ratings")).json()) as { ratings: { id: string; isDismissal: boolean }[] };
  const verdict = await request.post(`/api/claims/${claimId}/verdicts`, { data: { ratingId: ratings.find((r) => !r.isDismissal)!.id, rationale: hostile, confidence: 70 } });
  expect(verdict.status()).toBe(201);
  await signInApi(request, "editor");

  const dialogs = watchDialogs(page);
  // The app's own pages.
  await signIn(page, "editor");
  for (const path of ["/articles", `/articles/${articleId}`, `/articles/${articleId}?claim=${claimId}`, `/articles/${articleId}/versions`]) {
    await page.goto(path);
    await expect(page.locator("main").first()).toBeVisible();
    expect(await dangerousDom(page), path).toEqual([]);
  }
  const panel = page.getByTestId("claim-panel");
  for (const tab of [/Evidence/, /Verdict/, /Discussion/, /History/]) {
    const handle = panel.getByRole("tab", { name: tab });
    if (await handle.count()) await handle.first().click();
    expect(await dangerousDom(page), `claim panel ${tab}`).toEqual([]);
  }

  // Every export format, both kinds; the HTML and Markdown ones rendered as a reader's browser would.
  for (const kind of ["published", "working"] as const) {
    for (const format of ["html", "md", "csv", "json", "claimreview", "annotations"] as const) {
      const answer = await request.get(`/api/articles/${articleId}/report?format=${format}&kind=${kind}`);
      expect(answer.status(), `${format} ${kind}`).toBe(200);
      const body = await answer.text();
      if (format === "html") await page.setContent(body);
      else if (format === "md") await page.setContent(await marked.parse(body));
      else if (format === "csv") {
        // No cell may start a formula, whatever was written into it.
        for (const line of body.split("\n")) expect(line, `csv ${kind}`).not.toMatch(/(^|,)"?[=+\-@]/);
        continue;
      } else {
        expect(() => JSON.parse(body), `${format} ${kind}`).not.toThrow();
        continue;
      }
      expect(await dangerousDom(page), `${format} ${kind}`).toEqual([]);
    }
  }
  // The working report shows the hostile rationale as text.
  const working = await request.get(`/api/articles/${articleId}/report?format=html&kind=working`);
  await page.setContent(await working.text());
  await expect(page.getByText(XSS_CORPUS[0]).first()).toBeVisible();
  expect(dialogs).toEqual([]);
});
