import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { checkEconomicsInput } from "../../src/engine";
import { describeIssue } from "../../src/messages";
import { buildPlan } from "../../src/scenario/buildPlan";
import type { PlanResult } from "../../src/scenario/planResult";
import { scenarioSchema, type Scenario } from "../../src/scenario/scenario";
import { comparisonValues } from "../../src/report/sheets/comparisonRows";
import { CMP } from "../../src/report/sheets/layouts";
import { breakEvenOrders, contribution, netMargin, netProfit } from "../../src/functions/impl/economicsFunctions";

/*
 * The per-order formulas cost an order as the plan does: left out, their paid share is the platform's own (Douyin 50%
 * in costs.json), so Douyin's fee on 千川 sales, which replaces the commission on them, is charged as the Comparison
 * charges it. Each product on each platform: CONTRIBUTION, NETPROFIT and NETMARGIN through the function implementations
 * equal the engine's productEconomics and the Comparison sheet's cached values, to the fen.
 */

const data = defaultReferenceData();
const sample = (): Scenario => scenarioSchema.parse(parse(fs.readFileSync(path.resolve(__dirname, "../../examples/warmhill-knitwear.yaml"), "utf8")));

function planOf(scenario: Scenario): PlanResult {
  const r = buildPlan(data, scenario, "2026-11-22");
  if (!r.ok) throw new Error(describeIssue(r.issue));
  return r.value;
}

/**
 * A new beauty brand whose focus store is Douyin (¥40m target, ¥800k a month of ads; Douyin opens first, Kuaishou later),
 * no paid-share override: every platform at its own paid share. The lipstick costs ¥24: at ¥28, with Douyin's beauty
 * returns at 25% (the shelf 14% to its live-stream power), the plan opened no store, and the test needs Douyin entered.
 */
function douyinHeavy(): Scenario {
  const s = sample();
  const product = (sku: string, category: string, price: number, unitCost: number, monthlyOrders: number) => ({
    ...s.products[0]!,
    ageBand: "18-24",
    contentCapacity: "high",
    sku,
    name: sku,
    category,
    price,
    unitCost,
    shipping: 5,
    monthlyOrders,
  });
  return {
    ...s,
    company: { ...s.company, annualTarget: 40_000_000, monthlyAdBudget: 800_000, paidShare: undefined, platforms: ["抖音", "快手"], maxPlatforms: 2 },
    products: [product("LIP-01", "美妆", 129, 24, 3000), product("SERUM-02", "美妆", 259, 61, 1200), product("VITC-03", "保健", 99, 30, 800)],
    overrides: [],
  };
}

/** Every product on every platform: the formulas against productEconomics and the Comparison row's cached values. */
function expectFormulasMatchThePlan(result: PlanResult, paidShare?: number): number {
  const { plan } = result;
  const regime = result.company.vatRegime;
  const row = comparisonValues(result, "zh");
  let rows = 0;
  plan.products.forEach((p, i) => {
    const { product, unitCost, shipping } = result.inputs[i]!.product;
    for (const x of p.platforms) {
      const e = x.economics;
      const runRate = plan.platforms.find((q) => q.platform === x.platform)!.runRate;
      const fixed = runRate?.fixedPerOrder ?? 0;
      const args = [x.platform, product.category, product.price, unitCost, shipping, x.adRatio, x.returnRate] as const;
      expect(contribution(...args, regime, paidShare)).toBe(e.contribution);
      expect(netProfit(...args, fixed, regime, paidShare)).toBe(e.profit);
      expect(netMargin(...args, fixed, regime, paidShare)).toBe(e.netMargin);
      const cells = row({ product: i, on: x, row: 1, productRow: 1, ratesRow: 1, costsRow: 0 });
      expect(cells[CMP.contribution]).toBe(contribution(...args, regime, paidShare));
      // The Comparison's exact (unrounded) contribution, the formula its cached fen rounds.
      expect(Math.abs((cells[CMP.exact] as number) - e.contribution)).toBeLessThanOrEqual(0.005 + 1e-9);
      if (runRate) {
        expect(cells[CMP.netProfit]).toBe(netProfit(...args, fixed, regime, paidShare));
        expect(cells[CMP.netMargin]).toBe(netMargin(...args, fixed, regime, paidShare));
        expect(x.breakEvenOrders).toBe(
          breakEvenOrders(x.platform, product.category, product.price, unitCost, runRate.fixedCosts, shipping, x.adRatio, x.returnRate, regime, paidShare),
        );
      } else expect(cells[CMP.netProfit]).toBeNull();
      rows++;
    }
  });
  return rows;
}

describe("the per-order formulas cost an order at the platform's paid share, as the plan does", () => {
  it("match the Douyin-heavy plan on every product and platform by default (no paidShare argument)", () => {
    const result = planOf(douyinHeavy());
    expect(result.company.paidShare).toBeNull();
    expect(result.plan.entered[0]).toBe("DOUYIN");
    expect(expectFormulasMatchThePlan(result)).toBe(3 * Object.keys(data.rateCard.platforms).length);
    // Not trivially so: on Douyin the default paid share moves the result against a paid share of 0.
    const lip = result.plan.products[0]!.platforms.find((x) => x.platform === "DOUYIN")!;
    const args = ["抖音", "美妆", 129, 24, 5, lip.adRatio, lip.returnRate] as const;
    expect(contribution(...args, undefined, 0)).not.toBe(lip.economics.contribution);
    expect(contribution(...args)).toBe(lip.economics.contribution);
  });

  it("match the sample without its paid-share override by default, and with it when the override is passed", () => {
    const s = sample();
    expect(s.company.paidShare).toBe(0.4);
    const own = planOf({ ...s, company: { ...s.company, paidShare: undefined } });
    expect(expectFormulasMatchThePlan(own)).toBe(4 * Object.keys(data.rateCard.platforms).length);
    // The scenario's override is not known to a formula: passed as its paidShare argument, the figures match again.
    expect(expectFormulasMatchThePlan(planOf(s), 0.4)).toBe(4 * Object.keys(data.rateCard.platforms).length);
  });
});

describe("the paidShare argument", () => {
  it("moves a Douyin order by the fee on its paid sales less the commission it replaces, net of the VAT on them", () => {
    // Douyin apparel, ¥199, cost ¥60, shipping ¥8, ads 20% of sales, 30% returned (the worked dress, workedExample.test.ts).
    // Platform fees at paid share s: the fee 0.6% on s × 199 of paid sales, less the 5% commission it replaces on their
    // kept 70%: s × 199 × (0.006 − 0.7 × 0.05) = s × 199 × −0.029 = −5.771 × s.
    // They are platform services: a general taxpayer reclaims 6/106 of them, so the contribution moves by
    // 5.771 × s × (1 − 6/106) = 5.771 × s ÷ 1.06 = 5.444340 × s: at s = 0.5 (Douyin's own) +2.722170, at s = 1 +5.444340.
    // At s = 0 the worked example's −¥2.791759 (NETPROFIT with F = 6; apparel's stock loss 5% of the ¥42 kept goods,
    // ¥2.10, included), so −0.069589 at Douyin's own 50%.
    const args = ["抖音", "服装", 199, 60, 8, 0.2, 0.3, 6] as const;
    const at = (s?: number) => netMargin(...args, undefined, s) * 199;
    expect(at(0)).toBeCloseTo(-2.791759, 6);
    expect(at(0.5) - at(0)).toBeCloseTo((0.5 * 199 * 0.029) / 1.06, 9);
    expect(at(1) - at(0)).toBeCloseTo((199 * 0.029) / 1.06, 9);
    expect(at()).toBe(at(0.5));
    expect(netProfit(...args)).toBe(-0.07);
    expect(netProfit(...args, undefined, 0)).toBe(-2.79);
    // A small-scale taxpayer reclaims no input VAT: the whole 5.771 × s.
    const small = (s: number) => netMargin(...args, "小规模纳税人", s) * 199;
    expect(small(0.5) - small(0)).toBeCloseTo(0.5 * 199 * 0.029, 9);
  });

  it("changes nothing where the platform charges no fee on ad-driven sales, nor on its own traffic", () => {
    for (const platform of ["天猫", "京东", "拼多多", "唯品会"]) {
      const args = [platform, "服装", 199, 60, 8, 0.2, 0.3] as const;
      expect(contribution(...args, undefined, 0)).toBe(contribution(...args, undefined, 1));
    }
  });

  it("refuses a paid share outside 0–1 with the field named, in the error Excel shows", () => {
    const args = ["抖音", "服装", 199, 60, 8, 0.2, 0.3] as const;
    for (const bad of [1.5, -0.1]) expect(() => contribution(...args, undefined, bad)).toThrow(`paidShare: ${bad} is out of range; use from 0 to 1`);
    expect(() => netProfit(...args, 6, undefined, Number.NaN)).toThrow("paidShare: enter a number");
    expect(() => breakEvenOrders("抖音", "服装", 199, 60, 30000, 8, 0.2, 0.3, undefined, 2)).toThrow("paidShare: 2 is out of range");
    // The zh message, from the same catalogue (the add-in shows it where Excel's display language is Chinese).
    const issue = checkEconomicsInput({ price: 199, unitCost: 60, paidShare: 1.5 });
    expect(!issue.ok && describeIssue(issue.issue, "zh")).toMatch(/^paidShare: 1\.5 超出范围,应为 0 至 1/);
  });
});
