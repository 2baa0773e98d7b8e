import type { Page, Route } from "playwright-core";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { label } from "../../src/messages";
import { explainFigure } from "../../src/taskpane/wizard/explainFigure";
import { defaultDraft } from "../../src/taskpane/wizard/wizardDraft";
import { servedPane } from "../support/browser";

// The data's prose (sources, estimate reasoning, notes: prose.js) is not loaded with the pane. It is fetched on the
// first input, and a step that shows it waits for it: no ⓘ note is ever shown without its text.
const pane = servedPane();
const PROSE = /\/prose\.js$/;

async function open(locale: string): Promise<{ page: Page; prose: () => number; errors: string[] }> {
  const context = await pane.browser().newContext({ locale, viewport: { width: 350, height: 900 } });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${pane.url()}taskpane.html`);
  await page.waitForSelector("#step-content h2");
  return { page, prose: () => requests.filter((u) => PROSE.test(new URL(u).pathname)).length, errors };
}

/** The ⓘ note on the returns line of the first platform's average order, opened as a user opens it. */
async function returnsNote(page: Page): Promise<string> {
  const row = page.locator('.card .breakdown:not(.product) tr:has([data-figure="returns"])').first();
  await row.locator("details.explain summary").click();
  return (await row.locator("details.explain p").textContent()) ?? "";
}

/** Where the default product's category return rate comes from, as the wizard words it from the full data. */
function returnRateSource(lang: "en" | "zh"): string {
  const data = defaultReferenceData();
  const figure = data.rateCard.typicalReturnRate[defaultDraft().products[0]!.category as string]!;
  const text = explainFigure(data, figure, lang);
  // Not vacuous: the source's address is prose, which functions.js does not carry.
  expect(text).toContain(data.rateCard.sources[(figure as { source: string }).source]!.url);
  return text;
}

describe.each([
  ["en-US", "en"],
  ["zh-CN", "zh"],
] as const)("the task pane's prose in %s", (locale, lang) => {
  it("is not requested at start, is requested on the first input, and the Economics ⓘ shows its source", async () => {
    const { page, prose, errors } = await open(locale);
    await page.waitForLoadState("networkidle");
    expect(prose()).toBe(0);
    const requested = page.waitForRequest((r) => PROSE.test(new URL(r.url()).pathname));
    await page.fill("#price", "219");
    await requested;
    await page.click('.step-link[data-step="3"]');
    await page.waitForSelector(".card");
    expect(await returnsNote(page)).toContain(returnRateSource(lang));
    expect(prose()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("a step that shows prose waits for it", () => {
  it("stays on the Product step until prose.js has come, then shows the note with its source", async () => {
    const { page, errors } = await open("en-US");
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(PROSE, async (route: Route) => {
      await held;
      await route.continue();
    });
    await page.click('.step-link[data-step="3"]');
    await page.waitForTimeout(500);
    await expect(page.textContent("#step-title")).resolves.toBe("Product");
    expect(await page.locator(".card, details.explain").count()).toBe(0);
    release();
    await page.waitForSelector(".card");
    await expect(page.textContent("#step-title")).resolves.toBe("Economics");
    expect(await returnsNote(page)).toContain(returnRateSource("en"));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("says so when prose.js cannot be loaded, and loads it on the next try", async () => {
    const { page } = await open("zh-CN");
    let failures = 0;
    await page.route(PROSE, (route: Route) => (failures++ === 0 ? route.abort("internetdisconnected") : route.continue()));
    await page.click('.step-link[data-step="3"]');
    await page.waitForFunction(() => document.getElementById("wizard-error")!.textContent !== "");
    await expect(page.textContent("#wizard-error")).resolves.toBe(label("proseFailed", "zh"));
    await expect(page.textContent("#step-title")).resolves.toBe("产品");
    await page.click('.step-link[data-step="3"]');
    await page.waitForSelector(".card");
    expect(await returnsNote(page)).toContain(returnRateSource("zh"));
    expect(failures).toBe(2);
    await page.context().close();
  });
});
