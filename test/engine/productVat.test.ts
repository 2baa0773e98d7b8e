import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { describeIssue } from "../../src/messages";
import { buildPlan } from "../../src/scenario/buildPlan";
import { scenarioSchema, type Scenario } from "../../src/scenario/scenario";
import { contribution, netProfit } from "../../src/functions/impl/economicsFunctions";

const data = defaultReferenceData();
const sample = (): Scenario => scenarioSchema.parse(parse(fs.readFileSync(path.resolve(__dirname, "../../examples/warmhill-knitwear.yaml"), "utf8")));

/** The sample brand selling its first product alone, so the plan's average order is that product's order. */
function onePlan(vatRegime?: string) {
  const s = sample();
  const scenario = { ...s, company: { ...s.company, ...(vatRegime ? { vatRegime } : {}) }, products: [s.products[0]!] };
  const r = buildPlan(data, scenario, "2026-11-22");
  if (!r.ok) throw new Error(describeIssue(r.issue));
  return r.value;
}

describe("per-product economics include VAT, as the average order does", () => {
  it.each([undefined, "smallScale"])("gives every platform's per-product contribution equal to the plan's average order (regime %s)", (regime) => {
    const result = onePlan(regime);
    const { plan } = result;
    for (const p of plan.platforms) {
      const row = plan.products[0]!.platforms.find((x) => x.platform === p.platform)!;
      expect(row.economics.contribution).toBeCloseTo(p.averageOrder.contribution, 2);
      expect(row.economics.vat).toBeCloseTo(p.averageOrder.vat, 2);
      // VAT is a real cost: a general taxpayer's order pays several yuan, a small-scale one about 1% of the price.
      expect(row.economics.vat).toBeGreaterThan(0);
    }
  });

  it("gives the sample's NETPROFIT (no fixed cost) equal to the plan's average order on the same inputs", () => {
    // The sample's ¥12m target is above the ¥5m limit: a general taxpayer, the formulas' default too.
    const result = onePlan();
    expect(result.company.vatRegime).toBe("general");
    const product = result.inputs[0]!.product;
    // Every platform, Douyin's fee on ad-driven sales included: the sample's paid-share override (0.4), which a formula
    // cannot know, is passed as its paidShare argument (left out, it is the platform's own: formulaPaidShare.test.ts).
    const paidShare = result.company.paidShare!;
    expect(paidShare).toBe(0.4);
    for (const p of result.plan.platforms) {
      const o = p.averageOrder;
      const args = [p.platform, product.product.category, product.product.price, product.unitCost, product.shipping, o.adRatio, o.returnRate] as const;
      expect(netProfit(...args, 0, undefined, paidShare)).toBeCloseTo(o.contribution, 2);
      expect(netProfit(...args, 0, "一般纳税人", paidShare)).toBeCloseTo(o.contribution, 2);
      expect(contribution(...args, undefined, paidShare)).toBeCloseTo(o.contribution, 2);
      expect(o.vat).toBeGreaterThan(1);
    }
    expect(result.plan.platforms.find((p) => p.platform === "DOUYIN")!.averageOrder.rates.paidSalesFeeRate).toBeGreaterThan(0);
  });
});
