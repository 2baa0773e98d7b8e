import fs from "node:fs";
import path from "node:path";
import { SCREENSHOTS, servedPane } from "../support/browser";
import { gb18030 } from "../support/gb18030";
import { ALIPAY_TMALL, DOUYIN_FUNDS } from "../calibrate/bills";

const pane = servedPane();

describe.each([
  ["zh-CN", "天猫", "你的账单"],
  ["en-US", "Tmall", "Your bills"],
])("the bills drop zone in %s", (locale, tmall, legend) => {
  it("reads bills in the browser, shows their rates and plans with them as negotiated rates", async () => {
    const context = await pane.browser().newContext({ locale, viewport: { width: 350, height: 900 } });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(`${pane.url()}taskpane.html`);
    await page.waitForSelector("#step-content h2");
    await page.click("#next");
    await expect(page.locator("fieldset legend", { hasText: legend }).count()).resolves.toBe(1);
    const uploadsBefore = requests.length;
    await page.setInputFiles("#bill-files", [
      { name: "支付宝账务明细.csv", mimeType: "text/csv", buffer: Buffer.from(gb18030(ALIPAY_TMALL)) },
      { name: "douyin.csv", mimeType: "text/csv", buffer: Buffer.from(DOUYIN_FUNDS, "utf8") },
      { name: "notes.csv", mimeType: "text/csv", buffer: Buffer.from("a,b,c\n1,2,3\n") },
    ]);
    await page.waitForSelector("#bill-result table.bills tbody tr");
    const rows = await page.locator("#bill-result table.bills tbody tr").allTextContents();
    // Tmall: commission 5.00%, software fee 0.60%, points 0.50%, 淘宝客 2.00%, 花呗 0.80%, refunds 10.00% (hand-worked in bills.ts)
    expect(rows.find((r) => r.startsWith(tmall))).toMatch(/2026-09-01…2026-09-09\s*3\s*3,000\.00\s*5\.00%\s*0\.60%\s*0\.50%\s*2\.00%\s*0\.80%\s*10\.00%/);
    expect(rows).toHaveLength(2);
    await expect(page.locator("#bill-result .error").textContent()).resolves.toContain("notes.csv");
    // The bills' commission became negotiated-rate rows of the plan (one per category), labelled with their period.
    expect(await page.locator("table.overrides tbody tr").count()).toBeGreaterThan(10);
    expect(requests.slice(uploadsBefore).filter((u) => !u.includes("calibrate") && !/\.js$/.test(u))).toEqual([]);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.locator("fieldset", { has: page.locator("#bill-drop") }).screenshot({ path: path.join(SCREENSHOTS, `calibrate-drop-zone-${locale}.png`) });
    await context.close();
  });
});
