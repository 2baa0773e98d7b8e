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
  const of = (code: string) => p.plan.platforms.find((x) => x.platform === code)!;

  it("enters Tmall now and Taobao once Tmall pays, within maxPlatforms, and gives every platform a verdict", () => {
    expect(p.plan.entered).toEqual(["TMALL", "TAOBAO"]);
    expect(p.plan.entered.length).toBeLessThanOrEqual(p.company.maxPlatforms);
    expect(of("TMALL").verdict).toMatchObject({ kind: "enter_now", openMonth: 1 });
    // Tmall's profit is ≥ 0 in months 3, 4 and 5 (three running, planning.json): Taobao opens in month 6.
    expect(of("TAOBAO").verdict).toMatchObject({ kind: "enter_later", openMonth: 6, after: "TMALL" });
    expect(p.plan.platforms).toHaveLength(11);
    for (const x of p.plan.platforms) expect(["enter_now", "enter_later", "not_profitable", "dont_enter"]).toContain(x.verdict.kind);
    expect(of("VIPSHOP").verdict).toMatchObject({ kind: "dont_enter", reason: "gate" });
  });

  it("splits the ad spend 80/20 between the entered platforms and checks it against the budget", () => {
    expect([of("TMALL").budgetWeight, of("TAOBAO").budgetWeight]).toEqual([0.8, expect.closeTo(0.2, 12)]);
    const spend = [of("TMALL").runRate!.adSpend, of("TAOBAO").runRate!.adSpend];
    expect(spend[0]! / (spend[0]! + spend[1]!)).toBeCloseTo(0.8, 3);
    expect(p.plan.budget.runRateNeed).toBeCloseTo(spend[0]! + spend[1]!, 2);
    expect(p.plan.budget).toMatchObject({ monthlyBudget: 80000, covers: true });
    for (const x of p.plan.platforms.filter((y) => !p.plan.entered.includes(y.platform))) expect([x.budgetWeight, x.team]).toEqual([0, null]);
  });

  it("scores every product on every platform and computes both margins with the one ad model", () => {
    expect(p.plan.products).toHaveLength(4);
    for (const product of p.plan.products) expect(product.platforms).toHaveLength(11);
    const cashmereOnTmall = p.plan.products[0]!.platforms.find((x) => x.platform === "TMALL")!;
    // d = 5% (user override) + 0.6% + 0.5% points; a = paid share 0.4 ÷ ROI 3.5 (middle of 2–5); q = 30% apparel estimate
    // contribution = 0.7 × (399 × 0.939 − 150) − 8 − 399 × 0.4/3.5 = 157.2627 − 8 − 45.6 = 103.6627 → ¥103.66
    expect(cashmereOnTmall.adRatio).toBeCloseTo(0.4 / 3.5, 12);
    expect(cashmereOnTmall.economics.contribution).toBe(103.66);
    // net profit = contribution − Tmall's run-rate fixed cost per order (¥35,397.11 ÷ 1,371 orders = ¥25.82)
    expect(of("TMALL").runRate!.fixedPerOrder).toBe(25.82);
    expect(cashmereOnTmall.netProfit).toBe(77.84);
    expect(cashmereOnTmall.economics.deductions[0]!.figure).toMatchObject({ source: "user override", note: "Confirmed in our Tmall backend, Nov 2026" });
    const cashmereOnJd = p.plan.products[0]!.platforms.find((x) => x.platform === "JD")!;
    expect([cashmereOnJd.netProfit, cashmereOnJd.netMargin, cashmereOnJd.breakEvenOrders]).toEqual([null, null, null]);
  });

  it("sizes lean stores of 2 with one shared designer: 5 people at the peak", () => {
    expect([of("TMALL").team!.total, of("TAOBAO").team!.total]).toEqual([2, 2]);
    expect(p.plan.sharedRoles.design).toBe(1);
    expect(p.plan.summary.peakPeople).toBe(5);
    expect(p.plan.team[0]!.people).toBe(3);
  });

  it("plans 24 months from monthly targets that add up to the annual target, with visitors behind the orders", () => {
    expect(Math.round(p.plan.monthTargets.reduce((s, m) => s + m, 0) * 100)).toBe(600_000_000);
    expect(p.plan.totals).toHaveLength(24);
    expect(p.plan.months.filter((l) => l.platform === "TAOBAO").map((l) => l.month)[0]).toBe(6);
    for (const l of p.plan.months) {
      expect(l.visitors).toBe(Math.ceil(l.orders / 0.025 - 1e-9));
      expect(l.paidVisitors).toBe(Math.ceil(l.visitors * 0.4 - 1e-9));
    }
    for (const t of p.plan.totals) expect(t.visitors).toBe(p.plan.months.filter((l) => l.month === t.month).reduce((s, l) => s + l.visitors, 0));
  });

  it("lays out seven sheets with the boss summary first and the monthly P&L, in Chinese and English", () => {
    const zh = bossWorkbook(sample(), p, "zh", new Date("2026-11-22T10:00:00Z"));
    const en = bossWorkbook(sample(), p, "en", new Date("2026-11-22T10:00:00Z"));
    expect(zh.sheets.map((s) => s.name)).toEqual(["老板摘要", "输入", "平台对比", "团队", "计划", "月度损益", "费率表"]);
    expect(en.sheets.map((s) => s.name)).toEqual(["Boss summary", "Inputs", "Platform comparison", "Team plan", "Plan", "Monthly P&L", "Rate card"]);
    expect(zh.sheets[0]!.chart).toEqual({ title: "各平台匹配度(0-100)", table: "AllPlatforms", categoryColumn: 0, valueColumn: 1 });
    expect(zh.sheets[5]!.chart).toMatchObject({ kind: "line", table: "PnLTotal" });
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
