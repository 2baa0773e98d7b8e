import { channelPlan } from "../../src/engine";
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
 * Run rate: Tmall 200,000 × 0.8 ÷ 100 = 1,600 orders, JD 400. Lean teams: ops 3,000 + CS 2,000 = 5,000 each;
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

  it("opens Tmall in month 1 and JD in month 3, after two profitable Tmall months", () => {
    expect(plan.headline).toEqual({ kind: "enter", focus: "TMALL", next: [{ platform: "JD", openMonth: 3 }] });
    expect(plan.months.filter((l) => l.platform === "JD").map((l) => l.month)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it("month 1: Tmall alone at half its run rate carries every shared cost", () => {
    // 200,000 × 0.8 × 50% ÷ 100 = 800 orders; contribution 800 × 28.20 = 22,560
    // labour = own 5,000 + the designer 2,000; rent 5,000; profit 22,560 − 7,000 − 5,000 = 10,560
    expect(line("TMALL", 1)).toMatchObject({
      orders: 800,
      sales: 80000,
      returns: 16000,
      deductions: 3840,
      goods: 25600,
      shipping: 4000,
      ads: 8000,
      platformFees: 0,
      contribution: 22560,
      labour: 7000,
      rent: 5000,
      annualFee: 0,
      profit: 10560,
      cumulativeProfit: 10560,
      netProfitPerOrder: 13.2,
    });
  });

  it("month 3: JD opens at half its run rate; shared costs split by sales 160,000 : 20,000", () => {
    // designer 2,000 → 1,777.78 / 222.22 (largest remainder to Tmall); rent 5,000 → 4,444.44 / 555.56
    // JD: 200 orders × 26.20 = 5,240 − (5,000 + 222.22) − 555.56 − annual fee 12,000 ÷ 12 = −1,537.78
    expect(line("TMALL", 3)).toMatchObject({ orders: 1600, contribution: 45120, labour: 6777.78, rent: 4444.44, profit: 33897.78 });
    expect(line("JD", 3)).toMatchObject({ orders: 200, sales: 20000, platformFees: 400, contribution: 5240, labour: 5222.22, rent: 555.56, annualFee: 1000, profit: -1537.78 });
  });

  it("months 4–12 at full run rate: Tmall 34,520 and JD 3,080 a month", () => {
    // split 4 : 1 — designer 1,600 / 400, rent 4,000 / 1,000
    // Tmall 45,120 − 6,600 − 4,000 = 34,520; JD 10,480 − 5,400 − 1,000 − 1,000 = 3,080
    for (let m = 4; m <= 12; m++) {
      expect(line("TMALL", m).profit).toBe(34520);
      expect(line("JD", m).profit).toBe(3080);
      expect(line(null, m).profit).toBe(37600);
    }
  });

  it("adds up the year: 10,560 + 33,120 + 32,360 + 9 × 37,600 = 414,440, paid back in month 1", () => {
    expect(plan.totals.map((t) => t.profit).slice(0, 3)).toEqual([10560, 33120, 32360]);
    expect(plan.summary.yearOneProfit).toBe(414440);
    expect(line(null, 12).cumulativeProfit).toBe(414440);
    expect(plan.summary.paybackMonth).toBe(1);
  });

  it("staffs 3 people until JD opens, then 5 (2 + 2 + the shared designer)", () => {
    expect(plan.team.map((t) => t.people)).toEqual([3, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]);
    expect(plan.team[0]!.labourCost).toBe(7000);
    expect(plan.team[2]!.labourCost).toBe(12000);
  });

  it("checks the ¥25,000 budget against the ¥20,000 a month the run rate needs (16,000 + 4,000)", () => {
    expect(plan.budget).toMatchObject({ runRateNeed: 20000, runRateGap: 5000, covers: true, carriedTarget: 3_000_000 });
    const short = channelPlan(data, { company: company({ monthlyAdBudget: 15000 }), products: [product(data)] });
    expect(short.budget).toMatchObject({ covers: false, runRateGap: -5000, carriedTarget: 1_800_000 });
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
