import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse, stringify } from "yaml";
import { buildCli, ROOT, runPlan } from "../support/planCli";
import { gb18030 } from "../support/gb18030";
import { ALIPAY_TMALL, PDD_LEDGER } from "./bills";

const CALIBRATE = path.join(ROOT, "build/src/cli/calibrate.js");
const runCalibrate = (args: string[]) => spawnSync(process.execPath, [CALIBRATE, ...args], { cwd: ROOT, encoding: "utf8" });
type Line = { month: number; sales: number; returns: number; deductions: number; profit: number };

describe("npm run calibrate, and a plan built with its rates", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "channelfit-calibrate-"));
  beforeAll(() => {
    buildCli();
    fs.writeFileSync(path.join(dir, "alipay.csv"), gb18030(ALIPAY_TMALL));
    fs.writeFileSync(path.join(dir, "pdd.csv"), gb18030(PDD_LEDGER));
    fs.writeFileSync(path.join(dir, "notes.txt"), "a,b,c\n1,2,3\n");
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("prints each platform's rates, writes channelfit-calibration/1, and names a file it cannot read in the user's language", () => {
    const r = runCalibrate([path.join(dir, "alipay.csv"), path.join(dir, "pdd.csv"), path.join(dir, "notes.txt"), "--json", path.join(dir, "cal.json"), "--lang", "en"]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("TMALL: 2026-09-01 to 2026-09-09, 3 orders, sales ¥3,000.00");
    expect(r.stdout).toContain("  commission: 5.00%");
    expect(r.stdout).toContain("not a cost: 提现 ×1, ¥2,000.00");
    expect(r.stderr).toMatch(/notes\.txt: not a bill layout ChannelFit knows\. Headers found: a, b, c\. Known layouts: TMALL: alipay-ledger;/);
    const cal = JSON.parse(fs.readFileSync(path.join(dir, "cal.json"), "utf8"));
    expect(cal.format).toBe("channelfit-calibration/1");
    expect(Object.keys(cal.platforms).sort()).toEqual(["PDD", "TMALL"]);
  });

  it("plans with the bills' rates: Tmall's deductions rise by exactly 0.8% of kept sales (payment 0.6% → 1.4%) every month", () => {
    const base = path.join(dir, "base.json");
    const calibrated = path.join(dir, "calibrated.json");
    // The sample at five times its target and 80% of its unit costs: with VAT, company overhead and apparel's stock
    // loss counted, the sample's own volume and costs do not carry a Tmall store, with the bills' dearer fees or without.
    const sample = parse(fs.readFileSync(path.join(ROOT, "examples/warmhill-knitwear.yaml"), "utf8"));
    const products = sample.products.map((p: { unitCost: number }) => ({ ...p, unitCost: Math.round(p.unitCost * 0.8) }));
    const scenario = path.join(dir, "tmall.yaml");
    fs.writeFileSync(scenario, stringify({ ...sample, company: { ...sample.company, annualTarget: 60_000_000, monthlyAdBudget: 1_000_000 }, products }));
    expect(runPlan([scenario, "--out", path.join(dir, "a.xlsx"), "--json", base]).status).toBe(0);
    const r = runPlan([scenario, "--calibration", path.join(dir, "cal.json"), "--out", path.join(dir, "b.xlsx"), "--json", calibrated]);
    expect(r.status).toBe(0);
    const tmall = (file: string): Line[] => JSON.parse(fs.readFileSync(file, "utf8")).monthlyPnl.byPlatform.filter((l: { platform: string }) => l.platform === "TMALL");
    const before = tmall(base);
    const after = tmall(calibrated);
    expect(after).toHaveLength(24);
    // Tmall's own lines: commission stays 5% (the bills say 5%), the software and Huabei fees (0.6% + 0.8%)
    // replace the rate card's 0.6%, so deductions grow by 0.8% of (sales − returns). Each month's deductions are
    // rounded to the fen before and after, so the two can differ from the rounded change by one fen, never more.
    after.forEach((m, i) => {
      const b = before[i]!;
      expect([m.month, m.sales]).toEqual([b.month, b.sales]);
      const fenOff = Math.abs(Math.round((m.deductions - b.deductions) * 100) - (m.sales - m.returns) * 0.008 * 100);
      expect([m.month, fenOff <= 1]).toEqual([m.month, true]);
    });
    expect(after.reduce((s, m) => s + m.profit, 0)).toBeLessThan(before.reduce((s, m) => s + m.profit, 0));
  });

  it("refuses a file that is not a calibration, naming it", () => {
    fs.writeFileSync(path.join(dir, "bad.json"), '{"format":"something else"}');
    const r = runPlan(["--calibration", path.join(dir, "bad.json"), "--out", path.join(dir, "c.xlsx"), "--lang", "en"]);
    expect([r.status, r.stderr.trim()]).toEqual([1, expect.stringContaining("bad.json is not a calibration file")]);
  });
});
