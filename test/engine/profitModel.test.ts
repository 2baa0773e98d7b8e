import fc from "fast-check";
import { numberCalculator as N } from "../../src/engine/calc/numberCalculator";
import { orderContributionAfterVat } from "../../src/engine/costs/orderVat";
import { profitModel } from "../../src/engine/margin/profitModel";

const rate = fc.double({ min: 0, max: 1, noNaN: true });
const money = fc.double({ min: 0, max: 1e5, noNaN: true });

describe("profitModel, the number fast path of a product's order (NETPROFIT, NETMARGIN)", () => {
  it("gives orderContributionAfterVat's contribution, then net profit and net margin after the fixed cost per order", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        fc.record({ returnRate: rate, deductionRate: rate, adRatio: rate }),
        fc.record({ unitCost: money, shipping: money, fixedPerOrder: money, platformFee: money, promotions: money, fulfilment: money, vat: money }),
        (price, r, m) => {
          const lines = { affiliateCommission: 0, seeding: 0, promotions: m.promotions, fulfilment: m.fulfilment, returnShipping: 0, installation: 0, paymentFees: 0 };
          const costs = { deductionRate: r.deductionRate, platformFee: m.platformFee, lines, total: m.promotions + m.fulfilment, rates: { deliveryShare: 1 } as never, vat: m.vat };
          const input = { price, unitCost: m.unitCost, shipping: m.shipping, adRatio: r.adRatio, returnRate: r.returnRate, fixedPerOrder: m.fixedPerOrder, paidShare: 0 };
          const got = profitModel(input as never, costs);
          const terms = {
            price,
            returnRate: r.returnRate,
            deductionRate: r.deductionRate,
            unitCost: m.unitCost,
            shipping: m.shipping,
            adRatio: r.adRatio,
            deductionsAreDiscount: 0,
          };
          // VAT is given here (orderVat is checked in orderVatNumber.test.ts): a zero-rate regime, plus the fixed amount.
          const defined = orderContributionAfterVat(N, terms, { platformFees: m.platformFee, ...lines }, { outputRate: 0, goodsInputRate: 0, servicesInputRate: 0 }) - m.vat;
          const scale = Math.max(1, price, m.unitCost, m.shipping, m.platformFee, m.promotions, m.fulfilment, m.vat);
          expect(Math.abs(got.contribution - defined)).toBeLessThan(scale * 1e-12);
          expect(got.profit).toBe(got.contribution - m.fixedPerOrder);
          expect(got.netMargin).toBe(got.profit / price);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("works a ¥100 order by hand", () => {
    // Kept 0.9 × (100 × 0.95 − 40) = 49.5; less shipping 5, ads 10, fee 1, stack 3, VAT 2: 28.5; less fixed 8.5: 20.
    const lines = { affiliateCommission: 0, seeding: 0, promotions: 3, fulfilment: 0, returnShipping: 0, installation: 0, paymentFees: 0 };
    const got = profitModel({ price: 100, unitCost: 40, shipping: 5, adRatio: 0.1, returnRate: 0.1, fixedPerOrder: 8.5, paidShare: 0 } as never, {
      deductionRate: 0.05,
      platformFee: 1,
      lines,
      total: 3,
      rates: { deliveryShare: 1 } as never,
      vat: 2,
    });
    expect(got.contribution).toBeCloseTo(28.5, 10);
    expect(got.profit).toBeCloseTo(20, 10);
    expect(got.netMargin).toBeCloseTo(0.2, 12);
  });
});
