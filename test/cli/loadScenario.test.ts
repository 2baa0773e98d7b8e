import { loadScenario, ScenarioError } from "../../src/cli/loadScenario";

const GOOD = `brand: Test
company:
  annualTarget: 1000000
  monthlyAdBudget: 20000
products:
  - sku: A1
    name: Tea
    category: 食品
    price: 59
    unitCost: 20
`;

function problems(text: string): string[] {
  try {
    loadScenario(text, "s.yaml");
  } catch (e) {
    expect(e).toBeInstanceOf(ScenarioError);
    return (e as ScenarioError).problems;
  }
  throw new Error("expected the scenario to be rejected");
}

describe("loadScenario", () => {
  it("accepts YAML and fills in defaults", () => {
    const { scenario } = loadScenario(GOOD, "s.yaml");
    expect(scenario.company).toMatchObject({ cityTier: 2, configuration: "lean", conversionRate: 0.02, maxPlatforms: 3 });
    expect(scenario.products[0]).toMatchObject({ sku: "A1", shipping: 0, monthlyOrders: 0 });
  });

  it("accepts JSON", () => {
    const json = JSON.stringify({ brand: "J", company: { annualTarget: 1, monthlyAdBudget: 1 }, products: [{ sku: "x", name: "y", category: "food", price: 1, unitCost: 0 }] });
    expect(loadScenario(json, "s.json").scenario.brand).toBe("J");
  });

  it("names the field and line of a wrong type", () => {
    expect(problems(GOOD.replace("price: 59", "price: fifty-nine"))).toEqual([expect.stringMatching(/^s\.yaml:9: products\[0\]\.price: /)]);
  });

  it("points a missing field at its parent's line", () => {
    expect(problems(GOOD.replace("  monthlyAdBudget: 20000\n", ""))).toEqual(["s.yaml:2: company.monthlyAdBudget: this field is required."]);
  });

  it("reports a YAML syntax error with its line", () => {
    expect(problems(GOOD.replace("price: 59", "price: [59"))[0]).toMatch(/^s\.yaml:\d+: /);
  });

  it("rejects unknown keys (likely typos)", () => {
    expect(problems(GOOD.replace("unitCost: 20", "unitCost: 20\n    unitcost: 20"))).toEqual(['s.yaml:11: products[0]: unknown field(s) "unitcost"; check the spelling.']);
  });

  it("locates an engine issue found after validation", () => {
    expect(loadScenario(GOOD, "s.yaml").locate("products[0].category")).toBe("s.yaml:8");
  });
});
