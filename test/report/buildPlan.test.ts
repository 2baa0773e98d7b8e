import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { describeIssue } from "../../src/engine";
import { bossWorkbook } from "../../src/report/bossWorkbook";
import { buildPlan } from "../../src/report/buildPlan";
import { scenarioSchema, type Scenario } from "../../src/report/scenario";

const data = defaultReferenceData();
const sample = (): Scenario => scenarioSchema.parse(parse(fs.readFileSync(path.resolve(__dirname, "../../examples/warmhill-knitwear.yaml"), "utf8")));

function plan(scenario = sample()) {
  const r = buildPlan(data, scenario, "2026-11-22");
  if (!r.ok) throw new Error(describeIssue(r.issue));
  return r.value;
}

describe("buildPlan for the sample knitwear brand", () => {
  const p = plan();

  it("recommends at most maxPlatforms, enters Tmall first and opens the rest one at a time", () => {
    expect(p.recommended.length).toBe(3);
    expect(p.sequence.map((s) => [s.platform, s.openMonth])).toEqual([[p.recommended[0], 1], [p.recommended[1], 7], [p.recommended[2], 13]]);
    expect(p.recommended[0]).toBe("TMALL");
  });

  it("splits the monthly ad budget 80/20 to the fen", () => {
    const amounts = p.allocation.map((a) => a.amount);
    expect(amounts[0]).toBe(64000);
    expect(Math.round(amounts.reduce((a, b) => a + b, 0) * 100) / 100).toBe(80000);
  });

  it("scores every product on every platform and computes per-order economics with typical ads and returns", () => {
    expect(p.products).toHaveLength(4);
    for (const product of p.products) expect(product.platforms).toHaveLength(11);
    const cashmereOnTmall = p.products[0]!.platforms.find((x) => x.platform === "TMALL")!;
    // d = 5% (user override) + 0.6% + 0.5% points; a = 2 / (2 + 5); q = 50% (womenswear, 36Kr 2025)
    // (0.5 × (399 × 0.939 − 150) − 8 − 399 × 2/7) = 0.5 × 224.661 − 8 − 114 = −9.6695 → −¥9.67
    expect(cashmereOnTmall.economics.profit).toBe(-9.67);
    expect(cashmereOnTmall.economics.deductions[0]!.figure).toMatchObject({ source: "user override", note: "Confirmed in our Tmall backend, Nov 2026" });
  });

  it("sizes a lean team across the recommended platforms with shared design", () => {
    expect(p.team.perPlatform.map((x) => x.platform)).toEqual(p.recommended);
    expect(p.team.shared.design).toBe(1);
    expect(p.team.totalPeople).toBe(p.team.perPlatform.reduce((s, x) => s + x.team.total, 0) + 1);
  });

  it("plans 12 months that add up to the annual target", () => {
    expect(p.monthly).toHaveLength(12);
    expect(Math.round(p.monthly.reduce((s, m) => s + m.sales, 0))).toBe(6_000_000);
  });

  it("lays out six sheets with the boss summary first, in Chinese and English", () => {
    const zh = bossWorkbook(sample(), p, "zh", new Date("2026-11-22T10:00:00Z"));
    const en = bossWorkbook(sample(), p, "en", new Date("2026-11-22T10:00:00Z"));
    expect(zh.sheets.map((s) => s.name)).toEqual(["老板摘要", "输入", "平台对比", "团队", "计划", "费率表"]);
    expect(en.sheets.map((s) => s.name)).toEqual(["Boss summary", "Inputs", "Platform comparison", "Team plan", "Plan", "Rate card"]);
    expect(zh.sheets[0]!.chart).toEqual({ title: "各平台匹配度(0-100)", table: "AllPlatforms", categoryColumn: 0, valueColumn: 1 });
  });
});

describe("buildPlan rejects bad scenarios naming the field", () => {
  it("names a product's unknown category with a suggestion", () => {
    const s = sample();
    s.products[1]!.category = "服裝X";
    const r = buildPlan(data, s, "2026-11-22");
    expect(r).toMatchObject({ ok: false, issue: { code: "unknown_name", field: "products[1].category" } });
  });

  it("names a bad override row", () => {
    const s = sample();
    s.overrides[0]!.value = 5;
    expect(buildPlan(data, s, "2026-11-22")).toMatchObject({ ok: false, issue: { field: "scenario.overrides[0].value" } });
  });

  it("does not mutate the scenario", () => {
    const s = sample();
    const before = JSON.stringify(s);
    plan(s);
    expect(JSON.stringify(s)).toBe(before);
  });
});
