/**
 * The article page with 1,000 claims in Chromium: the server's response time, the JavaScript the page
 * loads (every script, gzipped) against a bare App Router page of the same build (a page that renders
 * nothing of ours: the not-found page), and the long tasks while it renders.
 */
import { gzipSync } from "node:zlib";
import { existsSync } from "node:fs";
import { chromium, type Browser } from "@playwright/test";
import type { ResultRow } from "./result-row";

const CHROMIUM = process.env.FACTDESK_CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

async function scriptBytes(browser: Browser, url: string, cookie: { name: string; value: string; url: string }) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addCookies([cookie]);
  await context.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
    }).observe({ type: "longtask", buffered: true });
  });
  const page = await context.newPage();
  const bodies: Promise<number>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") bodies.push(response.body().then((b) => gzipSync(b).length, () => 0));
  });
  const started = Date.now();
  await page.goto(url, { waitUntil: "load" });
  await page.waitForLoadState("networkidle");
  const loadMs = Date.now() - started;
  await page.waitForTimeout(500);
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  const gzipped = (await Promise.all(bodies)).reduce((a, b) => a + b, 0);
  await context.close();
  return { gzipped, scripts: bodies.length, loadMs, longTasks };
}

async function serverMs(url: string, cookie: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie } });
    await response.text();
    if (i > 0) times.push(performance.now() - started); // the first warms the route
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

export async function measurePages(options: { appUrl: string; cookie: string; longArticleId: string }): Promise<ResultRow[]> {
  const [name, ...rest] = options.cookie.split("=");
  const cookie = { name: name as string, value: rest.join("="), url: options.appUrl };
  const articleUrl = `${options.appUrl}/articles/${options.longArticleId}`;
  const server = await serverMs(articleUrl, options.cookie);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
  try {
    const article = await scriptBytes(browser, articleUrl, cookie);
    const bare = await scriptBytes(browser, `${options.appUrl}/bench-bare-page-not-found`, cookie);
    const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
    const longTotal = article.longTasks.reduce((a, b) => a + b, 0);
    const ratio = article.gzipped / bare.gzipped;
    return [
      { figure: "article page, 1,000 claims: server response (median of 6)", factdesk: `${server.toFixed(0)} ms`, baseline: "", ratio: null, target: "<300 ms", ok: server < 300 },
      { figure: "article page, 1,000 claims: JS loaded, gzipped", factdesk: `${kb(article.gzipped)} (${article.scripts} scripts)`, baseline: `${kb(bare.gzipped)} bare App Router page (${bare.scripts})`, ratio, target: "≤1.5×", ok: ratio <= 1.5 },
      {
        figure: "article page, 1,000 claims: long tasks in Chromium",
        factdesk: `${article.longTasks.length} tasks, ${longTotal.toFixed(0)} ms total, longest ${Math.max(0, ...article.longTasks).toFixed(0)} ms (load ${article.loadMs} ms)`,
        baseline: `${bare.longTasks.length} tasks, ${bare.longTasks.reduce((a, b) => a + b, 0).toFixed(0)} ms`,
        ratio: null,
        target: "",
        ok: null,
        data: { article, bare },
      },
    ];
  } finally {
    await browser.close();
  }
}
