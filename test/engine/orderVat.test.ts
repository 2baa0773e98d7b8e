import { numberCalculator as N } from "../../src/engine/calc/numberCalculator";
import { orderCostLines } from "../../src/engine/costs/orderCostLines";
import { orderContributionAfterVat, orderVat } from "../../src/engine/costs/orderVat";
import { ZERO_COST_RATES } from "../support/zeroCostRates";

const GENERAL = { outputRate: 0.13, goodsInputRate: 0.13, servicesInputRate: 0.06 };

/** An order's lines with every cost rate 0 but the promotions and platform fees a test gives. */
const linesWith = (price: number, returnRate: number, promotions: number, platformFees: number) => ({
  ...orderCostLines(N, { price, returnRate, paidShare: 0, affiliateShare: 0, goods: 0 }, ZERO_COST_RATES),
  promotions,
  platformFees,
});

describe("orderVat, VAT payable on one expected order", () => {
  it("works a Tmall dress by hand: ¥199, 30% returned, d 6.1%, cost ¥60, ads 20%, promotions ¥11.144", () => {
    // Output (199 − 59.70 − 11.144) × 13/113 = 14.743610; input on goods 42 × 13/113 = 4.831858 and on services
    // (8.4973 + 39.80) × 6/106 = 2.733809: 7.177943 (test/formulas/workedExample.test.ts works the whole order).
    const x = { price: 199, returnRate: 0.3, deductionRate: 0.061, unitCost: 60, shipping: 0, adRatio: 0.2, deductionsAreDiscount: 0 };
    expect(orderVat(N, x, linesWith(199, 0.3, 11.144, 0), GENERAL)).toBeCloseTo(7.177943, 6);
  });

  it("takes a wholesale discount off the output base, with no services credit", () => {
    const x = { price: 100, returnRate: 0, deductionRate: 0.3, unitCost: 40, shipping: 0, adRatio: 0, deductionsAreDiscount: 1 };
    expect(orderVat(N, x, linesWith(100, 0, 0, 0), GENERAL)).toBeCloseTo(((70 - 40) * 13) / 113, 9);
  });

  it("takes the VAT off the contribution once, worked out or placed", () => {
    const x = { price: 199, returnRate: 0.3, deductionRate: 0.061, unitCost: 60, shipping: 6, adRatio: 0.2, deductionsAreDiscount: 0 };
    const lines = linesWith(199, 0.3, 11.144, 1);
    const vat = orderVat(N, x, lines, GENERAL);
    expect(orderContributionAfterVat(N, x, lines, GENERAL, { vat })).toBe(orderContributionAfterVat(N, x, lines, GENERAL));
    expect(orderContributionAfterVat(N, x, lines, GENERAL, { vat: 0 }) - orderContributionAfterVat(N, x, lines, GENERAL)).toBeCloseTo(vat, 9);
  });
});
