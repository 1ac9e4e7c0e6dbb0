import { expect, test, type Locator, type Page } from "@playwright/test";
import { openDemoArticle, signIn } from "./helpers";

// The reader's marks each say one thing: a claim's highlight is its verdict (status is in the list and panel
// only), a flag is a pin whose colour is its severity and whose glyph is its kind, and the two never share a
// visual channel (a fill for verdicts, a dotted line for flags). The legend says exactly that.

const STATUS_LABELS = ["New", "In review", "Needs second review", "Approved", "Published", "Dismissed"];

async function css(locator: Locator, property: string): Promise<string> {
  return locator.evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);
}

async function legendSwatch(page: Page, label: string): Promise<string> {
  const item = page.getByTestId("legend-verdicts").locator(".legend-item").filter({ hasText: new RegExp(`^${label}$`) });
  await expect(item, `legend entry ${label}`).toHaveCount(1);
  return css(item.locator(".legend-swatch"), "background-color");
}

async function legendPin(page: Page, severity: "High" | "Medium" | "Low"): Promise<string> {
  const pin = page.getByTestId("legend-flags").locator(".legend-item").filter({ hasText: severity }).locator(".flag-pin");
  return `${await css(pin, "background-color")} ${await css(pin, "border-top-color")}`;
}

test("claims are highlighted by verdict, flags are pins by severity, and the legend says so", async ({ page }) => {
  await signIn(page, "viewer");
  await openDemoArticle(page);
  const legend = page.getByTestId("legend");
  const text = page.getByTestId("article-text");
  await expect(legend).toBeVisible();

  // The legend: the rating scale (dismissal ratings are not highlights), no verdict yet, the severities — no statuses.
  const scale = (await (await page.request.get("/api/ratings")).json()) as { ratings: { label: string; color: string; isDismissal: boolean }[] };
  const verdictLabels = scale.ratings.filter((r) => !r.isDismissal).map((r) => r.label);
  expect(verdictLabels.length).toBeGreaterThan(3);
  const neutral = await legendSwatch(page, "No verdict yet");
  const swatches = new Map<string, string>();
  for (const label of verdictLabels) swatches.set(label, await legendSwatch(page, label));
  expect(new Set([neutral, ...swatches.values()]).size, "every verdict and no-verdict look different").toBe(verdictLabels.length + 1);
  const legendText = await legend.innerText();
  for (const status of STATUS_LABELS) expect(legendText).not.toMatch(new RegExp(`\\b${status}\\b`));
  const pins = { High: await legendPin(page, "High"), Medium: await legendPin(page, "Medium"), Low: await legendPin(page, "Low") };
  expect(new Set(Object.values(pins)).size, "the three severities look different").toBe(3);

  // Every claim in the text: the highlight of its verdict, named at its end; without one, the neutral highlight
  // whatever its status.
  const claimIds = await text.locator("[data-claim-id]").evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLElement).dataset.claimId!))]);
  expect(claimIds.length).toBeGreaterThan(3);
  const statusesWithoutVerdict = new Set<string>();
  let withVerdict = 0;
  for (const id of claimIds) {
    const run = text.locator(`[data-claim-id="${id}"]`).first();
    const status = (await run.getAttribute("class"))!.match(/\bst-(\w+)/)![1]!;
    if (status === "dismissed") continue;
    const tag = text.locator(`[data-verdict-for="${id}"]`);
    const background = await css(run, "background-color");
    expect(await css(run, "border-bottom-width"), "a claim has no underline: lines are for flags").toBe("0px");
    if ((await tag.count()) > 0) {
      withVerdict++;
      const label = (await tag.innerText()).trim();
      expect(swatches.has(label), `${label} is a verdict of the scale`).toBe(true);
      expect(background, `claim ${id} (${status}) is highlighted as ${label}`).toBe(swatches.get(label));
    } else {
      statusesWithoutVerdict.add(status);
      expect(background, `claim ${id} (${status}) without a verdict`).toBe(neutral);
    }
  }
  expect(withVerdict, "the demo has published verdicts").toBeGreaterThan(0);
  expect(statusesWithoutVerdict.size, "claims of different statuses share the no-verdict highlight").toBeGreaterThan(1);

  // Every flag pin is coloured as its severity's pin in the legend; flagged words get a dotted line, not a wave.
  const readerPins = text.locator("[data-flag-pin]");
  expect(await readerPins.count()).toBeGreaterThan(0);
  for (const pin of await readerPins.all()) {
    const severity = (await pin.locator(".visually-hidden").innerText()).match(/(high|medium|low) severity/)![1]!;
    const key = (severity[0]!.toUpperCase() + severity.slice(1)) as keyof typeof pins;
    expect(`${await css(pin, "background-color")} ${await css(pin, "border-top-color")}`, `a ${severity} pin`).toBe(pins[key]);
  }
  const flaggedWords = text.locator("[data-flag-ids]");
  expect(await flaggedWords.count()).toBeGreaterThan(0);
  for (const words of (await flaggedWords.all()).slice(0, 10)) expect(await css(words, "text-decoration-style")).toBe("dotted");

  await page.screenshot({ path: "test-results/screens/legend-1440.png" });
  await legend.screenshot({ path: "test-results/screens/legend-only-1440.png" });
});

test.describe("at 390 px", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the legend wraps inside the screen: every verdict and severity, the kinds left to the pins' tooltips", async ({ page }) => {
    await signIn(page, "viewer");
    await openDemoArticle(page);
    const legend = page.getByTestId("legend");
    await expect(legend.getByText("No verdict yet")).toBeVisible();
    await expect(page.getByTestId("legend-kinds")).toBeHidden();
    const entries = legend.locator("[data-testid=legend-verdicts] .legend-item, [data-testid=legend-flags] .legend-item");
    expect(await entries.count()).toBeGreaterThan(8);
    for (const item of await entries.all()) {
      await expect(item).toBeVisible();
      const box = (await item.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${await item.innerText()} fits`).toBeLessThanOrEqual(390);
    }
    expect((await legend.boundingBox())!.height, "the legend stays compact").toBeLessThan(130);
    await legend.screenshot({ path: "test-results/screens/legend-390.png" });
    await page.screenshot({ path: "test-results/screens/workspace-legend-390.png" });
  });
});
