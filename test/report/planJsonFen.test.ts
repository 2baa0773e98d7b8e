import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { buildPlan } from "../../src/scenario/buildPlan";
import { planJson } from "../../src/report/planJson";
import { scenarioSchema } from "../../src/scenario/scenario";

const wholeFen = (x: unknown) => typeof x !== "number" || Math.abs(x * 100 - Math.round(x * 100)) < 1e-6;
const money = (fix: Record<string, unknown> | null) => (fix ? [fix.breakEvenPrice, fix.breakEvenUnitCost] : []);

function json(unitCost: number, price: number) {
  const scenario = scenarioSchema.parse({
    brand: "Fen",
    company: { annualTarget: 3_000_000, monthlyAdBudget: 40_000 },
    products: [
      { sku: "A", name: "A", category: "服装", price, unitCost, monthlyOrders: 700 },
      { sku: "B", name: "B", category: "服装", price: price * 0.7 + 0.33, unitCost: unitCost * 0.9, monthlyOrders: 300 },
    ],
  });
  const plan = buildPlan(defaultReferenceData(), scenario, "2026-12-01");
  if (!plan.ok) throw new Error(plan.issue.code);
  return planJson(plan.value, "en", new Date("2026-12-01T00:00:00Z"));
}

describe("JSON money is rounded to the fen (issue 22, 4.12)", () => {
  it.each([
    ["a profitable mix", 60, 199.99],
    ["a mix that loses on every order", 190, 199.99],
  ])("%s: platforms[].averageOrder.*, verdict.fix.* and headline.fix.*", (_what, unitCost, price) => {
    const out = json(unitCost, price);
    const averageOrders = out.platforms.flatMap((p) => Object.values(p.averageOrder));
    const fixes = out.platforms.flatMap((p) => money(p.verdict.fix as Record<string, unknown> | null));
    const headline = out.headline.kind === "none_profitable" ? money(out.headline.fix as Record<string, unknown> | null) : [];
    expect(averageOrders.length).toBeGreaterThan(40);
    expect([...averageOrders, ...fixes, ...headline].filter((x) => !wholeFen(x))).toEqual([]);
  });

  it("the loss case has fixes to round", () => {
    const out = json(190, 199.99);
    expect(out.platforms.filter((p) => p.verdict.fix && p.verdict.fix.breakEvenPrice !== null).length).toBeGreaterThan(0);
  });
});
