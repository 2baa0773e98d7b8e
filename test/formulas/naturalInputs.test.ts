import { DetailedCellError } from "hyperformula";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { describeIssue } from "../../src/messages";
import { buildPlan } from "../../src/scenario/buildPlan";
import { scenarioSchema } from "../../src/scenario/scenario";
import { workbook } from "../support/hyperformulaHarness";

describe("natural inputs a new user types", () => {
  it("returns a number for the issue's FIT call in the shipped bundle", () => {
    const wb = workbook([
      [
        '=CHANNEL.FIT("TMALL","APPAREL",299,"18-30","female","1-2","registered","strong")',
        '=CHANNEL.FIT("天猫","服装",299,"１８－３０岁","any","一二线","已注册","强")',
        '=CHANNEL.FIT("tmall","apparel",299,"30岁以上","不限","下沉","REGISTERED","High")',
      ],
    ]);
    for (const cell of ["A1", "B1", "C1"]) {
      const value = wb.value(cell);
      expect(typeof value).toBe("number");
      expect(value as number).toBeGreaterThan(0);
    }
  });

  it("still gives #VALUE! with the accepted forms for nonsense", () => {
    const wb = workbook([['=CHANNEL.FIT("TMALL","APPAREL",299,"teenagers")']]);
    const error = wb.value("A1");
    expect(error).toBeInstanceOf(DetailedCellError);
    expect((error as DetailedCellError).message).toContain("18-30, 30+, 30岁以上");
  });

  it("plans a scenario whose products use ranges and synonyms", () => {
    const scenario = scenarioSchema.parse({
      brand: "Range test",
      company: { annualTarget: 3_000_000, monthlyAdBudget: 20_000 },
      products: [
        {
          sku: "A",
          name: "Tee",
          category: "APPAREL",
          price: 299,
          unitCost: 80,
          ageBand: "18-30",
          gender: "any",
          cityTier: "1-2",
          brandStatus: "registered",
          contentCapacity: "strong",
        },
      ],
    });
    const r = buildPlan(defaultReferenceData(), scenario, "2026-11-22");
    if (!r.ok) throw new Error(describeIssue(r.issue));
    expect(r.value.plan.entered.length).toBeGreaterThan(0);
  });
});
