import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { buildForBrowser, E2E_DIST, launchChromium, SCREENSHOTS } from "../support/browser";
import { readXlsx } from "../support/readXlsx";
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

async function open(locale: string, width = 900): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const context = await browser.newContext({ locale, viewport: { width, height: 1000 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(`${server.url}taskpane.html`);
  await page.waitForSelector("#step-content h2");
  return { page, errors, requests };
}

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });

describe.each([
  ["en-US", "en", { title: "Product", status: /^Preview mode: not running inside Excel/, platforms: "Platforms", sheet: "Boss summary" }],
  ["zh-CN", "zh", { title: "产品", status: /^预览模式/, platforms: "平台", sheet: "老板摘要" }],
] as const)("the wizard in %s", (locale, lang, text) => {
  it("walks all six steps on the engine and downloads the boss workbook", async () => {
    const { page, errors, requests } = await open(locale);
    await expect(page.textContent("#status")).resolves.toMatch(text.status);
    await expect(page.textContent("#step-title")).resolves.toBe(text.title);
    await expect(page.locator("#next").evaluate((b) => getComputedStyle(b).backgroundColor)).resolves.toBe("rgb(15, 108, 189)");

    await page.fill("#brand", "山茶 Camellia");
    await page.fill("#product-name", lang === "zh" ? "精华液" : "Serum");
    await page.selectOption("#category", "BEAUTY");
    await page.fill("#price", "189");
    await page.fill("#unit-cost", "45");
    await page.fill("#age-band", "18-24");
    await page.selectOption("#gender", "female");
    await page.fill("#city-tier", "1");
    await page.selectOption("#content", "high");
    await page.locator("#content").blur();
    await shot(page, `wizard-${lang}-1-product`);

    await page.click("#next");
    await page.fill("#ad-budget", "60000");
    await page.fill("#team-available", "4");
    await page.click("#add-override");
    await page.selectOption("#override-platform-0", "XIAOHONGSHU");
    await page.selectOption("#override-category-0", "BEAUTY");
    await page.fill("#override-value-0", "0.03");
    await page.locator("#override-value-0").blur();
    await shot(page, `wizard-${lang}-2-company`);

    await page.click("#next");
    await expect(page.textContent("#step-title")).resolves.toBe(text.platforms);
    expect(await page.locator("#platform-table tbody tr").count()).toBe(11);
    const firstPlatform = await page.textContent("#platform-table tbody tr:first-child td:nth-child(2)");
    expect(lang === "zh" ? ["天猫", "小红书", "抖音"] : ["Tmall", "Xiaohongshu", "Douyin"]).toContain(firstPlatform);
    await page.check("#choose-PDD");
    expect(await page.isChecked("#choose-PDD")).toBe(true);
    await shot(page, `wizard-${lang}-3-platforms`);

    await page.click("#next");
    expect(await page.locator(".card").count()).toBe(4);
    await expect(page.locator('.card[data-platform="XIAOHONGSHU"] .breakdown').textContent()).resolves.toContain("(3.0%)");
    await expect(page.locator('.card[data-platform="XIAOHONGSHU"] tr[title]').nth(1).getAttribute("title")).resolves.toMatch(/user override/);
    await shot(page, `wizard-${lang}-4-economics`);

    await page.click("#next");
    await expect(page.textContent("#team-total")).resolves.toMatch(/\d+/);
    expect(await page.locator(".warning").count()).toBe(1);
    await expect(page.locator("#team-table tbody tr").nth(2).getAttribute("title")).resolves.toMatch(/S61|estimate|估算/);
    await shot(page, `wizard-${lang}-5-team`);

    await page.click("#next");
    expect(await page.locator("#sequence li").count()).toBe(4);
    expect(await page.locator("#months-table tr").count()).toBe(12);
    expect(await page.locator("details.note").count()).toBe(3);
    await shot(page, `wizard-${lang}-6-plan`);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-xlsx")]);
    const file = path.join(SCREENSHOTS, `wizard-${lang}.xlsx`);
    await download.saveAs(file);
    const wb = await readXlsx(fs.readFileSync(file));
    expect(wb.sheetNames[0]).toBe(text.sheet);
    expect(wb.files).toContain("xl/charts/chart1.xml");
    await expect(page.textContent("#wizard-status")).resolves.toContain("山茶 Camellia-channel-plan.xlsx");

    expect(errors).toEqual([]);
    expect(requests.filter((u) => !u.startsWith(server.url))).toEqual([]);
  });
});

describe("the task pane page", () => {
  it("declares a Content-Security-Policy that allows only itself and Office", async () => {
    const html = fs.readFileSync(path.join(E2E_DIST, "taskpane.html"), "utf8");
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  });
});

describe("the wizard from the keyboard and with bad input", () => {
  it("moves between steps with the keyboard, and explains a bad price instead of moving on", async () => {
    const { page, errors } = await open("en-US");
    await page.fill("#price", "-5");
    await page.locator("#price").blur();
    await page.focus("#next");
    await page.keyboard.press("Enter");
    await expect(page.textContent("#step-title")).resolves.toBe("Company");
    await page.focus("#next");
    await page.keyboard.press("Enter");
    await expect(page.textContent("#step-title")).resolves.toBe("Company");
    await expect(page.textContent("#wizard-error")).resolves.toContain("products.0.price");
    await page.click('.step-link[data-step="0"]');
    await page.fill("#price", "199");
    await page.locator("#price").blur();
    await page.click('.step-link[data-step="2"]');
    await expect(page.textContent("#step-title")).resolves.toBe("Platforms");
    await expect(page.textContent("#wizard-error")).resolves.toBe("");
    expect(errors).toEqual([]);
  });

  it("takes an age range and a tier phrase as typed, and explains nonsense with the accepted forms", async () => {
    const { page, errors } = await open("zh-CN");
    await page.fill("#age-band", "18-30");
    await page.fill("#city-tier", "一二线");
    await page.locator("#city-tier").blur();
    await page.click('.step-link[data-step="2"]');
    await expect(page.textContent("#step-title")).resolves.toBe("平台");
    await expect(page.textContent("#wizard-error")).resolves.toBe("");
    expect(await page.locator("#platform-table tbody tr").count()).toBe(11);
    await page.click('.step-link[data-step="0"]');
    await page.fill("#age-band", "青少年");
    await page.locator("#age-band").blur();
    await page.click('.step-link[data-step="2"]');
    await expect(page.textContent("#wizard-error")).resolves.toMatch(/青少年.*18-30, 30\+, 30岁以上/);
    expect(errors).toEqual([]);
  });

  it("renders a hostile brand name as text, never as HTML", async () => {
    const { page, errors } = await open("en-US");
    await page.fill("#brand", "<img src=x onerror=\"document.title='pwned'\">");
    await page.locator("#brand").blur();
    await page.click('.step-link[data-step="5"]');
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-xlsx")]);
    expect(download.suggestedFilename()).toMatch(/^_img src=x onerror=.*-channel-plan\.xlsx$/);
    await expect(page.title()).resolves.toBe("ChannelFit");
    expect(await page.locator("img").count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe.each([
  ["en-US", "en"],
  ["zh-CN", "zh"],
] as const)("the wizard in a task pane 320-350 px wide, %s", (locale, lang) => {
  it.each([350, 320])("never scrolls sideways at %i px in any step, with five platforms chosen", async (width) => {
    const { page, errors } = await open(locale, width);
    const overflow = () => page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
    for (let step = 0; step < 6; step++) {
      await expect(page.textContent("#step-title")).resolves.toBeTruthy();
      if (step === 2) {
        await page.check("#choose-PDD");
        await page.check("#choose-DOUYIN");
      }
      const { scrollWidth, clientWidth } = await overflow();
      expect({ step, scrollWidth }).toEqual({ step, scrollWidth: Math.min(scrollWidth, clientWidth) });
      expect(clientWidth).toBe(width);
      if (width === 350) await shot(page, `wizard-${lang}-350px-${step + 1}`);
      if (step < 5) await page.click("#next");
    }
    // The Team step had a column per platform: five platforms, shared and total no longer fit side by side, so it stacks.
    await page.click('.step-link[data-step="4"]');
    expect(await page.locator("#team-table tbody tr").first().locator("td.num").count()).toBeGreaterThanOrEqual(7);
    expect(errors).toEqual([]);
  });
});
