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
  planning.demandRamp = { roi: { values: [0.5, 0.75, 1], estimate: "test fixture" }, organic: { values: [0, 0.5, 1], estimate: "test fixture" } };
  return { ...base, rateCard: card, costs, planning };
}

const data = newStoreData();
const plan = channelPlan(data, { company: company({ platforms: ["TMALL"], maxPlatforms: 1 }), products: [product(data)] });
const month = (m: number) => plan.months.find((l) => l.platform === "TMALL" && l.month === m)!;

/*
 * Price ¥100, unit cost ¥40, shipping ¥5, returns q = 20%, deductions 6% of kept sales (¥4.80 an order); target
 * ¥2.4m flat (¥200,000 a month), ad budget ¥25,000 a month, rent ¥5,000, paid share 40% at maturity.
 * Ramp: a month open 1, 2, 3+ buys at 50%, 75%, 100% of ROI 4, with 0%, 50%, 100% of the mature organic share.
 */
describe("a new brand's new store over 24 months, worked by hand: ramp, budget cap, the full cost stack, cash", () => {
  it("month 1: ROI 2, all paid; the target would need ¥100,000 of ads, the budget caps it at ¥25,000: 500 orders", () => {
    // sales 25,000 × 2 = 50,000; returns 10,000; deductions 500 × 4.80 = 2,400; goods 500 × 0.8 × 40 = 16,000;
    // shipping 2,500; affiliates 50,000 × 10% × 0.8 kept × 20% = 800; seeding 1,000; promotions 5% × 40,000 = 2,000;
    // fulfilment 1,000; return shipping 100 × 10 + 500 × 0.5 = 1,250.
    // contribution 50,000 − 10,000 − 2,400 − 16,000 − 2,500 − 25,000 − 6,050 = −11,950;
    // profit −11,950 − labour 7,000 (operator, one agent, the shared designer) − rent 5,000 − launch 10,000 = −33,950.
    expect(month(1)).toMatchObject({ orders: 500, adsWanted: 100000, ads: 25000, sales: 50000, returns: 10000, deductions: 2400, goods: 16000, shipping: 2500 });
    expect(month(1)).toMatchObject({ affiliateCommission: 800, seeding: 1000, promotions: 2000, fulfilment: 1000, returnShipping: 1250, platformFees: 0 });
    expect(month(1)).toMatchObject({ contribution: -11950, labour: 7000, rent: 5000, launchCosts: 10000, profit: -33950 });
    // Cash: the deposit 20,000, a month of stock 16,000, and the month's payout (50,000 − 10,000 − 2,000 − 2,400 =
    // 35,600) not yet settled: −33,950 − 20,000 − 16,000 − 35,600 = −105,550.
    expect(month(1)).toMatchObject({ deposit: 20000, inventoryChange: 16000, receivablesChange: 35600, cashFlow: -105550, cumulativeCash: -105550 });
  });

  it("month 2: ROI 3, paid share 1 − 0.6 × 0.5 = 0.7; still capped: 25,000 × 3 ÷ 0.7 = ¥107,143 of sales, 1,071 orders", () => {
    // wanted 200,000 × 0.7 ÷ 3 = 46,666.67 > 25,000. Sales 107,100; returns 21,420; deductions 5,140.80; goods 34,272;
    // shipping 5,355; affiliates 1,713.60; seeding 2,142; promotions 4,284; fulfilment 2,142; return shipping
    // 214.2 × 10 + 1,071 × 0.5 = 2,677.50. Contribution 107,100 − 91,187.80 − 12,959.10 = 2,953.10; profit −9,046.90.
    expect(month(2)).toMatchObject({ orders: 1071, adsWanted: 46666.67, ads: 25000, sales: 107100, contribution: 2953.1, profit: -9046.9 });
    // Stock 34,272 − 16,000; payout 107,100 − 21,420 − 4,284 − 5,140.80 = 76,255.20, up 40,655.20: cash −67,974.10.
    expect(month(2)).toMatchObject({ inventoryChange: 18272, receivablesChange: 40655.2, cashFlow: -67974.1, cumulativeCash: -173524.1 });
  });

  it("month 3 on: mature, 200,000 × 0.4 ÷ 4 = ¥20,000 of ads (under the budget) buys the target's 2,000 orders", () => {
    // Contribution 200,000 − 40,000 − 9,600 − 64,000 − 10,000 − 20,000 − (3,200 + 4,000 + 8,000 + 4,000 + 5,000) = 32,200.
    // 2,000 orders × 0.35 conversations = 700 a month, past the 600 at which the store keeps two agents all day:
    // labour 3,000 + 2 × 2,000 + 2,000 = 9,000; profit 32,200 − 9,000 − 5,000 = 18,200.
    for (const m of [3, 4, 12, 24]) expect(month(m)).toMatchObject({ orders: 2000, ads: 20000, sales: 200000, contribution: 32200, labour: 9000, profit: 18200 });
    // Month 3's stock and unsettled money grow once more (64,000 − 34,272; 142,400 − 76,255.20), then hold.
    expect(month(3)).toMatchObject({ inventoryChange: 29728, receivablesChange: 66144.8, cashFlow: -77672.8, cumulativeCash: -251196.9 });
    expect(month(4)).toMatchObject({ inventoryChange: 0, receivablesChange: 0, cashFlow: 18200 });
  });

  it("pays back in month 5 (−42,996.90 after the ramp, + 18,200 a month), its cash in month 17, and needs ¥251,196.90 at the peak", () => {
    expect(plan.months.filter((l) => l.month <= 5).map((l) => l.cumulativeProfit)).toEqual([-33950, -42996.9, -24796.9, -6596.9, 11603.1]);
    expect(plan.summary).toMatchObject({ paybackMonth: 5, cashPaybackMonth: 17, peakCashNeed: 251196.9, peakPeople: 4 });
    // Year 1: −42,996.90 + 10 × 18,200 = 139,003.10; year 2: 12 × 18,200 = 218,400. Cash at the years' ends:
    // −251,196.90 + 9 × 18,200 = −87,396.90, then + 12 × 18,200 = 131,003.10.
    expect(plan.yearTotals.map((y) => [y.profit, y.cumulativeProfit, y.cumulativeCash])).toEqual([
      [139003.1, 139003.1, -87396.9],
      [218400, 357403.1, 131003.1],
    ]);
  });

  it("never spends more than the monthly budget", () => {
    for (const t of plan.totals) expect(t.ads).toBeLessThanOrEqual(25000);
  });
});
