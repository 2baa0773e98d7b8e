import fc from "fast-check";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { formulaCalculator as F, numberCalculator as N } from "../../src/engine/calc";
import { demandOrders, paidSalesFor, spendForPaidSales, wantedSpend } from "../../src/engine/plan/monthDemand";
import { newStoreSpend } from "../../src/engine/plan/newStoreSpend";
import { runRates } from "../../src/engine/plan/runRate";
import { spendCurve } from "../../src/engine/plan/spendCurve";
import type { AverageOrder } from "../../src/engine/plan/averageOrder";

const curve = { reference: 2_000_000, elasticity: 0.85 };

describe("diminishing returns above the reference spend (planning.json spendCurve)", () => {
  it("is the planning data's curve: R ¥2m a month per platform, α 0.85, each an estimate with its reasoning", () => {
    const data = defaultReferenceData();
    expect(spendCurve(data)).toEqual(curve);
    expect(data.planning.spendCurve.referenceMonthlySpend.estimate).toMatch(/estimate/i);
    expect(data.planning.spendCurve.elasticity.estimate).toMatch(/estimate/i);
  });

  it("buys ROI × spend up to R, and ROI × R × (spend ÷ R)^α above it (worked by hand)", () => {
    expect(paidSalesFor(N, { spend: 150_000, roiNow: 3.5, curve })).toBeCloseTo(525_000, 6);
    expect(paidSalesFor(N, { spend: 2_000_000, roiNow: 3, curve })).toBeCloseTo(6_000_000, 6);
    // 2^0.85 = 1.80250…: doubling the spend above R buys 80% more paid sales, not 100%.
    expect(paidSalesFor(N, { spend: 4_000_000, roiNow: 3, curve })).toBeCloseTo(6_000_000 * 2 ** 0.85, 4);
    expect(2 ** 0.85).toBeCloseTo(1.8025, 4);
  });

  it("inverts consistently: the wanted spend buys exactly the wanted paid sales, on both sides of the knee", () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 5e7, noNaN: true }), fc.double({ min: 0.5, max: 10, noNaN: true }), (spend, roi) => {
        const paid = paidSalesFor(N, { spend, roiNow: roi, curve });
        expect(spendForPaidSales(N, { paidSales: paid, roiNow: roi, curve }) / spend).toBeCloseTo(1, 9);
      }),
    );
  });

  it("keeps the budget share a hard cap, however much the target wants", () => {
    // A new brand: the growth its target asks is the whole month's target.
    // A store at maturity: its rates now are its mature ones, and it can put all of its spend to work.
    const x = {
      growth: 30_000_000,
      share: 0.8,
      paidShareNow: 0.35,
      roiNow: 2.27,
      budget: 3_000_000,
      budgetWeight: 0.8,
      curve,
      spendRamp: 1,
      matureRoi: 2.27,
      maturePaidShare: 0.35,
    };
    const wanted = wantedSpend(N, x);
    // Linear: 30m × 0.8 × 0.35 ÷ 2.27 = ¥3.70m; on the curve R × (3.70m ÷ R)^(1/0.85) = ¥4.13m.
    expect(wanted).toBeCloseTo(2_000_000 * ((30_000_000 * 0.8 * 0.35) / 2.27 / 2_000_000) ** (1 / 0.85), 2);
    expect(wanted).toBeGreaterThan(4_100_000);
    expect(newStoreSpend(N, x)).toBe(2_400_000);
    // The capped spend buys less than the target asks: 2.4m on the curve, grossed up by the paid share.
    const orders = demandOrders(N, { spend: 2_400_000, roiNow: 2.27, paidShareNow: 0.35, price: 269, curve });
    expect(orders).toBe(Math.round((2.27 * 2_000_000 * 1.2 ** 0.85) / 0.35 / 269));
  });

  it("writes the same curve as workbook formulas with POWER", () => {
    const formula = paidSalesFor(F, { spend: "A1", roiNow: "B1", curve: { reference: F.constant(2_000_000), elasticity: F.constant(0.85) } });
    expect(formula).toContain("POWER(");
    expect(formula).toContain("MIN(A1,2000000)");
  });

  it("makes the run rate pay for the spend above R: contribution falls by the extra spend", () => {
    const order = { price: 100, ads: 10, contribution: 20, rates: { paidShare: 0.35 } } as unknown as AverageOrder;
    const entry = { platform: "TMALL", order, targetShare: 1, roi: 3.5, ownFixed: 0 };
    // ¥12m a month of sales: 0.35 × 12m ÷ 3.5 = ¥1.2m at the ROI, under R: the per-order ads.
    const small = runRates([entry], 144_000_000, 0, curve)[0]!;
    expect(small.adSpend).toBe(1_200_000);
    expect(small.contribution).toBe(2_400_000);
    // ¥40m a month: ¥4m at the ROI, above R: R × 2^(1/0.85) = ¥4.51m, ¥0.51m more than the per-order ads.
    const big = runRates([entry], 480_000_000, 0, curve)[0]!;
    const onCurve = Math.round(2_000_000 * 2 ** (1 / 0.85) * 100) / 100;
    expect(big.adSpend).toBe(onCurve);
    expect(big.contribution).toBeCloseTo(8_000_000 - (onCurve - 4_000_000), 2);
  });
});
