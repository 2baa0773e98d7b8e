import fc from "fast-check";
import { numberCalculator as N } from "../../src/engine/calc/numberCalculator";
import { orderContribution, orderCostLines, PER_ORDER_COST_KEYS } from "../../src/engine/costs/orderCostLines";
import { orderNumbers } from "../../src/engine/costs/orderNumbers";
import { vatRatesOf } from "../../src/engine/costs/vatRegime";
import { businessModelOf } from "../../src/engine/costs/costRates";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { mixCostRates } from "../../src/engine/costs/mixCostRates";
import { orderCosts, STACK_KEYS } from "../../src/engine/margin/orderCosts";
import { COST_LINE_KEYS } from "../../src/engine/costs/costLines";
import { paidShareOn } from "../../src/engine/plan/ownTraffic";
import { platformShipping } from "../../src/engine/costs/platformShipping";

const rate = fc.double({ min: 0, max: 1, noNaN: true });

describe("orderCostLines, one order's cost lines", () => {
  it("works an order by hand: ¥100, 10% returned, 30% ad-driven, 20% from affiliates", () => {
    const r = {
      affiliateRate: 0.2,
      seedingShare: 0.05,
      promotionShare: 0.1,
      fulfilmentPerOrder: 3,
      returnShippingPerReturn: 10,
      shippingInsurancePerOrder: 0.5,
      installationPerOrder: 0,
      stockLossShare: 0.04,
      instalmentRate: 0.01,
      perOrderFee: 1,
      paidSalesFeeRate: 0.02,
      commissionWaivedRate: 0.05,
      launchCost: 5000,
    };
    // Unit cost ¥40: the kept part's goods are 0.9 × 40 = ¥36.
    const lines = orderCostLines(N, { price: 100, returnRate: 0.1, paidShare: 0.3, affiliateShare: 0.2, goods: 36 }, r);
    // Every line of costLines but the launch costs, which are per store, in costLines' order.
    expect(Object.keys(lines)).toEqual(COST_LINE_KEYS.filter((k) => k !== "launchCosts"));
    expect(lines.affiliateCommission).toBeCloseTo(20 * 0.9 * 0.2, 12);
    expect(lines.seeding).toBeCloseTo(5, 12);
    expect(lines.promotions).toBeCloseTo(9, 12);
    expect(lines.returnShipping).toBeCloseTo(0.1 * 10 + 0.5, 12);
    expect(lines.paymentFees).toBeCloseTo(0.9, 12);
    expect(lines.stockLoss).toBeCloseTo(36 * 0.04, 12);
    // ¥1 a order + 2% on the ¥30 ad-driven, less the 5% commission waived on the ¥27 of it kept: 1 + 0.60 − 1.35
    expect(lines.platformFees).toBeCloseTo(1 + 30 * 0.02 - 30 * 0.9 * 0.05, 12);
  });

  it("takes the lines off the contribution in PER_ORDER_COST_KEYS' order", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { minLength: 9, maxLength: 9 }), (values) => {
        const costs = Object.fromEntries(PER_ORDER_COST_KEYS.map((k, i) => [k, values[i]!])) as Record<(typeof PER_ORDER_COST_KEYS)[number], number>;
        const x = { price: 100, returnRate: 0.1, deductionRate: 0.05, unitCost: 40, shipping: 5, adRatio: 0.1 };
        const before = orderContribution(N, x, { ...costs, ...Object.fromEntries(PER_ORDER_COST_KEYS.map((k) => [k, 0])) });
        let total = 0;
        for (const k of PER_ORDER_COST_KEYS) total += costs[k];
        expect(orderContribution(N, x, costs)).toBe(before - total);
      }),
    );
  });
});

describe("orderCosts, one product's order (NETMARGIN, NETPROFIT, the economics card)", () => {
  const data = defaultReferenceData();
  const platforms = Object.keys(data.rateCard.platforms);
  const categories = Object.keys(data.rateCard.categories);

  it("is orderNumbers on the number calculator, bit for bit, on every platform and category", () => {
    fc.assert(
      fc.property(
        fc.nat(platforms.length - 1),
        fc.nat(categories.length - 1),
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        rate,
        rate,
        fc.option(rate, { nil: null }),
        fc.constantFrom("general" as const, "smallScale" as const),
        (p, k, price, unitCost, returnRate, adRatio, paidShare, regime) => {
          const [platform, category] = [platforms[p]!, categories[k]!];
          const input = { price, unitCost, shipping: 6, adRatio, returnRate, fixedPerOrder: 0, paidShare };
          const costs = orderCosts(data, platform, category, input, regime);
          const r = mixCostRates(data.rateCard, data.costs, platform, [{ category, price, unitCost, returnRate, weight: 1 }]);
          const x = {
            price,
            returnRate,
            deductionRate: r.deductionRate,
            unitCost,
            // The brand pays the platform's delivery share of its own shipping (0.3 where the platform delivers).
            shipping: platformShipping(N, { shipping: 6, deliveryShare: r.deliveryShare }),
            adRatio,
            deductionsAreDiscount: businessModelOf(data.costs, platform).deductions === "wholesaleDiscount" ? 1 : 0,
            paidShare: paidShareOn(data.costs, platform, paidShare, r.paidShare),
            affiliateShare: r.affiliateShare,
          };
          const { vat, contribution, ...lines } = orderNumbers(N, { x, r, vat: vatRatesOf(data.costs, regime) });
          expect(costs.lines).toEqual(lines);
          for (const key of [...STACK_KEYS, "platformFees"] as const) expect(Object.is(costs.lines[key], lines[key])).toBe(true);
          expect(Object.is(costs.vat, vat)).toBe(true);
          expect(Object.is(costs.contribution, contribution)).toBe(true);
          expect(costs.rates).toEqual(r);
        },
      ),
      { numRuns: 500 },
    );
  });
});
