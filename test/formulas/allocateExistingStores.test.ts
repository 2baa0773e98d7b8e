import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { allocate } from "../../src/functions/impl/planFunctions";
import { buildPlan } from "../../src/scenario/buildPlan";
import { scenarioSchema } from "../../src/scenario/scenario";
import { workbook } from "../support/hyperformulaHarness";

/* Issue 20: company.existingStores "in formulas where it fits". CHANNEL.ALLOCATE takes an optional range of each
   platform's sales a month today, so a running store is the 80/20 focus where the brand sells most (the plan's own
   rule, runningFirst), and a fifth column says which stores already sell and which are new. */
const column = (cells: unknown[]) => cells.map((c) => [c]);
const data = defaultReferenceData();

describe("CHANNEL.ALLOCATE with current sales", () => {
  it("makes the store that sells most today the focus, whatever its fit, and says which stores run (HyperFormula, en)", () => {
    const wb = workbook([
      ["天猫", 80, null, "=CHANNEL.ALLOCATE(100000,A1:A3,B1:B3,C1:C3)"],
      ["京东", 60, 1500000],
      ["拼多多", 20, 0],
    ]);
    expect(wb.block("D1", 4, 5)).toEqual([
      ["Platform", "Score", "Role", "Amount (¥)", "Store"],
      // JD sells ¥1.5m a month today: the focus (80%); Tmall and PDD are new and share 20% by fit (80:20).
      ["Tmall", 80, "Support", 16000, "New store"],
      ["JD.com", 60, "Focus", 80000, "Selling there now"],
      ["Pinduoduo", 20, "Support", 4000, "New store"],
    ]);
  });

  it("keeps the four-column table without current sales, and refuses a negative figure naming it", () => {
    expect(allocate(100000, column(["TMALL", "JD"]), column([80, 60]))[0]).toHaveLength(4);
    expect(() => allocate(100000, column(["TMALL", "JD"]), column([80, 60]), column([-5, 0]))).toThrow(/^currentSales\[1\]/);
    expect(() => allocate(100000, column(["TMALL", "JD"]), column([80, 60]), column([5]))).toThrow(/currentSales has 1/);
  });

  it("splits the budget as the plan does for the same stores (Tmall ¥1.5m and JD ¥0.6m today, adding Douyin)", () => {
    const scenario = scenarioSchema.parse({
      brand: "Breezy Kitchen",
      company: {
        // As in test/scenario/existingStores: at ¥50m and a ¥110 unit cost Douyin's share of the growth carries its team
        // and the company overhead its sales bring, and the plan opens it.
        annualTarget: 50_000_000,
        monthlyAdBudget: 600_000,
        brandStage: "established",
        currentAnnualSales: 25_200_000,
        platforms: ["抖音"],
        existingStores: { 京东: 600_000, 天猫: 1_500_000 },
        // As in existingStores.test: at Douyin's own 50% paid share an air fryer there is too small to carry its team,
        // and the plan would give it no budget to compare with.
        paidShare: 0.4,
      },
      products: [{ sku: "AF-55", name: "5.5L air fryer", category: "小家电", price: 399, unitCost: 110, shipping: 12, monthlyOrders: 5000 }],
    });
    const r = buildPlan(data, scenario, "2026-12-04");
    if (!r.ok) throw new Error(r.issue.code);
    const plan = r.value.plan;
    // In the order a user might list them: the new one first, then JD, then Tmall.
    const codes = ["DOUYIN", "JD", "TMALL"];
    const fits = codes.map((c) => plan.platforms.find((p) => p.platform === c)!.fit);
    const table = allocate(600_000, column(codes), column(fits), column([null, 600_000, 1_500_000]));
    const amounts = Object.fromEntries(table.slice(1).map((row, i) => [codes[i]!, row[3] as number]));
    for (const code of codes) expect(amounts[code]).toBeCloseTo(600_000 * plan.platforms.find((p) => p.platform === code)!.budgetWeight, 1);
    expect(table.slice(1).map((row) => row[2])).toEqual(["Support", "Support", "Focus"]);
  });
});
