import fs from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { launchChromium } from "../support/browser";
import { DIST, loadShippedBundle, PROSE_CHUNK } from "../support/shippedBundle";
import { serveFolder } from "../support/staticServer";

// functions.js holds the data's figures; the prose (reasoning, excerpts, notes, the Chinese reasoning) is a chunk
// loaded on first use by what shows it (scripts/validated-data-loader.js).
const CALLS: Array<[string, ...unknown[]]> = [
  ["COMMISSION", "天猫", "服装"],
  ["FEES", "PDD", "FOOD"],
  ["ADRATIO", "DOUYIN", 0.4],
  ["NETMARGIN", "TMALL", "APPAREL", 199, 60, 8, 0.2, 0.15, 5],
  ["NETPROFIT", "京东", "3C数码", 1000, 700],
  ["CONTRIBUTION", "VIPSHOP", "APPAREL", 299, 90, 6, 0.1, 0.3],
  ["BREAKEVEN", "XIAOHONGSHU", "BEAUTY", 189, 40, 30000],
  ["FIT", "XIAOHONGSHU", "BEAUTY", 189, "18-24", "female", 1, "registered", "high"],
  ["RANKPLATFORMS", "食品", 29.9, "41+", "all", 3, "none", "none"],
  ["EXPLAIN", "拼多多", "食品", 29.9, "41+", "all", 3],
  ["EXPLAIN", "DOUYIN", "BEAUTY", 189, "18-24", "female", 1, "registered", "high"],
  ["HEADCOUNT", "天猫", 30000, "full", "yes", 300],
  ["TEAMPLAN", [["天猫"], ["京东"]], [[800], [300]]],
  ["ALLOCATE", 100000, [["天猫"], ["京东"]], [[80], [60]]],
  ["PLATFORMS"],
  ["VERSION"],
];

const answer = (fn: (...args: unknown[]) => unknown, args: unknown[]): unknown => {
  try {
    return fn(...args);
  } catch (e) {
    return `${(e as { code?: string }).code}: ${(e as Error).message}`;
  }
};

describe("the data's prose is loaded on first use", () => {
  it("functions.js is the figures: the prose chunk is not part of it", () => {
    const functions = fs.readFileSync(path.join(DIST, "functions.js"), "utf8");
    const prose = fs.readFileSync(path.join(DIST, PROSE_CHUNK), "utf8");
    // An estimate's reasoning and a Chinese note of the rate card are in the chunk, not in functions.js.
    for (const text of ["No sourced benchmark", "不收取任何提点"]) {
      expect(prose).toContain(text);
      expect(functions).not.toContain(text);
    }
  });

  it.each(["en-US", "zh-CN"])("every figure, reason and label is the same without the prose chunk (%s)", (lang) => {
    const lean = loadShippedBundle(lang, { prose: false });
    const full = loadShippedBundle(lang);
    for (const [id, ...args] of CALLS) expect([id, answer(lean.functions.get(id)!, args)]).toEqual([id, answer(full.functions.get(id)!, args)]);
  });

  it("=CHANNEL.RATECARD() answers at once, with the reasoning, where the prose chunk is loaded already", () => {
    const rows = loadShippedBundle("zh-CN").functions.get("RATECARD")!("PDD") as unknown[][];
    expect(rows[1]).toEqual(["拼多多", "佣金/技术服务费", "服装", 0, "估算", "", "", "", expect.stringContaining("不收取任何提点")]);
  });

  describe("in a page (Chromium), as Excel's shared runtime runs functions.js", () => {
    let browser: Browser | undefined;
    let server: { url: string; close(): Promise<void> } | undefined;
    beforeAll(async () => {
      server = await serveFolder(DIST);
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    // Without a page (the sandbox above) the chunk cannot be loaded by a script tag: this is where RATECARD waits for it.
    it("loads the prose chunk only when =CHANNEL.RATECARD() is first called, then lists the reasoning", async () => {
      const page = await browser!.newPage();
      const requests: string[] = [];
      page.on("request", (r) => requests.push(new URL(r.url()).pathname));
      await page.route(`${server!.url}blank.html`, (route) => route.fulfill({ contentType: "text/html", body: "<!doctype html><title>runtime</title>" }));
      await page.goto(`${server!.url}blank.html`);
      await page.evaluate(() => {
        const w = window as unknown as { fns: Record<string, (...a: unknown[]) => unknown>; CustomFunctions: unknown };
        w.fns = {};
        w.CustomFunctions = { Error: Error, ErrorCode: {}, associate: (id: string, fn: (...a: unknown[]) => unknown) => (w.fns[id] = fn) };
      });
      await page.addScriptTag({ url: "functions.js" });
      const margin = await page.evaluate(() => (window as unknown as { fns: Record<string, (...a: unknown[]) => unknown> }).fns.NETMARGIN!("TMALL", "APPAREL", 199, 60));
      expect(typeof margin).toBe("number");
      expect(requests).not.toContain(`/${PROSE_CHUNK}`);
      const first = await page.evaluate(async () => {
        const fns = (window as unknown as { fns: Record<string, (...a: unknown[]) => unknown> }).fns;
        const pending = fns.RATECARD!("PDD");
        const rows = (await pending) as unknown[][];
        const again = fns.RATECARD!("PDD");
        return { wasPromise: pending instanceof Promise, note: rows[1]![8], againIsTable: Array.isArray(again) };
      });
      expect(first).toEqual({ wasPromise: true, note: expect.stringContaining("不收取任何提点"), againIsTable: true });
      expect(requests.filter((r) => r === `/${PROSE_CHUNK}`)).toHaveLength(1);
      await page.close();
    });
  });
});
