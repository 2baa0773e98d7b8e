import type { ReferenceData } from "../../src/data/referenceData";
import { channelPlan } from "../../src/engine";
import { company, product, roundNumberData } from "../support/planFixture";

const fixed = (value: number) => ({ value, estimate: "test fixture" });

/**
 * The round-number fixture (Tmall: 5% commission + 1% payment fee, ROI 4, apparel returns 20%; lean team of an
 * operator ¥3,000 and an agent ¥2,000 plus the shared designer ¥2,000) with a three-month ramp and a full cost stack
 * at round figures, over 24 months: affiliates bring 10% of sales at 20% commission on kept sales, seeding 2% of sales,
 * promotions 5% of kept sales, fulfilment ¥2 an order, return shipping ¥10 a return plus ¥0.5 运费险 an order, launch
 * costs ¥10,000, a ¥20,000 deposit, a month of stock at unit cost and 30 days before money is settled.
 */
function newStoreData(): ReferenceData {
  const base = roundNumberData();
  const card = structuredClone(base.rateCard);
  card.platforms.TMALL!.deposit = fixed(20000);
  const costs = structuredClone(base.costs);
  Object.assign(costs.platforms.TMALL!.costs, {
    affiliateShare: fixed(0.1),
    affiliateRate: fixed(0.2),
    seedingShare: fixed(0.02),
    promotionShare: fixed(0.05),
    fulfilmentPerOrder: fixed(2),
    returnShippingPerReturn: fixed(10),
    shippingInsurancePerOrder: fixed(0.5),
    launchCost: fixed(10000),
    settlementDays: fixed(30),
    inventoryCoverMonths: fixed(1),
  });
  const planning = structuredClone(base.planning);
  planning.horizonMonths = 24;
  const ramp = (values: number[]) => ({ values, estimate: "test fixture" });
  planning.demandRamp = { roi: ramp([0.5, 0.75, 1]), spend: ramp([0.6, 0.8, 1]), organic: ramp([0, 0.5, 1]) };
  return { ...base, rateCard: card, costs, planning };
}

const data = newStoreData();
const plan = channelPlan(data, { company: company({ platforms: ["TMALL"], maxPlatforms: 1 }), products: [product(data)] });
const month = (m: number) => plan.months.find((l) => l.platform === "TMALL" && l.month === m)!;

/*
 * Price ¥100, unit cost ¥40, shipping ¥5, returns q = 20%, deductions 6% of kept sales (¥4.80 an order); target
 * ¥2.4m flat (¥200,000 a month), ad budget ¥25,000 a month, rent ¥5,000, paid share 40% at maturity.
 * Ramp: a month open 1, 2, 3+ buys at 50%, 75%, 100% of ROI 4, with 0%, 50%, 100% of the mature organic share, and
 * can put 60%, 80%, 100% of its mature spend to work (200,000 × 0.4 ÷ 4 = ¥20,000 a month, under the budget).
 */
describe("a new brand's new store over 24 months, worked by hand: ramp, budget cap, the full cost stack, cash", () => {
  it("month 1: ROI 2, all paid; the target would want ¥100,000 of ads, a store its age puts 60% of ¥20,000 to work: 240 orders", () => {
    // ads 0.6 × 20,000 = 12,000; sales 12,000 × 2 = 24,000; returns 4,800; deductions 240 × 4.80 = 1,152;
    // goods 240 × 0.8 × 40 = 7,680; shipping 1,200; affiliates 24,000 × 10% × 0.8 kept × 20% = 384; seeding 480;
    // promotions 5% × 19,200 = 960; fulfilment 480; return shipping 48 × 10 + 240 × 0.5 = 600.
    // contribution 24,000 − 4,800 − 1,152 − 7,680 − 1,200 − 12,000 − 2,904 = −5,736;
    // profit −5,736 − labour 7,000 (operator, one agent, the shared designer) − rent 5,000 − launch 10,000 = −27,736.
    // The budget (¥25,000) does not bind: what its age lets it want is what it spends.
    expect(month(1)).toMatchObject({ orders: 240, adsWanted: 12000, ads: 12000, sales: 24000, returns: 4800, deductions: 1152, goods: 7680, shipping: 1200 });
    expect(month(1)).toMatchObject({ affiliateCommission: 384, seeding: 480, promotions: 960, fulfilment: 480, returnShipping: 600, platformFees: 0 });
    expect(month(1)).toMatchObject({ contribution: -5736, labour: 7000, rent: 5000, launchCosts: 10000, profit: -27736 });
    // Cash: the deposit 20,000, a month of stock 7,680, and the month's payout (24,000 − 4,800 − 960 − 1,152 =
    // 17,088) not yet settled: −27,736 − 20,000 − 7,680 − 17,088 = −72,504.
    expect(month(1)).toMatchObject({ deposit: 20000, inventoryChange: 7680, receivablesChange: 17088, cashFlow: -72504, cumulativeCash: -72504 });
  });

  it("month 2: ROI 3, paid share 1 − 0.6 × 0.5 = 0.7; 80% of ¥20,000 at work: 16,000 × 3 ÷ 0.7 = ¥68,571 of sales, 686 orders", () => {
    // The target would want 200,000 × 0.7 ÷ 3 = 46,666.67. Sales 68,600; returns 13,720; deductions 3,292.80; goods
    // 21,952; shipping 3,430; affiliates 1,097.60; seeding 1,372; promotions 2,744; fulfilment 1,372; return shipping
    // 137.2 × 10 + 686 × 0.5 = 1,715. Contribution 68,600 − 58,394.80 − 8,300.60 = 1,904.60; profit −10,095.40.
    expect(month(2)).toMatchObject({ orders: 686, adsWanted: 16000, ads: 16000, sales: 68600, contribution: 1904.6, profit: -10095.4 });
    // Stock 21,952 − 7,680; payout 68,600 − 13,720 − 2,744 − 3,292.80 = 48,843.20, up 31,755.20: cash −56,122.60.
    expect(month(2)).toMatchObject({ inventoryChange: 14272, receivablesChange: 31755.2, cashFlow: -56122.6, cumulativeCash: -128626.6 });
  });

  it("month 3 on: mature, 200,000 × 0.4 ÷ 4 = ¥20,000 of ads (under the budget) buys the target's 2,000 orders", () => {
    // Contribution 200,000 − 40,000 − 9,600 − 64,000 − 10,000 − 20,000 − (3,200 + 4,000 + 8,000 + 4,000 + 5,000) = 32,200.
    // 2,000 orders × 0.35 conversations = 700 a month, past the 600 at which the store keeps two agents all day:
    // labour 3,000 + 2 × 2,000 + 2,000 = 9,000; profit 32,200 − 9,000 − 5,000 = 18,200.
    for (const m of [3, 4, 12, 24]) expect(month(m)).toMatchObject({ orders: 2000, ads: 20000, sales: 200000, contribution: 32200, labour: 9000, profit: 18200 });
    // Month 3's stock and unsettled money grow once more (64,000 − 21,952; 142,400 − 48,843.20), then hold.
    expect(month(3)).toMatchObject({ inventoryChange: 42048, receivablesChange: 93556.8, cashFlow: -117404.8, cumulativeCash: -246031.4 });
    expect(month(4)).toMatchObject({ inventoryChange: 0, receivablesChange: 0, cashFlow: 18200 });
  });

  it("pays back in month 5 (−37,831.40 after the ramp, + 18,200 a month), its cash in month 17, and needs ¥246,031.40 at the peak", () => {
    expect(plan.months.filter((l) => l.month <= 5).map((l) => l.cumulativeProfit)).toEqual([-27736, -37831.4, -19631.4, -1431.4, 16768.6]);
    expect(plan.summary).toMatchObject({ paybackMonth: 5, cashPaybackMonth: 17, peakCashNeed: 246031.4, peakCashMonth: 3, peakPeople: 4 });
    // Year 1: −37,831.40 + 10 × 18,200 = 144,168.60; year 2: 12 × 18,200 = 218,400. Cash at the years' ends:
    // −246,031.40 + 9 × 18,200 = −82,231.40, then + 12 × 18,200 = 136,168.60.
    expect(plan.yearTotals.map((y) => [y.profit, y.cumulativeProfit, y.cumulativeCash])).toEqual([
      [144168.6, 144168.6, -82231.4],
      [218400, 362568.6, 136168.6],
    ]);
  });

  it("with a ¥15,000 budget the cap binds: 60% of 15,000 in month 1 against the 12,000 its age allows, then 15,000 buys 1,500 orders", () => {
    const capped = channelPlan(data, { company: company({ platforms: ["TMALL"], maxPlatforms: 1, monthlyAdBudget: 15000 }), products: [product(data)] });
    const at = (m: number) => capped.months.find((l) => l.platform === "TMALL" && l.month === m)!;
    // Month 1: 9,000 × ROI 2 = 18,000 of sales; month 3 on: 15,000 × 4 ÷ 0.4 = 150,000, short of the 200,000 target.
    expect(at(1)).toMatchObject({ adsWanted: 12000, ads: 9000, orders: 180 });
    expect(at(3)).toMatchObject({ adsWanted: 20000, ads: 15000, orders: 1500 });
    expect(capped.budget.capped).toEqual([{ platform: "TMALL", months: 24, firstMonth: 1, wanted: 12000, spend: 9000, sales: 18000 }]);
  });

  it("never spends more than the monthly budget", () => {
    for (const t of plan.totals) expect(t.ads).toBeLessThanOrEqual(25000);
  });
});
