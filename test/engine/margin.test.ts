import fc from "fast-check";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { applyOverrides, breakEven, orderEconomics } from "../../src/engine";
import { describeIssue } from "../../src/messages";

import { bareCostData } from "../support/costData";

const full = defaultReferenceData();
const card = full.rateCard;
/** The rate card's part alone: these examples were worked by hand before the cost stack (see costs.test.ts). */
const bare = bareCostData(full);

describe("orderEconomics", () => {
  it("works the Tmall apparel example by hand", () => {
    // d = 5% commission + 0.6% basic fee + 0.5% points = 0.061
    // (1 − 0.3) × (200 × 0.939 − 60) − 8 − 0.2 × 200 − 0 = 0.7 × 127.8 − 48 = 89.46 − 48 = 41.46
    const r = orderEconomics(bare, "TMALL", "APPAREL", { price: 200, unitCost: 60, shipping: 8, adRatio: 0.2, returnRate: 0.3 });
    if (!r.ok) throw new Error(describeIssue(r.issue));
    expect(r.value.deductionRate).toBeCloseTo(0.061, 12);
    expect(r.value.profit).toBe(41.46);
    expect(r.value.netMargin).toBeCloseTo(41.46 / 200, 12);
    expect(r.value.keptRevenue).toBe(140);
    expect(r.value.goodsCost).toBe(42);
    expect(r.value.adCost).toBe(40);
    // Each deduction on kept revenue: 140 × 5% = 7, 140 × 0.6% = 0.84, 140 × 0.5% = 0.70
    expect(r.value.deductions.map((d) => [d.id, d.amount])).toEqual([
      ["COMMISSION", 7],
      ["PAYMENT_FEE", 0.84],
      ["TMALL_POINTS", 0.7],
    ]);
    expect(r.value.deductions[0]!.figure).toMatchObject({ source: "TM15", asOf: "2023" });
  });

  it("works the Pinduoduo food example by hand, with a fixed cost per order", () => {
    // d = 0 + 0.6%: 39.9 × 0.994 = 39.6606; − 15 = 24.6606; × 0.98 = 24.167388
    // − 3.5 shipping − 0.25 × 39.9 (9.975) − 2 fixed = 8.692388 → ¥8.69
    const r = orderEconomics(bare, "PDD", "FOOD", { price: 39.9, unitCost: 15, shipping: 3.5, adRatio: 0.25, returnRate: 0.02, fixedPerOrder: 2 });
    expect(r).toMatchObject({ ok: true, value: { profit: 8.69, contribution: 10.69 } });
    if (r.ok) expect(r.value.netMargin).toBeCloseTo(8.692388 / 39.9, 9);
  });

  it("charges a platform's fixed per-order fee", () => {
    // Dewu's former ¥5 was a buyer's appraisal fee; a seller-side fee entered by the user still comes off each order.
    const withFee = { ...card, platforms: { ...card.platforms, DEWU: { ...card.platforms.DEWU!, perOrderFee: { value: 5, estimate: "a seller's inspection fee" } } } };
    // d = 9.5%, no payment fee: 900 × 0.905 = 814.5; − 400 = 414.5; − ¥5 fee = 409.5
    expect(orderEconomics({ ...bare, rateCard: withFee }, "DEWU", "SHOES_BAGS", { price: 900, unitCost: 400 })).toMatchObject({
      ok: true,
      value: { profit: 409.5, platformPerOrderFee: 5 },
    });
    expect(orderEconomics(bare, "DEWU", "SHOES_BAGS", { price: 900, unitCost: 400 })).toMatchObject({ ok: true, value: { profit: 414.5, platformPerOrderFee: 0 } });
  });

  it("treats omitted optional costs (null) as zero", () => {
    const withNulls = orderEconomics(bare, "JD", "DIGITAL_3C", { price: 1000, unitCost: 700, shipping: null, adRatio: null, returnRate: null, fixedPerOrder: null });
    // d = 4% + 0.6%: 1000 × 0.954 − 700 = 254
    expect(withNulls).toMatchObject({ ok: true, value: { profit: 254 } });
  });

  it.each([
    [{ price: -1, unitCost: 1 }, "price"],
    [{ price: 0, unitCost: 1 }, "price"],
    [{ price: Number.NaN, unitCost: 1 }, "price"],
    [{ price: 100, unitCost: -5 }, "unitCost"],
    [{ price: 100, unitCost: 5, returnRate: 1.5 }, "returnRate"],
    [{ price: 100, unitCost: 5, adRatio: 20 }, "adRatio"],
    [{ price: 100, unitCost: 5, shipping: Number.POSITIVE_INFINITY }, "shipping"],
  ])("rejects %j naming %s", (input, field) => {
    expect(orderEconomics(bare, "TMALL", "APPAREL", input)).toMatchObject({ ok: false, issue: { field } });
  });

  it("explains a rate typed as a percent", () => {
    const r = orderEconomics(bare, "TMALL", "APPAREL", { price: 100, unitCost: 5, returnRate: 30 });
    if (r.ok) throw new Error("expected a failure");
    expect(describeIssue(r.issue)).toBe("returnRate: 30 is out of range; use from 0 to 1 (a fraction: 0.05 means 5%).");
  });
});

describe("breakEven", () => {
  it("needs ceil(30000 / 41.46) = 724 Tmall apparel orders a month", () => {
    expect(breakEven(bare, "TMALL", "APPAREL", 30000, { price: 200, unitCost: 60, shipping: 8, adRatio: 0.2, returnRate: 0.3 })).toEqual({
      ok: true,
      value: { ordersPerMonth: 724, contributionPerOrder: 41.46, monthlyFixedCost: 30000 },
    });
  });

  it("needs no orders when there are no fixed costs", () => {
    expect(breakEven(bare, "PDD", "FOOD", 0, { price: 50, unitCost: 10 })).toMatchObject({ ok: true, value: { ordersPerMonth: 0 } });
  });

  it("says it never breaks even when each order loses money", () => {
    // 10 × 0.994 − 9 − 3 = −2.06
    const r = breakEven(bare, "PDD", "FOOD", 10000, { price: 10, unitCost: 9, shipping: 3 });
    expect(r).toEqual({ ok: false, issue: { code: "never_breaks_even", field: "contribution", contributionPerOrder: -2.06 } });
    if (!r.ok) expect(describeIssue(r.issue)).toContain("Never breaks even: each order contributes -¥2.06");
  });
});

describe("properties", () => {
  const money = fc.double({ min: 0.01, max: 100000, noNaN: true });
  const fraction = fc.double({ min: 0, max: 1, noNaN: true });
  const rate = fc.double({ min: 0, max: 0.5, noNaN: true });

  it("margin never rises when commission rises", () => {
    fc.assert(
      fc.property(money, money, fraction, fraction, rate, rate, (price, unitCost, adRatio, returnRate, c1, c2) => {
        const [low, high] = c1 <= c2 ? [c1, c2] : [c2, c1];
        const at = (c: number) => {
          const overridden = applyOverrides(card, [{ platform: "TMALL", field: "commission", category: "APPAREL", value: c }], "2026-11-22");
          if (!overridden.ok) throw new Error(describeIssue(overridden.issue));
          const r = orderEconomics({ ...full, rateCard: overridden.value }, "TMALL", "APPAREL", { price, unitCost, adRatio, returnRate });
          if (!r.ok) throw new Error(describeIssue(r.issue));
          return r.value.netMargin;
        };
        expect(at(high)).toBeLessThanOrEqual(at(low) + 1e-12);
      }),
    );
  });

  it("gives finite results for every valid input and does not mutate it", () => {
    fc.assert(
      fc.property(money, money, money, fraction, fraction, money, (price, unitCost, shipping, adRatio, returnRate, fixedPerOrder) => {
        const input = { price, unitCost, shipping, adRatio, returnRate, fixedPerOrder };
        const before = { ...input };
        const r = orderEconomics(full, "DOUYIN", "BEAUTY", input);
        expect(input).toEqual(before);
        if (!r.ok) throw new Error(describeIssue(r.issue));
        expect(Number.isFinite(r.value.profit) && Number.isFinite(r.value.netMargin)).toBe(true);
      }),
    );
  });
});
