import type { Browser, Page } from "playwright-core";
import path from "node:path";
import { buildForBrowser, E2E_DIST, launchChromium, SCREENSHOTS } from "../support/browser";
import { serveFolder } from "../support/staticServer";

let browser: Browser;
let server: Awaited<ReturnType<typeof serveFolder>>;

beforeAll(async () => {
  buildForBrowser();
  server = await serveFolder(E2E_DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openTaskpane(locale: string): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(`${server.url}taskpane.html`);
  await page.waitForSelector("#ranking tbody tr");
  return { page, errors, requests };
}

describe("the task pane in a plain browser (preview mode)", () => {
  it("loads Office.js locally, reports no host and ranks platforms for the default product", async () => {
    const { page, errors, requests } = await openTaskpane("en-US");
    await expect(page.textContent("#status")).resolves.toMatch(/^Preview mode: not running inside Excel\. Rate card 2026\.11\.1/);
    expect(await page.locator("#ranking tbody tr").count()).toBe(11);
    await page.screenshot({ path: path.join(SCREENSHOTS, "taskpane-preview-en.png"), fullPage: true });
    expect(errors).toEqual([]);
    expect(requests.filter((u) => !u.startsWith(server.url))).toEqual([]);
  });

  it("re-ranks for a ¥2,000 appliance and shows a clear message for a bad price", async () => {
    const { page, errors } = await openTaskpane("en-US");
    await page.selectOption("#category", "APPLIANCES");
    await page.fill("#price", "2000");
    await page.click("button[type=submit]");
    expect(["JD.com", "Suning"]).toContain(await page.textContent("#ranking tbody tr:first-child td:first-child"));
    await page.fill("#price", "-3");
    await page.click("button[type=submit]");
    await expect(page.textContent("#message")).resolves.toBe("price: -3 is out of range; use above 0 to 10000000.");
    expect(errors).toEqual([]);
  });

  it("speaks Chinese in a Chinese browser", async () => {
    const { page, errors } = await openTaskpane("zh-CN");
    await expect(page.textContent("#status")).resolves.toMatch(/^预览模式/);
    await expect(page.textContent("#ranking thead")).resolves.toContain("匹配度");
    await page.screenshot({ path: path.join(SCREENSHOTS, "taskpane-preview-zh.png"), fullPage: true });
    expect(errors).toEqual([]);
  });
});
