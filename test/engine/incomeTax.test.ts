import { HyperFormula } from "hyperformula";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { formulaCalculator as F, numberCalculator as N } from "../../src/engine/calc";
import { incomeTaxRatesOf, lossCarriedForward, yearIncomeTax } from "../../src/engine/costs/incomeTax";
import { yearTaxLines } from "../../src/engine/plan/yearTotals";
import { buildPlan } from "../../src/scenario/buildPlan";
import { scenarioSchema } from "../../src/scenario/scenario";

/*
 * Corporate income tax on the plan's years (costs.json incomeTax): 25%, or 5% for a small low-profit enterprise while
 * its taxable income is at most ¥3m (MOF/STA 2023 No. 12: 25% of it taxed at 20%), losses carried into later years.
 */
const rates = incomeTaxRatesOf(defaultReferenceData().costs);

describe("a plan year's corporate income tax, worked by hand", () => {
  it("reads the statutory rates from the cost data", () => {
    expect(rates).toEqual({ rate: 0.25, smallProfitRate: 0.05, smallProfitLimit: 3_000_000 });
  });

  it.each([
    ["a loss pays no tax and carries the whole loss on", -1_000_000, 0, 0, 1_000_000],
    ["¥2m of profit, a small low-profit enterprise: 5%", 2_000_000, 0, 100_000, 0],
    ["exactly ¥3m: still 5%", 3_000_000, 0, 150_000, 0],
    ["¥4m: the relief stops at the limit, 25% on all of it", 4_000_000, 0, 1_000_000, 0],
    ["¥2.5m after a ¥1m loss: ¥1.5m taxable at 5%", 2_500_000, 1_000_000, 75_000, 0],
    ["¥0.5m after a ¥1m loss: no tax, ¥0.5m still to carry", 500_000, 1_000_000, 0, 500_000],
    ["¥4m after a ¥1.5m loss: ¥2.5m taxable, back under the limit", 4_000_000, 1_500_000, 125_000, 0],
  ])("%s", (_name, profit, lossBroughtForward, tax, carried) => {
    expect(yearIncomeTax(N, { profit, lossBroughtForward, ...rates })).toBe(tax);
    expect(lossCarriedForward(N, { profit, lossBroughtForward })).toBe(carried);
    expect(yearTaxLines(N, { profit, lossBroughtForward, rates }).profitAfterTax).toBe(profit - tax);
  });

  it("writes the same tax as a workbook formula: HyperFormula gives the numbers' result", () => {
    const cases = [
      [-1_000_000, 0],
      [2_000_000, 0],
      [4_000_000, 0],
      [2_500_000, 1_000_000],
      [4_000_000, 1_500_000],
      [1_234_567.89, 0],
    ];
    const rows = cases.map(([profit, loss], r) => {
      const x = { profit: `A${r + 1}`, lossBroughtForward: `B${r + 1}`, rates: { rate: "$C$1", smallProfitRate: "$D$1", smallProfitLimit: "$E$1" } };
      const lines = yearTaxLines(F, x);
      return [
        profit,
        loss,
        ...(r === 0 ? [rates.rate, rates.smallProfitRate, rates.smallProfitLimit] : [null, null, null]),
        `=${lines.incomeTax}`,
        `=${lines.lossCarriedForward}`,
        `=${lines.profitAfterTax}`,
      ];
    });
    const hf = HyperFormula.buildFromArray(rows, { licenseKey: "gpl-v3", smartRounding: false });
    cases.forEach(([profit, loss], r) => {
      const want = yearTaxLines(N, { profit: profit!, lossBroughtForward: loss!, rates });
      expect([5, 6, 7].map((col) => hf.getCellValue({ sheet: 0, row: r, col }))).toEqual([want.incomeTax, want.lossCarriedForward, want.profitAfterTax]);
    });
    hf.destroy();
  });
});

describe("income tax in a plan's years", () => {
  it("carries year 1's loss into year 2 and taxes only what is left: a new sneaker brand on Dewu and Tmall", () => {
    const scenario = scenarioSchema.parse({
      brand: "Sneaker",
      company: {
        cityTier: 2,
        configuration: "lean",
        rentPerMonth: 20_000,
        otherFixedPerMonth: 8_000,
        annualTarget: 15_000_000,
        monthlyAdBudget: 250_000,
        platforms: ["得物", "天猫"],
      },
      products: [
        { sku: "RN-01", name: "跑鞋", category: "鞋包", price: 599, unitCost: 210, shipping: 12, monthlyOrders: 2100, brandStatus: "registered", contentCapacity: "medium" },
      ],
    });
    const r = buildPlan(defaultReferenceData(), scenario, "2026-12-05");
    if (!r.ok) throw new Error(r.issue.code);
    const [one, two] = r.value.plan.yearTotals;
    // Year 1 loses (launch and ramp-up), year 2 earns more than that loss.
    expect(one!.profit).toBeLessThan(0);
    expect(two!.profit).toBeGreaterThan(-one!.profit);
    expect([one!.incomeTax, one!.lossCarriedForward, one!.profitAfterTax]).toEqual([0, -one!.profit, one!.profit]);
    const taxable = two!.profit + one!.profit;
    expect(taxable).toBeLessThanOrEqual(rates.smallProfitLimit);
    expect(two!.incomeTax).toBeCloseTo(taxable * rates.smallProfitRate, 2);
    expect(two!.lossCarriedForward).toBe(0);
    expect(two!.profitAfterTax).toBeCloseTo(two!.profit - two!.incomeTax, 2);
  });
});
