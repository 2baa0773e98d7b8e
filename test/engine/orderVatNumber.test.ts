import fc from "fast-check";
import { numberCalculator } from "../../src/engine/calc/numberCalculator";
import { orderVat } from "../../src/engine/costs/orderVat";
import { orderVatNumber } from "../../src/engine/costs/orderVatNumber";
import { orderCostLines } from "../../src/engine/costs/orderCostLines";
import { ZERO_COST_RATES } from "../support/zeroCostRates";

const rate = fc.double({ min: 0, max: 1, noNaN: true });
const money = fc.double({ min: 0, max: 1e5, noNaN: true });

describe("orderVatNumber, the number fast path of orderVat", () => {
  it("is bit-identical to orderVat on the number calculator", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1e7, noNaN: true }),
        rate,
        rate,
        money,
        rate,
        fc.constantFrom(0, 1),
        money,
        money,
        fc.record({ outputRate: rate, goodsInputRate: rate, servicesInputRate: rate }),
        (price, returnRate, deductionRate, unitCost, adRatio, discount, promotions, platformFees, r) => {
          const costs = { ...orderCostLines(numberCalculator, { price, returnRate, paidShare: 0, affiliateShare: 0 }, ZERO_COST_RATES), promotions, platformFees };
          const terms = { price, returnRate, deductionRate, unitCost, shipping: 0, adRatio, deductionsAreDiscount: discount };
          const defined = orderVat(numberCalculator, terms, costs, r);
          const fast = orderVatNumber(price, returnRate, deductionRate, unitCost, adRatio, discount, promotions, platformFees, r);
          expect(Object.is(fast, defined)).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("works a Tmall dress by hand: ¥199, 30% returned, d 6.1%, cost ¥60, ads 20%, promotions ¥11.144", () => {
    // Output (199 − 59.70 − 11.144) × 13/113 = 14.743610; input on goods 42 × 13/113 = 4.831858 and on services
    // (8.4973 + 39.80) × 6/106 = 2.733809: 7.177943 (test/formulas/workedExample.test.ts works the whole order).
    const vat = orderVatNumber(199, 0.3, 0.061, 60, 0.2, 0, 11.144, 0, { outputRate: 0.13, goodsInputRate: 0.13, servicesInputRate: 0.06 });
    expect(vat).toBeCloseTo(7.177943, 6);
    // A wholesale discount is off the output base and earns no services credit.
    const wholesale = orderVatNumber(100, 0, 0.3, 40, 0, 1, 0, 0, { outputRate: 0.13, goodsInputRate: 0.13, servicesInputRate: 0.06 });
    expect(wholesale).toBeCloseTo(((70 - 40) * 13) / 113, 9);
  });
});
