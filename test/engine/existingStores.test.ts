import { channelPlan } from "../../src/engine";
import { budgetText } from "../../src/report/planText";
import { company, product, roundNumberData } from "../support/planFixture";

const data = roundNumberData();
const planWith = (tmallToday: number) => channelPlan(data, { company: company({ brandStage: "established", existingStores: { TMALL: tmallToday } }), products: [product(data)] });
const lineOf = (plan: ReturnType<typeof planWith>, platform: string | null, month: number) =>
  (platform === null ? plan.totals : plan.months).find((l) => l.platform === platform && l.month === month)!;

/*
 * An established brand selling ¥50,000 a month on Tmall today adds JD. The round-number fixture: price ¥100,
 * per order returns 20 + deductions 4.80 + goods 32 + shipping 5 = 61.80 before ads, so 38.20 before ads on Tmall and
 * 36.20 on JD (¥2 an order); ROI 4, mature paid share 0.4; a new store's first month at half the ROI and all paid.
 * Target ¥200,000 a month, 80/20: Tmall 80% (the store it runs, first), JD 20%; budget ¥25,000.
 * The target asks ¥150,000 a month of growth over what Tmall sells today: Tmall wants its ¥50,000 plus 80% of it,
 * ¥170,000, JD 20% of it, ¥30,000 (together the target; see establishedGrowth.test.ts for a ¥300m brand).
 * The budget first keeps what Tmall sells today: 50,000 × 0.4 ÷ 4 = 5,000 of ads; the other 20,000 splits 80/20:
 * Tmall 5,000 + 16,000 = 21,000, JD 4,000.
 */
describe("an established brand starts where it is", () => {
  const plan = planWith(50_000);
  const line = (platform: string | null, month: number) => lineOf(plan, platform, month);

  it("keeps Tmall as the store it runs (never 'enter now') and opens JD, the first new platform, in month 1 beside it", () => {
    expect(plan.headline).toEqual({ kind: "enter", existing: ["TMALL"], focus: "JD", next: [] });
    const tmall = plan.platforms.find((p) => p.platform === "TMALL")!;
    expect(tmall.verdict).toEqual({ kind: "existing", reason: "already_selling", openMonth: 1, after: null, fix: null });
    expect(tmall.existing).toEqual({ monthlySales: 50_000, steadyMonthlySales: 170_000, shrinks: false });
    // JD's run rate is what the months want of it, its ¥30,000 a month of the growth: 300 orders × 36.20 − 3,000 of
    // ads = 7,860 against its 5,000 team, 1,000 annual fee and 15% of the shared 7,000 (sales 30,000 of 200,000):
    // 7,860 − 7,050 = 810 a month. It is entered as the best fit and pays back in month 11 (below).
    const jd = plan.platforms.find((p) => p.platform === "JD")!;
    expect(jd.verdict).toMatchObject({ kind: "enter_now", reason: "best_fit", openMonth: 1, after: null });
    expect(jd.runRate).toMatchObject({ orders: 300, sales: 30000, adSpend: 3000, contribution: 7860, fixedCosts: 7050, profit: 810 });
    expect(plan.months.filter((l) => l.month === 1).map((l) => l.platform)).toEqual(["TMALL", "JD"]);
  });

  it("Tmall's run rate is the months' target for it (today's sales plus its share of the growth), not 80% of the target", () => {
    // 50,000 + 0.8 × 150,000 = 170,000 (1,700 orders), not 0.8 × 200,000 = 160,000; ads 170,000 × 0.4 ÷ 4 = 17,000.
    expect(plan.platforms.find((p) => p.platform === "TMALL")!.runRate).toMatchObject({ orders: 1700, sales: 170000, adSpend: 17000 });
    expect(plan.budget.runRateNeed).toBe(20000);
  });

  it("month 1: Tmall is mature (ROI 4, paid share 0.4) and wants today's sales plus 80% of the growth: 17,000 of ads buy 1,700 orders", () => {
    // wanted = 50,000 + 0.8 × (200,000 − 50,000) = 170,000; spend = 170,000 × 0.4 ÷ 4 = 17,000 ≤ its 21,000;
    // orders = 17,000 × 4 ÷ 0.4 ÷ 100 = 1,700. contribution = 1,700 × 38.20 − 17,000 = 47,940.
    // Shared designer 2,000 and rent 5,000 split by sales 170,000 : 8,000 → 1,910.11 / 89.89 and 4,775.28 / 224.72.
    // Tmall's own team: operations 3,000 + one customer-service agent 2,000 = 5,000.
    // profit = 47,940 − (5,000 + 1,910.11) − 4,775.28 = 36,254.61; no launch cost, no deposit, stock already held.
    expect(line("TMALL", 1)).toMatchObject({
      orders: 1700,
      sales: 170000,
      ads: 17000,
      contribution: 47940,
      labour: 6910.11,
      rent: 4775.28,
      launchCosts: 0,
      deposit: 0,
      inventoryChange: 0,
      receivablesChange: 0,
      profit: 36254.61,
      cashFlow: 36254.61,
    });
    expect(line("TMALL", 1).paidVisitors).toBe(Math.ceil(line("TMALL", 1).visitors * 0.4));
  });

  it("month 1: JD is a new store: half the ROI, all paid, capped at its 4,000: 80 orders, and pays its deposit", () => {
    // wanted 0.2 × 150,000 = 30,000 of sales, all paid, at ROI 2: 15,000 of ads > 4,000; orders = 4,000 × 2 ÷ 1 ÷ 100 = 80;
    // profit = 80 × 36.20 − 4,000 − (5,000 + 89.89) − 224.72 − 1,000 = −7,418.61
    const deposit = data.rateCard.platforms.JD!.deposit.value;
    expect(deposit).toBeGreaterThan(0);
    expect(line("JD", 1)).toMatchObject({ orders: 80, sales: 8000, ads: 4000, adsWanted: 15000, contribution: -1104, labour: 5089.89, rent: 224.72, profit: -7418.61, deposit });
    expect(line("JD", 1).cashFlow).toBe(-7418.61 - deposit);
  });

  it("month 2 on: JD at its mature ROI needs 3,000 (300 orders, 810 a month); Tmall holds 1,700; no month spends above the budget", () => {
    // JD: 30,000 × 0.4 ÷ 4 = 3,000 of ads; 3,000 × 4 ÷ 0.4 ÷ 100 = 300 orders; labour 5,000 + 2,000 × 30/200 = 5,300,
    // rent 750: 7,860 − 5,300 − 750 − 1,000 = 810. Cumulative −7,418.61 + 9 × 810 = −128.61 in month 10, +681.39 in 11.
    expect(line("JD", 2)).toMatchObject({ orders: 300, ads: 3000, labour: 5300, rent: 750, profit: 810 });
    for (let m = 1; m <= 12; m++) {
      expect(line("TMALL", m)).toMatchObject({ orders: 1700, ads: 17000 });
      expect(line(null, m).ads).toBeLessThanOrEqual(25000);
    }
    expect(plan.team[0]!.people).toBe(5); // Tmall 2, JD 2, the shared designer
    expect(plan.summary.newStoresPaybackMonth).toBe(11);
  });

  it("a store whose budget cannot buy today's sales shrinks, and the plan says so and what budget would keep it", () => {
    // A ¥200,000 target asks no growth over ¥300,000 today: JD would want nothing (not entered: its run rate sells
    // nothing against its fixed costs). Tmall wants its 300,000, which needs 300,000 × 0.4 ÷ 4 = 30,000 of ads; the
    // whole budget is 25,000, all of it Tmall's floor (scaled down to the budget): 2,500 orders, ¥250,000.
    const shrinking = planWith(300_000);
    const tmall = shrinking.platforms.find((p) => p.platform === "TMALL")!;
    expect(shrinking.entered).toEqual(["TMALL"]);
    expect(lineOf(shrinking, "TMALL", 1)).toMatchObject({ ads: 25000, adsWanted: 30000, orders: 2500, sales: 250000 });
    expect(tmall.verdict).toMatchObject({ kind: "existing", reason: "budget_shrinks" });
    expect(tmall.existing).toEqual({ monthlySales: 300_000, steadyMonthlySales: 250_000, shrinks: true });
    expect(shrinking.budget).toMatchObject({ runRateNeed: 30000, covers: false, runRateGap: -5000, budgetForTarget: 30000, keepTodayNeed: 30000 });
    expect(budgetText(data, shrinking, "en")).toContain("cannot keep what your stores sell today in their busiest month: that takes ¥30,000 of ads");
    expect(budgetText(data, shrinking, "zh")).toContain("不够在旺季维持现有店铺目前的销售额:按成熟期ROI,旺季当月需 ¥30,000 广告费");
    for (const t of shrinking.totals) expect(t.ads).toBeLessThanOrEqual(25000);
  });

  it("a running store's budget first keeps what it sells today; only the rest splits 80/20", () => {
    // Tmall ¥150,000 and JD ¥100,000 a month today, target ¥200,000: no growth asked. Keeping today's sales needs
    // 150,000 × 0.4 ÷ 4 = 15,000 on Tmall and 10,000 on JD: the whole 25,000 budget. Split 80/20 as before, JD's
    // 5,000 would have bought 50,000 (half what it sells); now each gets its 15,000 / 10,000 and sells what it sells.
    const both = channelPlan(data, { company: company({ brandStage: "established", existingStores: { TMALL: 150_000, JD: 100_000 } }), products: [product(data)] });
    expect(lineOf(both, "TMALL", 1)).toMatchObject({ ads: 15000, orders: 1500, sales: 150000 });
    expect(lineOf(both, "JD", 1)).toMatchObject({ ads: 10000, orders: 1000, sales: 100000 });
    expect(both.budget.capped).toEqual([]);
    expect(both.budget.keepTodayNeed).toBe(25000);
    expect(budgetText(data, both, "en")).not.toContain("cannot keep");
    for (const p of both.platforms.filter((x) => x.existing)) expect(p.verdict.reason).toBe("already_selling");
  });

  it("keeps a store it runs even outside the platforms chosen; the stores it runs count towards the platform limit", () => {
    const input = (maxPlatforms: number) => ({ company: company({ platforms: ["JD"], maxPlatforms, existingStores: { TMALL: 50_000 } }), products: [product(data)] });
    const two = channelPlan(data, input(2));
    expect(two.entered).toEqual(["TMALL", "JD"]);
    expect(two.platforms.find((p) => p.platform === "TMALL")!.verdict.kind).toBe("existing");
    const one = channelPlan(data, input(1));
    expect(one.entered).toEqual(["TMALL"]);
    expect(one.headline).toEqual({ kind: "enter", existing: ["TMALL"], focus: null, next: [] });
    expect(one.platforms.find((p) => p.platform === "JD")!.verdict).toMatchObject({ kind: "dont_enter", reason: "platform_limit" });
  });
});
