import { HyperFormula } from "hyperformula";
import { defaultReferenceData } from "../../../src/data/defaultReferenceData";
import { formulaCalculator as F, numberCalculator as N } from "../../../src/engine/calc";
import { peopleForSales, platformTeamAt, teamPlan } from "../../../src/engine";

/*
 * The curve of staffing.json peopleBySales, worked by hand: a role's people are ⌊(sales ÷ salesForOne)^0.6⌋, never
 * below the launch shape's; salesForOne is ¥300,000 for operations, ¥600,000 for promotion and for design (the
 * shared designer counted). Customer service is unchanged: orders × 0.35 conversations (¥50–200) ÷ 3,120 a month,
 * 2 agents once 600 conversations a month arrive. A Tmall store at ¥200 an order, "standard" shape (operations 1,
 * promotion 1, CS 2, design shared: one designer per three stores in the pool).
 *   ¥0 and ¥200,000 (1,000 orders): operations (0.667)^0.6 = 0.78 → 0, promotion (0.333)^0.6 = 0.52 → 0: the shape's
 *     1 and 1; CS 350 conversations → 1, under the coverage threshold: the shape's 2; design 0.52 → 0, less the pool's
 *     one → none of its own. Own 4, 5 with the pool's designer.
 *   ¥2,000,000 (10,000 orders): operations (6.667)^0.6 = e^(0.6 × 1.897) = 3.12 → 3; promotion (3.333)^0.6 = 2.06 → 2;
 *     CS 3,500 ÷ 3,120 = 1.12 → 2 (and coverage 2); design 2.06 → 2, less the pool's one = 1. Own 8, 9 with the pool's.
 *   ¥20,000,000 (100,000 orders): operations (66.67)^0.6 = e^(0.6 × 4.200) = 12.43 → 12; promotion (33.33)^0.6 =
 *     e^(0.6 × 3.507) = 8.20 → 8; CS 35,000 ÷ 3,120 = 11.2 → 12; design 8 − 1 = 7. Own 39.
 *     Tier 1 (salary × 1.3): 12 × 13,000 + 8 × 14,300 + 12 × 7,150 + 7 × 13,000 = 156,000 + 114,400 + 85,800 + 91,000
 *     = ¥447,200 a month, 2.24% of sales (one operator per ¥1m, linear, gave 47 people and 2.77%).
 */
const data = defaultReferenceData();
const own = (sales: number) => platformTeamAt(N, data, "TMALL", { orders: sales / 200, sales }, { configuration: "standard", cityTier: "1", averageOrderValue: 200 });
const withPool = (sales: number) =>
  teamPlan(data, { platforms: [{ platform: "TMALL", monthlyOrders: sales / 200, averageOrderValue: 200 }], configuration: "standard", cityTier: "1" }).totalPeople;

function evaluate(values: readonly number[], formulas: readonly string[]): unknown[] {
  const hf = HyperFormula.buildFromArray([[...values, ...formulas.map((f) => `=${f}`)]], { licenseKey: "gpl-v3" });
  const out = formulas.map((_, i) => hf.getCellValue({ sheet: 0, row: 0, col: values.length + i }));
  hf.destroy();
  return out;
}

describe("people grow with a store's sales along a curve, less than in proportion", () => {
  it("keeps the standard launch shape at launch volume and at ¥200,000 a month: 4 own, 5 with the pool's designer", () => {
    for (const sales of [0, 200_000]) {
      expect(own(sales).roles).toMatchObject({ operations: 1, promotion: 1, customerService: 2, design: 0 });
      expect(own(sales).people).toBe(4);
      expect(withPool(sales)).toBe(5);
    }
  });

  it("runs a ¥2,000,000-a-month Tmall store with 8 of its own and the pool's designer: 9, inside issue 20's 8–15", () => {
    expect(own(2_000_000).roles).toMatchObject({ operations: 3, promotion: 2, customerService: 2, design: 1 });
    expect(own(2_000_000).people).toBe(8);
    expect(withPool(2_000_000)).toBe(9);
  });

  it("runs a ¥20,000,000-a-month store with 39 of its own at ¥447,200 a month (2.24% of sales), not 47 as one per ¥1m", () => {
    const big = own(20_000_000);
    expect(big.roles).toMatchObject({ operations: 12, promotion: 8, customerService: 12, design: 7 });
    expect(big.people).toBe(39);
    expect(big.cost).toBe(447_200);
  });

  it("adds the k-th person at salesForOne × k^(1/0.6): the 2nd operator at ¥952,441 (300,000 × 2^(5/3) = 300,000 × 3.1748 = 952,440.6)", () => {
    expect(peopleForSales(N, 952_440, 300_000, 0.6)).toBe(1);
    expect(peopleForSales(N, 952_441, 300_000, 0.6)).toBe(2);
    expect(peopleForSales(N, 0, 300_000, 0.6)).toBe(0);
    expect(peopleForSales(N, -5, 300_000, 0.6)).toBe(0);
  });

  it("writes the same curve as a POWER formula that HyperFormula evaluates to the engine's people", () => {
    const formula = peopleForSales(F, "A1", "B1", "C1");
    expect(formula).toContain("POWER(");
    const cases = [
      [952_440, 300_000, 0.6],
      [952_441, 300_000, 0.6],
      [2_000_000, 600_000, 0.6],
      [20_000_000, 300_000, 0.6],
      [0, 300_000, 0.6],
      [1_234_567.89, 600_000, 0.45],
      [-1, 300_000, 0.6],
    ] as const;
    for (const [sales, one, exponent] of cases) expect(evaluate([sales, one, exponent], [formula])).toEqual([peopleForSales(N, sales, one, exponent)]);
  });
});
