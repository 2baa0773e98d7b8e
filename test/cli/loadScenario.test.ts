import fs from "node:fs";
import path from "node:path";
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
  it("accepts YAML and fills in defaults, leaving out the money the plan will say it assumed", () => {
    const { scenario } = loadScenario(GOOD, "s.yaml");
    expect(scenario.company).toMatchObject({ cityTier: 2, configuration: "lean", conversionRate: 0.02, maxPlatforms: 3 });
    expect(scenario.products[0]).toMatchObject({ sku: "A1", monthlyOrders: 0 });
    // Shipping, rent and other fixed costs stay absent: buildPlan counts DEFAULTS and names them (assumedInputs).
    expect([scenario.products[0]!.shipping, scenario.company.rentPerMonth, scenario.company.otherFixedPerMonth]).toEqual([undefined, undefined, undefined]);
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

describe("every field's problem points at its own line (issue 13 #4)", () => {
  const sample = fs.readFileSync(path.resolve(__dirname, "../../examples/warmhill-knitwear.yaml"), "utf8");
  const lines = sample.split("\n");
  const fields = lines.map((line, i) => ({ line: i + 1, match: /^(\s*(?:- )?)(\w+):\s*[^\s#][^#]*?(\s*#.*)?$/.exec(line) })).filter((f) => f.match);

  it("covers every scalar field of the sample, overrides included", () => {
    expect(fields.length).toBeGreaterThan(60);
    expect(fields.map((f) => f.match![2])).toEqual(expect.arrayContaining(["brand", "annualTarget", "sku", "price", "platform", "field", "category", "value", "note"]));
  });

  it.each(fields.map((f) => [f.line, f.match![2]!, f] as const))("line %i: %s", (line, _key, f) => {
    const broken = [...lines];
    broken[line - 1] = `${f.match![1]}${f.match![2]}: {wrong: shape}`;
    const found = problems(broken.join("\n"));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^s\\.yaml:${line}: `));
  });
});
