import { HyperFormula } from "hyperformula";
import { defaultReferenceData } from "../../../src/data/defaultReferenceData";
import { formulaCalculator as F, numberCalculator as N } from "../../../src/engine/calc";
import { peopleForSales, platformTeamAt, teamPlan } from "../../../src/engine";

/*
 * The curve of staffing.json peopleBySales, worked by hand: a role's people are ⌊(sales ÷ salesForOne)^0.7⌋, never
 * below the launch shape's; salesForOne is ¥300,000 for operations, ¥600,000 for promotion and for design (the
 * shared designer counted). Customer service is unchanged: orders × 0.35 conversations (¥50–200) ÷ 3,120 a month,
 * 2 agents once 600 conversations a month arrive. A Tmall store at ¥200 an order, "standard" shape (operations 1,
 * promotion 1, CS 2, design shared: one designer per three stores in the pool).
 *   ¥0 and ¥200,000 (1,000 orders): operations (0.667)^0.7 = 0.75 → 0, promotion (0.333)^0.7 = 0.46 → 0: the shape's
 *     1 and 1; CS 350 conversations → 1, under the coverage threshold: the shape's 2; design 0.46 → 0, less the pool's
 *     one → none of its own. Own 4, 5 with the pool's designer.
 *   ¥2,000,000 (10,000 orders): operations (6.667)^0.7 = e^(0.7 × 1.897) = 3.77 → 3; promotion (3.333)^0.7 = 2.32 → 2;
 *     CS 3,500 ÷ 3,120 = 1.12 → 2 (and coverage 2); design 2.32 → 2, less the pool's one = 1. Own 8, 9 with the pool's.
 *   ¥20,000,000 (100,000 orders): operations (66.67)^0.7 = e^(0.7 × 4.200) = 18.91 → 18; promotion (33.33)^0.7 =
 *     e^(0.7 × 3.507) = 11.64 → 11; CS 35,000 ÷ 3,120 = 11.2 → 12; design 11 − 1 = 10. Own 51.
 *     Tier 1 (salary × 1.3): 18 × 13,000 + 11 × 14,300 + 12 × 7,150 + 10 × 13,000 = 234,000 + 157,300 + 85,800
 *     + 130,000 = ¥607,100 a month, 3.04% of sales; ten times the sales, 5.7 times the people.
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

  it("runs a ¥20,000,000-a-month store with 51 of its own at ¥607,100 a month (3.04% of sales)", () => {
    const big = own(20_000_000);
    expect(big.roles).toMatchObject({ operations: 18, promotion: 11, customerService: 12, design: 10 });
    expect(big.people).toBe(51);
    expect(big.cost).toBe(607_100);
  });

  it("adds the k-th person at salesForOne × k^(1/0.7): the 2nd operator at ¥807,541 (300,000 × 2^(10/7) = 300,000 × 2.69180 = 807,540.1)", () => {
    expect(peopleForSales(N, 807_540, 300_000, 0.7)).toBe(1);
    expect(peopleForSales(N, 807_541, 300_000, 0.7)).toBe(2);
    expect(peopleForSales(N, 0, 300_000, 0.7)).toBe(0);
    expect(peopleForSales(N, -5, 300_000, 0.7)).toBe(0);
  });

  it("writes the same curve as a POWER formula that HyperFormula evaluates to the engine's people", () => {
    const formula = peopleForSales(F, "A1", "B1", "C1");
    expect(formula).toContain("POWER(");
    const cases = [
      [807_540, 300_000, 0.7],
      [807_541, 300_000, 0.7],
      [2_000_000, 600_000, 0.6],
      [20_000_000, 300_000, 0.6],
      [0, 300_000, 0.6],
      [1_234_567.89, 600_000, 0.45],
      [-1, 300_000, 0.6],
    ] as const;
    for (const [sales, one, exponent] of cases) expect(evaluate([sales, one, exponent], [formula])).toEqual([peopleForSales(N, sales, one, exponent)]);
  });
});
