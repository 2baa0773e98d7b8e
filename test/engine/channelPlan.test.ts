import { channelPlan } from "../../src/engine";
import { headlineText } from "../../src/report/planText";
import { company, product, roundNumberData } from "../support/planFixture";

const data = roundNumberData();
const plan = channelPlan(data, { company: company(), products: [product(data)] });
const line = (platform: string | null, month: number) => (platform === null ? plan.totals : plan.months).find((l) => l.platform === platform && l.month === month)!;

/*
 * A hand-worked two-platform year. One product: price ¥100, unit cost ¥40, shipping ¥5, apparel returns q = 20%.
 * Deductions d = 5% + 1% = 6%. Ads: paid share 40% ÷ ROI 4 = a 10% of sales.
 * Average order: returns 20, deductions 0.8 × 100 × 6% = 4.80, goods 0.8 × 40 = 32, shipping 5, ads 10
 *   Tmall contribution = 100 − 20 − 4.80 − 32 − 5 − 10 = 28.20; JD also pays ¥2 an order: 26.20.
 * 80/20 on ad spend with equal ad ratios: Tmall 80% of the target, JD 20%. Target ¥2.4m flat: ¥200,000 a month.
 * Run rate: Tmall 200,000 × 0.8 ÷ 100 = 1,600 orders, JD 400. Budget ¥25,000 a month. Lean teams: ops 3,000 + CS 2,000 = 5,000 each;
 * one shared designer 2,000; rent 5,000.
 */
describe("channelPlan: a hand-worked two-platform year", () => {
  it("works the average order and the 80/20 split", () => {
    const [tmall, jd] = plan.platforms.filter((p) => p.verdict.kind.startsWith("enter"));
    expect(tmall!.platform).toBe("TMALL");
    expect(tmall!.averageOrder.contribution).toBeCloseTo(28.2, 9);
    expect(jd!.averageOrder.contribution).toBeCloseTo(26.2, 9);
    expect(tmall!.adRatio).toBeCloseTo(0.1, 12);
    expect(tmall!.budgetWeight).toBeCloseTo(0.8, 12);
    expect(tmall!.targetShare).toBeCloseTo(0.8, 12);
    expect(tmall!.runRate!.orders).toBe(1600);
    expect(jd!.runRate!.orders).toBe(400);
  });

  it("opens Tmall in month 1 and JD in month 4, after two profitable Tmall months (month 1 loses: a new store)", () => {
    expect(plan.headline).toEqual({ kind: "enter", existing: [], focus: "TMALL", next: [{ platform: "JD", openMonth: 4 }] });
    expect(plan.months.filter((l) => l.platform === "JD").map((l) => l.month)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it("tells the boss Tmall has the whole ad budget until JD opens, then its 80% (operator read: '80% of the ad spend' while it ran alone)", () => {
    // Months 1-3 Tmall is the only store open: the 80/20 split is of the stores open that month.
    expect(plan.totals.slice(0, 3).map((t) => t.ads)).toEqual(plan.months.filter((l) => l.platform === "TMALL" && l.month <= 3).map((l) => l.ads));
    expect(headlineText(data, plan, "en", company())).toMatch(/^Enter Tmall now with the whole ad budget until month 4, then 80\.0% of the ad spend; then JD\.com in month 4\./);
    expect(headlineText(data, plan, "zh", company())).toMatch(/^现在进入天猫,第4个月前全部广告预算归它,之后投入 80\.0% 的广告费;之后第4个月开京东。/);
  });

  /*
   * Demand is what the spend buys (fixture ramps: half the mature ROI and no organic sales in a store's first month,
   * mature after; from month 1 a store can put all of its mature spend to work, no more). Budget ¥25,000 a month,
   * split 80/20 among the open platforms.
   */
  it("month 1: Tmall spends its mature 16,000, not the 80,000 its target would want at ROI 2: 320 orders, it loses 15,776", () => {
    // ROI 4 × 0.5 = 2; paid share 1 − 0.6 × 0 = 1; the target share would need 200,000 × 0.8 × 1 ÷ 2 = 80,000 of ads,
    // a store can spend what it would at maturity, 200,000 × 0.8 × 0.4 ÷ 4 = 16,000 (under the budget): 16,000 × 2 ÷ 100 = 320.
    // contribution = 320 × (100 − 20 − 4.80 − 32 − 5) − 16,000 = 12,224 − 16,000 = −3,776; profit −3,776 − 7,000 − 5,000
    expect(line("TMALL", 1)).toMatchObject({
      orders: 320,
      sales: 32000,
      returns: 6400,
      deductions: 1536,
      goods: 10240,
      shipping: 1600,
      ads: 16000,
      platformFees: 0,
      contribution: -3776,
      labour: 7000,
      rent: 5000,
      annualFee: 0,
      profit: -15776,
      cumulativeProfit: -15776,
      netProfitPerOrder: -49.3,
    });
    expect(line("TMALL", 1).paidVisitors).toBe(line("TMALL", 1).visitors);
  });

  it("month 2: a mature Tmall needs 16,000 of ads (under the budget) for its 1,600 orders: 33,120", () => {
    // ROI 4, paid share 0.4: 200,000 × 0.8 × 0.4 ÷ 4 = 16,000 ≤ 25,000; orders 16,000 × 4 ÷ 0.4 ÷ 100 = 1,600
    // contribution 1,600 × 38.20 − 16,000 = 45,120; profit 45,120 − 7,000 − 5,000 = 33,120
    expect(line("TMALL", 2)).toMatchObject({ orders: 1600, ads: 16000, contribution: 45120, profit: 33120 });
  });

  it("month 4: JD opens at its mature 4,000 (under its 5,000 of the budget) at ROI 2: 80 orders; shared costs split by sales 160,000 : 8,000", () => {
    // JD would need 200,000 × 0.2 × 1 ÷ 2 = 20,000; at maturity 200,000 × 0.2 × 0.4 ÷ 4 = 4,000 ≤ 25,000 × 0.2: 4,000 × 2 ÷ 100 = 80
    // contribution 80 × 36.20 − 4,000 = −1,104; designer 2,000 → 1,904.76 / 95.24, rent 5,000 → 4,761.90 / 238.10;
    // JD −1,104 − 5,095.24 − 238.10 − 1,000 = −7,437.34; Tmall 45,120 − 6,904.76 − 4,761.90
    expect(line("JD", 4)).toMatchObject({
      orders: 80,
      sales: 8000,
      ads: 4000,
      platformFees: 160,
      contribution: -1104,
      labour: 5095.24,
      rent: 238.1,
      annualFee: 1000,
      profit: -7437.34,
    });
    expect(line("TMALL", 4)).toMatchObject({ orders: 1600, ads: 16000, contribution: 45120, labour: 6904.76, rent: 4761.9, profit: 33453.34 });
    expect(line(null, 4).ads).toBeLessThanOrEqual(25000);
  });

  it("months 5–12 at run rate: Tmall 34,520 and JD 3,080 a month", () => {
    // JD: 200,000 × 0.2 × 0.4 ÷ 4 = 4,000 of ads ≤ 5,000, 400 orders; split 4 : 1 — designer 1,600 / 400, rent 4,000 / 1,000
    // Tmall 45,120 − 6,600 − 4,000 = 34,520; JD 400 × 36.20 − 4,000 − 5,400 − 1,000 − 1,000 = 3,080
    for (let m = 5; m <= 12; m++) {
      expect(line("TMALL", m).profit).toBe(34520);
      expect(line("JD", m).profit).toBe(3080);
      expect(line(null, m).profit).toBe(37600);
    }
  });

  it("adds up the year: −15,776 + 33,120 + 33,120 + 26,016 + 8 × 37,600 = 377,280, paid back in month 2", () => {
    expect(plan.totals.map((t) => t.profit).slice(0, 4)).toEqual([-15776, 33120, 33120, 26016]);
    expect(plan.summary.yearOneProfit).toBe(377280);
    expect(line(null, 12).cumulativeProfit).toBe(377280);
    expect(plan.summary.paybackMonth).toBe(2);
  });

  it("totals the year for the P&L's year rows: ads 16,000 + 2 × 16,000 + 20,000 + 8 × 20,000 = 228,000; the running total at month 12", () => {
    expect(plan.yearTotals).toHaveLength(1);
    expect(plan.yearTotals[0]).toMatchObject({ year: 1, firstMonth: 1, lastMonth: 12, ads: 228000, profit: 377280, cumulativeProfit: 377280 });
    // orders: Tmall 320 + 11 × 1,600; JD 80 + 8 × 400
    expect(plan.yearTotals[0]!.orders).toBe(320 + 11 * 1600 + 80 + 8 * 400);
  });

  it("never spends more than the monthly budget", () => {
    for (const t of plan.totals) expect(t.ads).toBeLessThanOrEqual(25000);
  });

  it("staffs 3 people until JD opens, then 5 (2 + 2 + the shared designer)", () => {
    expect(plan.team.map((t) => t.people)).toEqual([3, 3, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5]);
    expect(plan.team[0]!.labourCost).toBe(7000);
    expect(plan.team[3]!.labourCost).toBe(12000);
  });

  it("checks the ¥25,000 budget against the ¥20,000 a month the run rate needs (16,000 + 4,000)", () => {
    expect(plan.budget).toMatchObject({ runRateNeed: 20000, runRateGap: 5000, covers: true, carriedTarget: 3_000_000 });
    const short = channelPlan(data, { company: company({ monthlyAdBudget: 15000 }), products: [product(data)] });
    expect(short.budget).toMatchObject({ covers: false, runRateGap: -5000, carriedTarget: 1_800_000 });
  });

  it("checks the target against the capped forecast: sales reach ¥200,000 a month in month 5, when JD has matured", () => {
    // Tmall: 320 orders in month 1, 1,600 from month 2 (¥160,000); JD opens in month 4 with 80 orders (¥8,000) and
    // from month 5 buys its 400 (4,000 of ads at ROI 4 with 60% organic: ¥40,000): 160,000 + 40,000 = the month's target.
    expect(plan.totals.map((t) => t.sales).slice(0, 5)).toEqual([32000, 160000, 160000, 168000, 200000]);
    expect(plan.budget.targetReachedMonth).toBe(5);
    expect(plan.budget.forecastYearOneSales).toBe(plan.totals.reduce((s, t) => s + t.sales, 0));
    // A flat target: every month weighs 1/12, so the budget that meets every month is the run-rate need itself.
    expect(plan.budget.budgetForTarget).toBe(20000);
    const seasonal = channelPlan(data, { company: company({ seasonality: [0.05, 0.05, 0.05, 0.05, 0.05, 0.1, 0.05, 0.05, 0.05, 0.05, 0.4, 0.05] }), products: [product(data)] });
    // November carries 40% of the year: 20,000 × 0.4 × 12 = 96,000 a month would meet it.
    expect(seasonal.budget.budgetForTarget).toBe(96000);
  });
});

describe("channelPlan: verdicts", () => {
  it("says no platform makes money when every order loses, and names the price that pays", () => {
    // cost ¥80: contribution = 100 − 20 − 4.80 − 64 − 5 − 10 = −3.80; price-linked part 65.20 per ¥100, fixed part 69
    // → break-even price 100 × 69 ÷ 65.20 = 105.83
    const losing = channelPlan(data, { company: company(), products: [product(data, 100, 80)] });
    expect(losing.entered).toEqual([]);
    expect(losing.headline).toMatchObject({ kind: "none_profitable", bestFit: expect.any(String), reason: "loss_per_order" });
    const tmall = losing.platforms.find((p) => p.platform === "TMALL")!;
    expect(tmall.verdict).toMatchObject({ kind: "not_profitable", reason: "loss_per_order" });
    expect(tmall.verdict.fix!.breakEvenPrice).toBeCloseTo(105.83, 2);
    expect(losing.months).toEqual([]);
    expect(losing.summary.peakPeople).toBe(0);
  });

  it("does not open a store whose volume cannot carry its team, and says how many orders it needs", () => {
    const small = channelPlan(data, { company: company({ annualTarget: 300_000 }), products: [product(data)] });
    const jd = small.platforms.find((p) => p.platform === "JD")!;
    expect(jd.verdict).toMatchObject({ kind: "not_profitable", reason: "below_break_even" });
    expect(jd.verdict.fix!.plannedOrders).toBeLessThan(jd.verdict.fix!.breakEvenOrders!);
  });

  it("keeps a new brand out of a gated platform (Vipshop) and lets an established one in", () => {
    const real = { ...data, planning: { ...data.planning, minFit: { value: 0, estimate: "test" } } };
    const input = (brandStage: "new" | "established", currentAnnualSales: number) => ({
      company: company({ platforms: ["VIPSHOP"], maxPlatforms: 1, brandStage, currentAnnualSales }),
      products: [product(real)],
    });
    expect(channelPlan(real, input("new", 0)).platforms.find((p) => p.platform === "VIPSHOP")!.verdict).toMatchObject({ kind: "dont_enter", reason: "gate" });
    expect(channelPlan(real, input("established", 50_000_000)).platforms.find((p) => p.platform === "VIPSHOP")!.verdict.kind).not.toBe("dont_enter");
  });
});
