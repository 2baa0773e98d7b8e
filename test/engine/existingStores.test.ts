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
 * Tmall 5,000 + 16,000 = 21,000, JD 4,000. Tmall's growth is bought gradually (runningGrowth): its spend grows at most
 * 6% a month over the 5,000 that keeps today (planning.runningGrowth), and the growth buys at the fixture's ramps
 * (half the ROI and all paid in month 1, mature from month 2).
 */
describe("an established brand starts where it is", () => {
  const plan = planWith(50_000);
  const line = (platform: string | null, month: number) => lineOf(plan, platform, month);

  it("keeps Tmall as the store it runs (never 'enter now') and opens JD, the first new platform, in month 1 beside it", () => {
    expect(plan.headline).toEqual({ kind: "enter", existing: ["TMALL"], focus: "JD", next: [] });
    const tmall = plan.platforms.find((p) => p.platform === "TMALL")!;
    expect(tmall.verdict).toEqual({ kind: "existing", reason: "already_selling", openMonth: 1, after: null, fix: null });
    // Tmall grows with its spend, 6% a month: ¥50,600 in month 1 to ¥100,600 in month 12 (below), ¥74,308.33 a month
    // over the fixture's 12 months; the ¥170,000 its share of the growth asks is its run rate, reached in year 2.
    expect(tmall.existing).toEqual({ monthlySales: 50_000, steadyMonthlySales: 74_308.33, shrinks: false });
    // JD's run rate is what the months want of it, its ¥30,000 a month of the growth: 300 orders × 36.20 − 3,000 of
    // ads = 7,860 against its 5,000 team, 1,000 annual fee and 15% of the shared 7,000 (sales 30,000 of 200,000):
    // 7,860 − 7,050 = 810 a month at run rate. It is entered first among the new stores, but within the fixture's 12
    // months, while Tmall still grows, it carries more of the shared costs and does not pay back: 'slow payback' (below).
    const jd = plan.platforms.find((p) => p.platform === "JD")!;
    expect(jd.verdict).toMatchObject({ kind: "enter_now", reason: "slow_payback", openMonth: 1, after: null });
    expect(jd.runRate).toMatchObject({ orders: 300, sales: 30000, adSpend: 3000, contribution: 7860, fixedCosts: 7050, profit: 810 });
    expect(plan.months.filter((l) => l.month === 1).map((l) => l.platform)).toEqual(["TMALL", "JD"]);
  });

  it("Tmall's run rate is the months' target for it (today's sales plus its share of the growth), not 80% of the target", () => {
    // 50,000 + 0.8 × 150,000 = 170,000 (1,700 orders), not 0.8 × 200,000 = 160,000; ads 170,000 × 0.4 ÷ 4 = 17,000.
    expect(plan.platforms.find((p) => p.platform === "TMALL")!.runRate).toMatchObject({ orders: 1700, sales: 170000, adSpend: 17000 });
    expect(plan.budget.runRateNeed).toBe(20000);
  });

  it("month 1: Tmall keeps today's 50,000 at its mature ROI and buys a little growth: 5,300 of ads buy 506 orders", () => {
    // wanted: today's paid sales 50,000 × 0.4 = 20,000 plus the growth's 0.8 × 150,000 = 120,000 bought all paid at
    // half the ROI: (20,000 + 120,000 × 1 ÷ 0.5) ÷ 4 = 65,000 of ads; its budget share is 21,000, and its spend may
    // have grown 6% over the 5,000 that keeps today: 5,300, the spend. The 300 above 5,000 buy 300 × 4 × 0.5 = 600 of
    // sales: 50,600, 506 orders, paid share (20,000 + 600) ÷ 50,600. contribution = 506 × 38.20 − 5,300 = 14,029.20.
    // Shared designer 2,000 and rent 5,000 split by sales 50,600 : 6,000 → 1,787.99 / 212.01 and 4,469.96 / 530.04.
    // profit = 14,029.20 − (5,000 + 1,787.99) − 4,469.96 = 2,771.25; no launch cost, no deposit, stock already held.
    expect(line("TMALL", 1)).toMatchObject({
      orders: 506,
      sales: 50600,
      ads: 5300,
      adsWanted: 5300,
      contribution: 14029.2,
      labour: 6787.99,
      rent: 4469.96,
      launchCosts: 0,
      deposit: 0,
      inventoryChange: 0,
      receivablesChange: 0,
      profit: 2771.25,
      cashFlow: 2771.25,
    });
    expect(line("TMALL", 1).paidShare).toBeCloseTo(20600 / 50600, 12);
    expect(line("TMALL", 1).paidVisitors).toBe(Math.ceil(line("TMALL", 1).visitors * line("TMALL", 1).paidShare!));
  });

  it("month 1: JD is a new store: half the ROI, all paid, at its mature 3,000 of ads: 60 orders, and pays its deposit", () => {
    // wanted 0.2 × 150,000 = 30,000 of sales, all paid, at ROI 2: 15,000 of ads; a store can put what it would spend at
    // maturity to work, 30,000 × 0.4 ÷ 4 = 3,000 (under its 4,000 of the budget): orders = 3,000 × 2 ÷ 1 ÷ 100 = 60;
    // profit = 60 × 36.20 − 3,000 − (5,000 + 212.01) − 530.04 − 1,000 = −7,570.05
    const deposit = data.rateCard.platforms.JD!.deposit.value;
    expect(deposit).toBeGreaterThan(0);
    expect(line("JD", 1)).toMatchObject({ orders: 60, sales: 6000, ads: 3000, adsWanted: 3000, contribution: -828, labour: 5212.01, rent: 530.04, profit: -7570.05, deposit });
    expect(line("JD", 1).cashFlow).toBe(-7570.05 - deposit);
  });

  it("month 2 on: JD at its mature ROI needs 3,000 (300 orders); Tmall's spend grows 6% a month; no month spends above the budget", () => {
    // JD: 30,000 × 0.4 ÷ 4 = 3,000 of ads; 3,000 × 4 ÷ 0.4 ÷ 100 = 300 orders. Tmall: 5,000 × 1.06² = 5,618 of ads,
    // now at the mature ROI: 50,000 + 618 × 4 ÷ 0.4 = 56,180, 562 orders. JD's labour 5,000 + 2,000 × 30,000 ÷ 86,200 =
    // 5,696.06, rent 1,740.14: 7,860 − 5,696.06 − 1,740.14 − 1,000 = −576.20.
    expect(line("JD", 2)).toMatchObject({ orders: 300, ads: 3000, labour: 5696.06, rent: 1740.14, profit: -576.2 });
    expect(line("TMALL", 2)).toMatchObject({ orders: 562, ads: 5618, paidShare: 0.4 });
    for (let m = 2; m <= 12; m++) {
      const spend = Math.round(5000 * 1.06 ** m * 100) / 100;
      expect(line("TMALL", m).ads).toBeCloseTo(spend, 2);
      expect(line("TMALL", m).orders).toBe(Math.round((50000 + (spend - 5000) * 10) / 100));
      expect(line(null, m).ads).toBeLessThanOrEqual(25000);
    }
    expect(line("TMALL", 12)).toMatchObject({ orders: 1006, ads: 10060.98 });
    expect(plan.team[0]!.people).toBe(5); // Tmall 2, JD 2, the shared designer
    // JD's run rate nets 810 a month once Tmall sells its 170,000 (year 2); within the fixture's year it carries a larger
    // share of the shared costs while Tmall grows, and stays below its month-1 loss.
    expect(plan.summary.newStoresPaybackMonth).toBeNull();
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
