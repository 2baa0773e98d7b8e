import { channelPlan } from "../../src/engine";
import { company, product, roundNumberData } from "../support/planFixture";

const data = roundNumberData();
const planWith = (tmallToday: number) => channelPlan(data, { company: company({ brandStage: "established", existingStores: { TMALL: tmallToday } }), products: [product(data)] });
const lineOf = (plan: ReturnType<typeof planWith>, platform: string | null, month: number) =>
  (platform === null ? plan.totals : plan.months).find((l) => l.platform === platform && l.month === month)!;

/*
 * An established brand selling ¥100,000 a month on Tmall today adds JD. The round-number fixture: price ¥100,
 * per order returns 20 + deductions 4.80 + goods 32 + shipping 5 = 61.80 before ads, so 38.20 before ads on Tmall and
 * 36.20 on JD (¥2 an order); ROI 4, mature paid share 0.4; a new store's first month at half the ROI and all paid.
 * Target ¥200,000 a month, 80/20: Tmall 80% (the store it runs, first), JD 20%; budget ¥25,000 → 20,000 / 5,000.
 * The target asks ¥100,000 a month of growth over what Tmall sells today: Tmall wants its ¥100,000 plus 80% of it,
 * ¥180,000, JD 20% of it, ¥20,000 (together the target; see establishedGrowth.test.ts for a ¥300m brand).
 */
describe("an established brand starts where it is", () => {
  const plan = planWith(100_000);
  const line = (platform: string | null, month: number) => lineOf(plan, platform, month);

  it("keeps Tmall as the store it runs (never 'enter now') and opens JD, the first new platform, in month 1 beside it", () => {
    expect(plan.headline).toEqual({ kind: "enter", existing: ["TMALL"], focus: "JD", next: [] });
    const tmall = plan.platforms.find((p) => p.platform === "TMALL")!;
    expect(tmall.verdict).toEqual({ kind: "existing", reason: "already_selling", openMonth: 1, after: null, fix: null });
    expect(tmall.existing).toEqual({ monthlySales: 100_000, steadyMonthlySales: 180_000, shrinks: false });
    // JD's ¥20,000 a month of the growth (200 orders × 36.20 − 2,000 of ads = 5,240) does not carry its 5,000 team
    // and 1,000 annual fee a month: the plan opens it, and says it pays back too slowly.
    expect(plan.platforms.find((p) => p.platform === "JD")!.verdict).toMatchObject({ kind: "enter_now", reason: "slow_payback", openMonth: 1, after: null });
    expect(plan.months.filter((l) => l.month === 1).map((l) => l.platform)).toEqual(["TMALL", "JD"]);
  });

  it("month 1: Tmall is mature (ROI 4, paid share 0.4) and wants today's sales plus 80% of the growth: 18,000 of ads buy 1,800 orders", () => {
    // wanted = 100,000 + 0.8 × (200,000 − 100,000) = 180,000; spend = 180,000 × 0.4 ÷ 4 = 18,000 ≤ 20,000;
    // orders = 18,000 × 4 ÷ 0.4 ÷ 100 = 1,800. contribution = 1,800 × 38.20 − 18,000 = 50,760.
    // Shared designer 2,000 and rent 5,000 split by sales 180,000 : 10,000 → 1,894.74 / 105.26 and 4,736.84 / 263.16.
    // Tmall's own team: operations 3,000 + two customer-service agents (1,800 orders pass the coverage minimum's
    // conversations a month) 4,000 = 7,000.
    // profit = 50,760 − (7,000 + 1,894.74) − 4,736.84 = 37,128.42; no launch cost, no deposit, stock already held.
    expect(line("TMALL", 1)).toMatchObject({
      orders: 1800,
      sales: 180000,
      ads: 18000,
      contribution: 50760,
      labour: 8894.74,
      rent: 4736.84,
      launchCosts: 0,
      deposit: 0,
      inventoryChange: 0,
      receivablesChange: 0,
      profit: 37128.42,
      cashFlow: 37128.42,
    });
    expect(line("TMALL", 1).paidVisitors).toBe(Math.ceil(line("TMALL", 1).visitors * 0.4));
  });

  it("month 1: JD is a new store: half the ROI, all paid, capped at its 5,000: 100 orders, and pays its deposit", () => {
    // wanted 0.2 × (200,000 − 100,000) = 20,000 of sales, all paid, at ROI 2: 10,000 of ads > 5,000; orders = 5,000 × 2 ÷ 1 ÷ 100 = 100;
    // profit = 100 × 36.20 − 5,000 − (5,000 + 105.26) − 263.16 − 1,000 = −7,748.42
    const deposit = data.rateCard.platforms.JD!.deposit.value;
    expect(deposit).toBeGreaterThan(0);
    expect(line("JD", 1)).toMatchObject({ orders: 100, sales: 10000, ads: 5000, contribution: -1380, labour: 5105.26, rent: 263.16, profit: -7748.42, deposit });
    expect(line("JD", 1).cashFlow).toBe(-7748.42 - deposit);
  });

  it("month 2 on: JD at its mature ROI needs 2,000 (200 orders); Tmall holds 1,800; no month spends above the budget", () => {
    // JD: 20,000 × 0.4 ÷ 4 = 2,000 of ads; 2,000 × 4 ÷ 0.4 ÷ 100 = 200 orders.
    expect(line("JD", 2)).toMatchObject({ orders: 200, ads: 2000 });
    for (let m = 1; m <= 12; m++) {
      expect(line("TMALL", m)).toMatchObject({ orders: 1800, ads: 18000 });
      expect(line(null, m).ads).toBeLessThanOrEqual(25000);
    }
    expect(plan.team[0]!.people).toBe(6); // Tmall 3 (two agents), JD 2, the shared designer
  });

  it("a store whose budget share cannot buy today's sales shrinks, and the plan says so", () => {
    // A ¥200,000 target asks no growth over ¥300,000 today: Tmall wants its 300,000, which would need
    // 300,000 × 0.4 ÷ 4 = 30,000 of ads; its share is 20,000: 2,000 orders, ¥200,000.
    const shrinking = planWith(300_000);
    const tmall = shrinking.platforms.find((p) => p.platform === "TMALL")!;
    expect(lineOf(shrinking, "TMALL", 1)).toMatchObject({ ads: 20000, orders: 2000, sales: 200000 });
    expect(tmall.verdict).toMatchObject({ kind: "existing", reason: "budget_shrinks" });
    expect(tmall.existing).toEqual({ monthlySales: 300_000, steadyMonthlySales: 200_000, shrinks: true });
    for (const t of shrinking.totals) expect(t.ads).toBeLessThanOrEqual(25000);
  });

  it("keeps a store it runs even outside the platforms chosen; the stores it runs count towards the platform limit", () => {
    const input = (maxPlatforms: number) => ({ company: company({ platforms: ["JD"], maxPlatforms, existingStores: { TMALL: 180_000 } }), products: [product(data)] });
    const two = channelPlan(data, input(2));
    expect(two.entered).toEqual(["TMALL", "JD"]);
    expect(two.platforms.find((p) => p.platform === "TMALL")!.verdict.kind).toBe("existing");
    const one = channelPlan(data, input(1));
    expect(one.entered).toEqual(["TMALL"]);
    expect(one.headline).toEqual({ kind: "enter", existing: ["TMALL"], focus: null, next: [] });
    expect(one.platforms.find((p) => p.platform === "JD")!.verdict).toMatchObject({ kind: "dont_enter", reason: "platform_limit" });
  });
});
