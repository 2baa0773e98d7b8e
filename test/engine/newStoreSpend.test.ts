import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { formulaCalculator as F, numberCalculator as N } from "../../src/engine/calc";
import { newStoreSpend, newStoreWantedSpend, spendCapacity } from "../../src/engine/plan/newStoreSpend";

/*
 * Issue 20 (operator read, 2026-12-06): a new store sold at full pace within a month or two whenever the budget
 * allowed, and a first spend ramp on the capped spend still let a ¥1m budget buy a month-1 store more than its mature
 * spend (the target-chasing spend at 45% of the ROI is ~5× the mature one). A store of its age can put to work
 * `spendRamp` × what it would spend at maturity: the mature wanted spend, or its budget share if smaller.
 */
const curve = { reference: 2_000_000, elasticity: 0.85 };
// Month 1 of a new brand's store: ¥3m a month of target, ROI 1.8 now (4 at maturity), all paid now (40% at maturity).
const young = { growth: 3_000_000, share: 1, paidShareNow: 1, roiNow: 1.8, matureRoi: 4, maturePaidShare: 0.4, budget: 2_000_000, budgetWeight: 1, curve, spendRamp: 0.2 };

describe("a new store's spend: what its age lets it put to work, never more than its budget share", () => {
  it("spends 20% of its mature spend in month 1 however large the budget: 0.2 × 3m × 0.4 ÷ 4 = ¥60,000", () => {
    // The target at today's ROI would want 3m ÷ 1.8 = ¥1.67m, all of it affordable from a ¥2m budget.
    expect(newStoreSpend(N, young)).toBe(60_000);
    expect(newStoreSpend(N, { ...young, budget: 20_000_000 })).toBe(60_000);
    // Not capped by the budget: what it wanted (as far as its age lets it) is what it spends.
    expect(newStoreWantedSpend(N, young)).toBeCloseTo(60_000, 6);
  });

  it("scales 20% of its budget share when the budget, not the target, sets its mature spend: the budget caps it", () => {
    const small = { ...young, budget: 200_000 };
    expect(spendCapacity(N, small)).toBeCloseTo(40_000, 6);
    expect(newStoreSpend(N, small)).toBe(40_000);
    expect(newStoreWantedSpend(N, small)).toBeCloseTo(60_000, 6);
  });

  it("spends what the month's target wants when that is below its capacity", () => {
    // At maturity with a small target: 300,000 × 0.4 ÷ 4 = ¥30,000.
    const mature = { ...young, growth: 300_000, roiNow: 4, paidShareNow: 0.4, spendRamp: 1 };
    expect(newStoreSpend(N, mature)).toBe(30_000);
  });

  it("writes the same spend as a workbook formula (HyperFormula)", () => {
    const keys = ["growth", "share", "paidShareNow", "roiNow", "matureRoi", "maturePaidShare", "budget", "budgetWeight", "spendRamp"] as const;
    const cells = Object.fromEntries(keys.map((k, i) => [k, `${String.fromCharCode(65 + i)}1`])) as Record<(typeof keys)[number], string>;
    const formula = newStoreSpend(F, { ...cells, curve: { reference: F.constant(curve.reference), elasticity: F.constant(curve.elasticity) } });
    const fraction = fc.integer({ min: 1, max: 100 }).map((x) => x / 100);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50_000_000 }), fraction, fraction, fraction, fc.integer({ min: 0, max: 5_000_000 }), (growth, paid, roiRamp, spendRamp, budget) => {
        const x = { ...young, growth, maturePaidShare: paid, paidShareNow: 1 - (1 - paid) * roiRamp, roiNow: 4 * roiRamp, budget, spendRamp };
        const hf = HyperFormula.buildFromArray([[...keys.map((k) => x[k]), `=${formula}`]], { licenseKey: "gpl-v3", smartRounding: false });
        const got = hf.getCellValue({ sheet: 0, row: 0, col: keys.length });
        hf.destroy();
        return Math.abs((got as number) - newStoreSpend(N, x)) <= 0.005;
      }),
      { numRuns: 200 },
    );
  });
});
