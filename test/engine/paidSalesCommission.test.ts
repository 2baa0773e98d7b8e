import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { formulaCalculator as F, numberCalculator as N } from "../../src/engine/calc";
import { costLines, type CostLineRates, type CostVolumes } from "../../src/engine/costs/costLines";
import { mixCostRates } from "../../src/engine/costs/mixCostRates";
import { orderCosts } from "../../src/engine/margin/orderCosts";
import { platformMonthLines } from "../../src/engine/plan/platformMonth";
import { ZERO_COST_RATES } from "../support/zeroCostRates";

const data = defaultReferenceData();

/** Douyin beauty's month as an operator would check it on the bill, with round figures. */
const douyin: CostLineRates<number> = {
  ...ZERO_COST_RATES,
  paidSalesFeeRate: 0.006,
  // The 5% commission, waived on 千川·乘方 orders (costs.json DOUYIN paidSalesFeeReplacesCommission 1, source DY70).
  commissionWaivedRate: 0.05,
};

describe("Douyin 2026: the 0.6% fee on ad-driven sales replaces the commission on them", () => {
  it("works a Douyin month by hand", () => {
    // 1,000 orders at ¥200 = ¥200,000; 30% returned: refunds ¥60,000, kept ¥140,000. Half the sales (¥100,000) came
    // from 千川·乘方 ads, and ¥70,000 of that was kept.
    // The rate card's deductions (commission 5% + payment fee 0.6%) on every kept sale: 140,000 × 5.6% = ¥7,840.
    // Platform fees: 0.6% × ¥100,000 ad-driven = ¥600, less the commission waived on the kept ad-driven ¥70,000:
    // 5% × 70,000 = ¥3,500 → 600 − 3,500 = −¥2,900.
    // Together 7,840 − 2,900 = ¥4,940 = commission 5% × (140,000 − 70,000) ¥3,500 + payment fee 0.6% × 140,000 ¥840 +
    // the fee ¥600: commission on the kept sales ads did not drive, and the fee on those they did.
    const v: CostVolumes<number> = { sales: 200000, returns: 60000, orders: 1000, returnedOrders: 300, paidSales: 100000, affiliateSales: 0, opening: 0, goods: 0 };
    const lines = costLines(N, v, douyin);
    expect(lines.platformFees).toBe(-2900);
    const deductions = 140000 * (0.05 + 0.006);
    expect(deductions + lines.platformFees).toBeCloseTo(0.05 * (140000 - 70000) + 0.006 * 140000 + 0.006 * 100000, 6);
    // Where the fee does not replace the commission (the data's 0), both are charged: ¥600 on top of ¥7,840.
    expect(costLines(N, v, { ...douyin, commissionWaivedRate: 0 }).platformFees).toBe(600);
  });

  it("shows the month apart in the P&L: the fee as a platform fee, the waived commission off the deductions", () => {
    // The same month through platformMonthLines: deductions 7,840 − 3,500 waived = ¥4,340, platform fees ¥600 (no
    // line below 0, as a boss would read a negative fee as a refund); together the same ¥4,940.
    const month = platformMonthLines(N, {
      orders: 1000,
      price: 200,
      returnsPerOrder: 60,
      deductionsPerOrder: 7.84,
      goodsPerOrder: 0,
      shippingPerOrder: 0,
      returnRate: 0.3,
      paidShareNow: 0.5,
      affiliateShare: 0,
      rates: douyin,
      ads: 0,
      vatRates: { outputRate: 0, goodsInputRate: 0, servicesInputRate: 0 },
      deductionsAreDiscount: 0,
      opening: 0,
      deposit: 0,
      inventoryCoverMonths: 0,
      settlementDays: 0,
      previous: { goods: 0, payout: 0, cumulativeCash: 0 },
    });
    expect(month).toMatchObject({ deductions: 4340, platformFees: 600 });
    expect(month.deductions + month.platformFees).toBe(
      7840 + costLines(N, { sales: 200000, returns: 60000, orders: 1000, returnedOrders: 300, paidSales: 100000, affiliateSales: 0, opening: 0, goods: 0 }, douyin).platformFees,
    );
  });

  it("gives the same platform fees as a live formula (HyperFormula), to the fen", () => {
    const money = fc.double({ min: 0, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(
        money,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 0.2, noNaN: true }),
        (sales, q, paid, waived) => {
          const inputs = [sales, q * sales, 100, 100 * q, paid * sales, waived];
          const cells = ["A1", "B1", "C1", "D1", "E1", "F1"];
          const v = (c: readonly string[]) => ({
            sales: c[0]!,
            returns: c[1]!,
            orders: c[2]!,
            returnedOrders: c[3]!,
            paidSales: c[4]!,
            affiliateSales: "0",
            opening: "0",
            goods: "0",
          });
          const rates = { ...Object.fromEntries(Object.entries(douyin).map(([k, x]) => [k, String(x)])), commissionWaivedRate: cells[5]! } as CostLineRates<string>;
          const formula = costLines(F, v(cells), rates).platformFees;
          const hf = HyperFormula.buildFromArray([[...inputs, `=${formula}`]], { licenseKey: "gpl-v3" });
          const live = hf.getCellValue({ sheet: 0, row: 0, col: 6 }) as number;
          hf.destroy();
          const numbers = costLines(
            N,
            { sales, returns: q * sales, orders: 100, returnedOrders: 100 * q, paidSales: paid * sales, affiliateSales: 0, opening: 0, goods: 0 },
            { ...douyin, commissionWaivedRate: waived },
          );
          expect(Math.abs(live - numbers.platformFees)).toBeLessThan(0.0051);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("reads the waived commission from the data: Douyin's category commission, no other platform's", () => {
    for (const category of Object.keys(data.rateCard.categories)) {
      const item = [{ category, price: 100, unitCost: 40, returnRate: 0.2, weight: 1 }];
      expect(mixCostRates(data.rateCard, data.costs, "DOUYIN", item).commissionWaivedRate).toBe(data.rateCard.platforms.DOUYIN!.commission[category]!.value);
      for (const platform of Object.keys(data.rateCard.platforms).filter((p) => p !== "DOUYIN"))
        expect(mixCostRates(data.rateCard, data.costs, platform, item).commissionWaivedRate).toBe(0);
    }
    expect(data.costs.platforms.DOUYIN!.costs.paidSalesFeeReplacesCommission!.value).toBe(1);
  });

  it("lowers a Douyin beauty order's platform fees by the commission on its kept ad-driven share", () => {
    // ¥199, 14% returned, half of it ad-driven: 0.6% × 99.50 = 0.597 less 5% × 99.50 × 0.86 = 4.2785 → −3.6815.
    const input = { price: 199, unitCost: 40, shipping: 6, adRatio: 0.2, returnRate: 0.14, fixedPerOrder: 0, paidShare: 0.5 };
    const costs = orderCosts(data, "DOUYIN", "BEAUTY", input, "general");
    const commission = data.rateCard.platforms.DOUYIN!.commission.BEAUTY!.value;
    expect(costs.lines.platformFees).toBeCloseTo(0.006 * 99.5 - commission * 99.5 * 0.86, 9);
    expect(orderCosts(data, "DOUYIN", "BEAUTY", { ...input, paidShare: 0 }, "general").lines.platformFees).toBe(0);
  });
});

describe("mixCostRates for one product (the formulas' path)", () => {
  it("gives the same rates as the weighted means over the same product twice", () => {
    const platforms = Object.keys(data.rateCard.platforms);
    const categories = Object.keys(data.rateCard.categories);
    fc.assert(
      fc.property(
        fc.nat(platforms.length - 1),
        fc.nat(categories.length - 1),
        // A price is 0 or at least one fen (RANGES.price), never a denormal whose half is 0.
        fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 1e5, noNaN: true })),
        fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 1e-9, max: 1, noNaN: true })),
        fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 1e5, noNaN: true })),
        (p, k, price, returnRate, unitCost) => {
          const item = { category: categories[k]!, price, unitCost, returnRate, weight: 1 };
          const one = mixCostRates(data.rateCard, data.costs, platforms[p]!, [item]);
          const twice = mixCostRates(data.rateCard, data.costs, platforms[p]!, [
            { ...item, weight: 0.5 },
            { ...item, weight: 0.5 },
          ]);
          for (const key of Object.keys(twice) as Array<keyof typeof twice>) expect(one[key]).toBeCloseTo(twice[key], 9);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
