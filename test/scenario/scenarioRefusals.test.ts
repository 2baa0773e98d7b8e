import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { loadScenario, ScenarioError } from "../../src/cli/loadScenario";
import { describeIssue } from "../../src/messages";
import { scenarioSchema } from "../../src/scenario/scenario";
import { scenarioProblems } from "../../src/scenario/scenarioProblems";

const data = defaultReferenceData();
const base = () => ({
  brand: "B",
  company: { annualTarget: 1_000_000, monthlyAdBudget: 10_000 } as Record<string, unknown>,
  products: [{ sku: "A-1", name: "A", category: "服装", price: 99, unitCost: 30 }] as Array<Record<string, unknown>>,
  overrides: [] as Array<Record<string, unknown>>,
});
const problems = (s: ReturnType<typeof base>) => scenarioProblems(data, scenarioSchema.parse(s)).map((i) => [i.code, i.field]);

describe("accepted silently before, refused now (issue 22, 4.11)", () => {
  it("the same platform twice in company.platforms, by an alias", () => {
    const s = base();
    s.company.platforms = ["天猫", "tmall"];
    expect(problems(s)).toEqual([["duplicate", "company.platforms[1]"]]);
  });

  it("two overrides of one rate through aliases (天猫 / tmall, 佣金 / commission)", () => {
    const s = base();
    s.overrides = [
      { platform: "天猫", field: "佣金", category: "服装", value: 0.05 },
      { platform: "tmall", field: "commission", category: "apparel", value: 0.06 },
    ];
    expect(problems(s)).toEqual([["duplicate", "overrides[1].platform"]]);
  });

  it.each([
    ["full-width", "Ａ-1"],
    ["zero-width", "A\u200B-1"],
  ])("SKUs differing only by %s characters", (_what, sku) => {
    const s = base();
    s.products.push({ ...s.products[0]!, sku });
    expect(problems(s)).toEqual([["duplicate", "products[1].sku"]]);
  });

  it("a price that is not whole fen (399.999), in zh and en", () => {
    const s = base();
    s.products[0]!.price = 399.999;
    const issues = scenarioProblems(data, scenarioSchema.parse(s));
    expect(issues.map((i) => [i.code, i.field])).toEqual([["not_whole_fen", "products[0].price"]]);
    expect(describeIssue(issues[0]!, "en")).toBe("products[0].price: 399.999 is not a whole number of fen; round it to 2 decimals (399.99 or 400.00).");
    expect(describeIssue(issues[0]!, "zh")).toBe("products[0].price: 399.999 不是整分金额;请保留两位小数(399.99 或 400.00)。");
  });

  it("an unknown YAML tag", () => {
    const text = "brand: B\ncompany: {annualTarget: 1, monthlyAdBudget: 1}\nproducts: [{sku: A, name: A, category: 服装, price: !custom 9, unitCost: 1}]\n";
    expect(() => loadScenario(text, "s.yaml", "en")).toThrow(ScenarioError);
    try {
      loadScenario(text, "s.yaml", "en");
    } catch (error) {
      expect((error as ScenarioError).problems).toEqual(["s.yaml:3: the YAML tag !custom is not supported; remove it and write the value plainly."]);
    }
  });

  it('a reversed age range ("40-20") is refused, in words in both languages', () => {
    const s = base();
    s.products[0]!.ageBand = "40-20";
    const issues = scenarioProblems(data, scenarioSchema.parse(s));
    expect(issues.map((i) => [i.code, i.field])).toEqual([["must_not_exceed", "products[0].ageBand"]]);
    expect(describeIssue(issues[0]!, "en")).toBe("products[0].ageBand: 40 must not exceed 20.");
  });

  it("a new brand with current sales is refused in words a wizard user reads", () => {
    const s = base();
    s.company.brandStage = "new";
    s.company.currentAnnualSales = 2_000_000;
    const issues = scenarioProblems(data, scenarioSchema.parse(s));
    expect(issues.map((i) => [i.code, i.field])).toEqual([["new_brand_with_sales", "company.currentAnnualSales"]]);
    expect(describeIssue(issues[0]!, "en")).toBe("company.currentAnnualSales: a new brand has no current sales; choose the established stage, or set current sales to 0.");
  });
});
