import fc from "fast-check";
import { numberCalculator } from "../../src/engine/calc/numberCalculator";
import { orderCostLines } from "../../src/engine/costs/orderCostLines";
import { orderCostLinesNumber } from "../../src/engine/costs/orderCostLinesNumber";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { mixCostRates } from "../../src/engine/costs/mixCostRates";
import { orderCosts, STACK_KEYS } from "../../src/engine/margin/orderCosts";

const rate = fc.double({ min: 0, max: 1, noNaN: true });
const money = fc.double({ min: 0, max: 1e4, noNaN: true });
const rates = fc.record({
  affiliateRate: rate,
  seedingShare: rate,
  promotionShare: rate,
  fulfilmentPerOrder: money,
  returnShippingPerReturn: money,
  shippingInsurancePerOrder: money,
  installationPerOrder: money,
  instalmentRate: rate,
  perOrderFee: money,
  paidSalesFeeRate: rate,
  commissionWaivedRate: rate,
  launchCost: money,
});

describe("orderCostLinesNumber, the number fast path of orderCostLines", () => {
  it("gives every line bit-identical to orderCostLines on the number calculator", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e7, noNaN: true }), rate, rate, rate, rates, (price, returnRate, paidShare, affiliateShare, r) => {
        const defined = orderCostLines(numberCalculator, { price, returnRate, paidShare, affiliateShare }, r);
        const fast = orderCostLinesNumber(price, returnRate, paidShare, affiliateShare, r);
        expect(Object.keys(fast)).toEqual(Object.keys(defined));
        for (const key of Object.keys(defined) as Array<keyof typeof defined>) expect(Object.is(fast[key], defined[key])).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("agrees on a worked order: ¥100, 10% returned, 30% ad-driven, 20% from affiliates", () => {
    const r = {
      affiliateRate: 0.2,
      seedingShare: 0.05,
      promotionShare: 0.1,
      fulfilmentPerOrder: 3,
      returnShippingPerReturn: 10,
      shippingInsurancePerOrder: 0.5,
      installationPerOrder: 0,
      instalmentRate: 0.01,
      perOrderFee: 1,
      paidSalesFeeRate: 0.02,
      commissionWaivedRate: 0.05,
      launchCost: 5000,
    };
    const fast = orderCostLinesNumber(100, 0.1, 0.3, 0.2, r);
    expect(fast.affiliateCommission).toBeCloseTo(20 * 0.9 * 0.2, 12);
    expect(fast.returnShipping).toBeCloseTo(0.1 * 10 + 0.5, 12);
    // ¥1 a order + 2% on the ¥30 ad-driven, less the 5% commission waived on the ¥27 of it kept: 1 + 0.60 − 1.35
    expect(fast.platformFees).toBeCloseTo(1 + 30 * 0.02 - 30 * 0.9 * 0.05, 12);
    expect(fast).toEqual(orderCostLines(numberCalculator, { price: 100, returnRate: 0.1, paidShare: 0.3, affiliateShare: 0.2 }, r));
  });
});

describe("orderCosts on the fast path", () => {
  const data = defaultReferenceData();
  const platforms = Object.keys(data.rateCard.platforms);
  const categories = Object.keys(data.rateCard.categories);

  it("keeps the stack's lines in STACK_KEYS' order, summed in that order, equal to orderCostLines' lines", () => {
    fc.assert(
      fc.property(
        fc.nat(platforms.length - 1),
        fc.nat(categories.length - 1),
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        rate,
        rate,
        (p, k, price, returnRate, paidShare) => {
          const [platform, category] = [platforms[p]!, categories[k]!];
          const input = { price, unitCost: 0, shipping: 0, adRatio: 0, returnRate, fixedPerOrder: 0, paidShare };
          const costs = orderCosts(data, platform, category, input, "general");
          const rates = mixCostRates(data.rateCard, data.costs, platform, [{ category, price, returnRate, weight: 1 }]);
          const defined = orderCostLines(numberCalculator, { price, returnRate, paidShare, affiliateShare: rates.affiliateShare }, rates);
          expect(Object.keys(costs.lines)).toEqual(STACK_KEYS);
          let total = 0;
          for (const key of STACK_KEYS) {
            expect(Object.is(costs.lines[key], defined[key])).toBe(true);
            total += defined[key];
          }
          expect(Object.is(costs.total, total)).toBe(true);
          expect(Object.is(costs.platformFee, defined.platformFees)).toBe(true);
          expect(costs.rates).toEqual(rates);
        },
      ),
      { numRuns: 500 },
    );
  });
});
