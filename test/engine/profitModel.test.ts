import fc from "fast-check";
import { profitModel } from "../../src/engine/margin/profitModel";

const money = fc.double({ min: -1e5, max: 1e5, noNaN: true });

describe("profitModel, a product's order after its fixed cost (NETPROFIT, NETMARGIN)", () => {
  it("takes the fixed cost per order off the order's contribution after VAT, and divides by the price", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e6, noNaN: true }), money, fc.double({ min: 0, max: 1e5, noNaN: true }), (price, contribution, fixedPerOrder) => {
        const costs = { deductionRate: 0, lines: {} as never, rates: {} as never, vat: 0, contribution };
        const got = profitModel({ price, unitCost: 0, shipping: 0, adRatio: 0, returnRate: 0, fixedPerOrder, paidShare: null }, costs);
        expect(got.contribution).toBe(contribution);
        expect(got.profit).toBe(contribution - fixedPerOrder);
        expect(got.netMargin).toBe(got.profit / price);
      }),
      { numRuns: 500 },
    );
  });

  it("works a ¥100 order by hand", () => {
    // Contribution after VAT 28.5; less fixed 8.5: 20, a fifth of the price.
    const got = profitModel(
      { price: 100, unitCost: 40, shipping: 5, adRatio: 0.1, returnRate: 0.1, fixedPerOrder: 8.5, paidShare: 0 },
      {
        deductionRate: 0.05,
        lines: {} as never,
        rates: {} as never,
        vat: 2,
        contribution: 28.5,
      },
    );
    expect(got.profit).toBeCloseTo(20, 10);
    expect(got.netMargin).toBeCloseTo(0.2, 12);
  });
});
