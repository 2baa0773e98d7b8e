import fs from "node:fs";
import path from "node:path";
import { loadScenario } from "../../src/cli/loadScenario";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import type { MonthLine } from "../../src/engine";
import { monthsToPayback, paysBackTooSlowly, storePaybackMonth } from "../../src/engine/plan/storePayback";
import { headlineText, verdictLabel, verdictReason } from "../../src/report/planText";
import { buildPlan } from "../../src/scenario/buildPlan";
import { plannedScenario, SLOW_SERUM } from "../support/plannedScenario";

const lines = (cumulative: number[]) => cumulative.map((c, i) => ({ month: i + 1, cumulativeProfit: c }) as MonthLine);

describe("a store's payback month", () => {
  it("is the first month from its opening whose cumulative profit is not negative", () => {
    expect(storePaybackMonth(lines([-100, -50, 10, 5]), 1)).toBe(3);
    expect(storePaybackMonth(lines([-100, -50, -1, -20]), 1)).toBeNull();
    // Months before the store opens carry nothing (cumulative 0): they are not a payback.
    expect(storePaybackMonth(lines([0, 0, -80, -10, 0]), 3)).toBe(5);
    expect(storePaybackMonth(lines([0, 0, 0]), null)).toBeNull();
  });

  it("is judged slow only for a store that ran 12 months or more within the plan and would not pay back within 24 of its own", () => {
    const judged = { after: 12, expectedWithin: 24 };
    expect(paysBackTooSlowly(1, null, 24, judged)).toBe(true); // never
    expect(paysBackTooSlowly(1, 30, 24, judged)).toBe(true);
    expect(paysBackTooSlowly(13, 25, 24, judged)).toBe(true); // months 13–24: 12 months, judged
    expect(paysBackTooSlowly(13, 20, 24, judged)).toBe(false); // projected within its 24 months
    expect(paysBackTooSlowly(14, null, 24, judged)).toBe(false); // 11 months: too early to say
    expect(paysBackTooSlowly(1, 20, 24, judged)).toBe(false);
    expect(paysBackTooSlowly(null, null, 24, judged)).toBe(false);
  });

  it("counts the months to payback from the opening, within the plan or projected after it at the run-rate month", () => {
    // Paid back within the plan: opened in month 3, cumulative non-negative in month 5, its third month.
    expect(monthsToPayback(lines([0, 0, -80, -10, 0]), 3, 5, 50)).toBe(3);
    // Opened in month 2 and −1,000 in month 4 (3 months open): 1,000 ÷ 300 = 3.33, so 4 more months: its 7th.
    expect(monthsToPayback(lines([0, -500, -800, -1000]), 2, null, 300)).toBe(7);
    expect(monthsToPayback(lines([0, -500, -800, -900]), 2, null, 300)).toBe(6); // exactly 3 more
    // Nothing a month to pay back with, or never opened.
    expect(monthsToPayback(lines([-100, -200]), 1, null, 0)).toBeNull();
    expect(monthsToPayback(lines([0, 0]), null, null, 100)).toBeNull();
  });
});

describe("the sample (WarmHill knitwear): its first store nets less at run rate than the company overhead its sales bring", () => {
  const data = defaultReferenceData();
  const file = path.resolve(__dirname, "../../examples/warmhill-knitwear.yaml");
  const scenario = loadScenario(fs.readFileSync(file, "utf8"), file).scenario;
  const result = buildPlan(data, scenario, "2026-12-04");
  if (!result.ok) throw new Error(result.issue.code);
  const plan = result.value.plan;
  const focus = plan.platforms.find((p) => p.platform === plan.entered[0])!;
  const last = plan.months.filter((l) => l.platform === focus.platform).at(-1)!;
  const name = { zh: data.rateCard.platforms[focus.platform]!.name.zh, en: data.rateCard.platforms[focus.platform]!.name.en };

  it("is entered, but its verdict says it is short of company overhead, not 'enter now' nor only 'slow payback'", () => {
    expect(last.month).toBe(24);
    expect(last.cumulativeProfit).toBeLessThan(0);
    expect(focus.paybackMonth).toBeNull();
    // Covers its own team and fixed costs at run rate (else it would not be entered), not the overhead of its kept sales.
    const overhead = focus.overheadAtRunRate!;
    expect(focus.runRate!.profit).toBeGreaterThanOrEqual(0);
    expect(focus.runRate!.profit).toBeLessThan(overhead.amount);
    // 5% of the sales kept after knitwear's returns: about 2.7% of sales.
    expect(overhead.ofSales).toBeCloseTo(overhead.amount / focus.runRate!.sales, 12);
    expect(overhead.ofSales).toBeLessThan(data.planning.companyOverheadShare.value);
    expect(focus.verdict).toMatchObject({ kind: "enter_now", reason: "short_of_overhead", openMonth: 1 });
    expect(verdictLabel(focus, "zh")).toBe("利润薄,不够摊公司费用");
    expect(verdictLabel(focus, "en")).toBe("Thin: short of company overhead");
  });

  it("says so in the headline and the reason, with the store's own figures, in both languages", () => {
    const company = result.value.company;
    const [zh, en] = [headlineText(data, plan, "zh", company), headlineText(data, plan, "en", company)];
    expect(zh.startsWith(`按此计划,可进入的平台中先开${name.zh},但即使店铺成熟,利润也不够分摊其销售额对应的公司管理费用:按现在的售价和成本,这个计划是亏钱的。`)).toBe(true);
    expect(en.startsWith(`Of the platforms this plan can enter, ${name.en} opens first, but even when mature its store earns less than the company overhead its sales bring`)).toBe(
      true,
    );
    // A store that takes the whole budget is told so in words, never "100.0% of the ad spend".
    expect(plan.entered).toHaveLength(1);
    expect(zh).toContain("只开这一家店,全部广告预算归它按需使用");
    expect(en).toContain("open it alone, the whole ad budget its own to draw on as it needs");
    expect(`${zh} ${en}`).not.toContain("100.0%");
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    const why = verdictReason(data, plan, focus, "en", company.maxPlatforms);
    expect(why).toContain(`its store nets ${pct(focus.runRate!.netMargin)} of sales, less than the ${pct(focus.overheadAtRunRate!.ofSales)} of sales`);
    expect(why).toContain("its launch losses are not earned back within the plan");
    expect(verdictReason(data, plan, focus, "zh", company.maxPlatforms)).toContain(`稳定期店铺利润率 ${pct(focus.runRate!.netMargin)},低于`);
  });
});

describe("a new serum brand's Tmall store: covers the overhead at run rate, but not its launch losses within 24 months", () => {
  const data = defaultReferenceData();
  const planned = plannedScenario(SLOW_SERUM, "2026-12-06", data);
  const plan = planned.plan;
  const focus = plan.platforms.find((p) => p.platform === plan.entered[0])!;
  const last = plan.months.filter((l) => l.platform === focus.platform).at(-1)!;

  it("is entered with a slow-payback verdict, its headline and reason saying so with its own figures", () => {
    expect(focus.platform).toBe("TMALL");
    expect(focus.runRate!.profit).toBeGreaterThanOrEqual(focus.overheadAtRunRate!.amount);
    expect(focus.paybackMonth).toBeNull();
    expect(focus.verdict).toMatchObject({ kind: "enter_now", reason: "slow_payback", openMonth: 1 });
    expect(verdictLabel(focus, "zh")).toBe("可进入,回本慢");
    expect(verdictLabel(focus, "en")).toBe("Enter, slow payback");
    const company = planned.company;
    expect(headlineText(data, plan, "zh", company).startsWith("按此计划,可进入的平台中先开天猫,但它 24 个月内回不了本;如仍要进入,")).toBe(true);
    expect(
      headlineText(data, plan, "en", company).startsWith(
        "Of the platforms this plan can enter, Tmall opens first, but it does not pay back within 24 months; if you still enter, ",
      ),
    ).toBe(true);
    const why = verdictReason(data, plan, focus, "en", company.maxPlatforms);
    const yuan = `-¥${Math.round(-last.cumulativeProfit).toLocaleString("en-US")}`;
    expect(why).toContain(`in month 24`);
    expect(why.replace(/\.\d\d/, "")).toContain(yuan);
    // Projected on at its run-rate month after company overhead, it would pay back only past 24 months of its own.
    expect(focus.paybackMonthsOpen).toBeGreaterThan(24);
    expect(why).toContain(`would take about ${focus.paybackMonthsOpen} months from its opening`);
  });
});

/*
 * Operator read (2026-12-06): with a store's sales ramping over its first year, a second store opened in month 13 could
 * never pay back within the 12 months left, so it was always "slow payback", while the new brand's first store took
 * 20. A new brand's store is expected to pay back in 12–24 months of its own: one not paid back by the plan's end is
 * projected on at its run-rate month after company overhead, and is slow only past 24 months of its own.
 */
describe("a second store that pays back after the plan, within the months a store is expected to", () => {
  const data = defaultReferenceData();
  const sneaker = {
    brand: "LeapStep",
    company: {
      annualTarget: 15_000_000,
      monthlyAdBudget: 500_000,
      configuration: "lean",
      rentPerMonth: 15_000,
      otherFixedPerMonth: 5_000,
      conversionRate: 0.02,
      brandStage: "new",
      maxPlatforms: 3,
    },
    products: [
      {
        sku: "RN",
        name: "Running shoe",
        category: "鞋包",
        price: 599,
        unitCost: 210,
        shipping: 10,
        ageBand: "18-30",
        gender: "不限",
        cityTier: 2,
        brandStatus: "registered",
        contentCapacity: "medium",
      },
    ],
  };
  const planned = plannedScenario(sneaker, "2026-12-06", data);
  const plan = planned.plan;
  const second = plan.platforms.find((p) => p.platform === plan.entered[1])!;
  const own = plan.months.filter((l) => l.platform === second.platform);
  const last = own.at(-1)!;

  it("opens in month 13, is still below zero in month 24, and is projected to pay back within 24 months of its own", () => {
    expect(second.verdict).toMatchObject({ kind: "enter_later", reason: "after_previous", openMonth: 13 });
    expect(second.paybackMonth).toBeNull();
    expect(last.cumulativeProfit).toBeLessThan(0);
    // The projection, worked from the plan's own figures: 12 months open, then ⌈−cumulative ÷ run-rate month after overhead⌉.
    const monthly = second.runRate!.profit - second.overheadAtRunRate!.amount;
    expect(second.paybackMonthsOpen).toBe(12 + Math.ceil(-last.cumulativeProfit / monthly));
    expect(second.paybackMonthsOpen).toBeLessThanOrEqual(data.planning.paybackExpectedWithinMonths.value);
  });

  it("says when, in both languages", () => {
    const n = second.paybackMonthsOpen!;
    expect(verdictReason(data, plan, second, "en", 3)).toContain(`it would pay back in about its month ${n}, after this plan.`);
    expect(verdictReason(data, plan, second, "zh", 3)).toContain(`约在开店后第${n}个月回本(本计划期之后)`);
  });
});
