import { numberCalculator as N } from "../../src/engine/calc/numberCalculator";
import { budgetShareFen } from "../../src/engine/plan/monthDemand";

describe("budgetShareFen: the budget is a hard cap to the fen", () => {
  it("rounds each platform's share down, so the shares never add up to more than the budget", () => {
    // ¥1 split 0.6% / 0.6% / 98.8%: to the nearest fen 0.01 + 0.01 + 0.99 = ¥1.01; rounded down 0 + 0 + 0.98.
    const shares = [0.006, 0.006, 0.988].map((w) => budgetShareFen(N, { budget: 1, budgetWeight: w }));
    expect(shares).toEqual([0, 0, 0.98]);
    // The case the plan's property test met: ¥25,581 among four platforms (80/20 weights), never ¥25,581.01.
    const weights = [0.8429696565702796, 0.07849679964775516, 0.0514154516640324, 0.041282538753668836];
    const total = weights.map((w) => budgetShareFen(N, { budget: 25581, budgetWeight: w / weights.reduce((a, b) => a + b, 0) })).reduce((a, b) => a + Math.round(b * 100), 0);
    expect(total).toBeLessThanOrEqual(2558100);
  });

  it("keeps an exact share whole against float dust", () => {
    expect(budgetShareFen(N, { budget: 150000, budgetWeight: 0.8 })).toBe(120000);
    expect(budgetShareFen(N, { budget: 0.3, budgetWeight: 1 / 3 })).toBe(0.1);
  });
});
