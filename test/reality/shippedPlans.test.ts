import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import type { MonthLine } from "../../src/engine";
import { buildPlan } from "../../src/scenario/buildPlan";
import { scenarioSchema, type Scenario } from "../../src/scenario/scenario";
import * as brands from "../operator/operatorBrands";

/**
 * Issue 20's "done when", on every scenario the project ships (examples/) and every operator brand the tests use:
 * no month spends above the monthly ad budget; no new store pays back in its first three months;
 * and year 2 keeps what listed online-first brands keep after marketing, platform fees and store teams
 * (reality-anchors.md: gross margin − selling expense 17–24 points; the suite's cap is 25), unless the product's own
 * gross margin is above any listed brand's (their reports: at most about 72%).
 */
const data = defaultReferenceData();
const examples = fs.readdirSync(path.resolve(__dirname, "../../examples")).filter((f) => f.endsWith(".yaml"));
const scenarios: Array<[string, Scenario]> = [
  ...examples.map((f): [string, Scenario] => [f, scenarioSchema.parse(parse(fs.readFileSync(path.resolve(__dirname, "../../examples", f), "utf8")))]),
  ...Object.entries(brands),
];

function yearTwo(y: Record<string, number>) {
  const net = y.sales! - y.returns!;
  const share = (...lines: string[]) => lines.reduce((sum, k) => sum + y[k]!, 0) / net;
  const grossMargin = 1 - share("goods", "shipping", "fulfilment", "returnShipping", "installation");
  const selling = share("deductions", "ads", "affiliateCommission", "seeding", "promotions", "paymentFees", "platformFees", "labour");
  return { grossMargin, selling };
}

describe.each(scenarios)("%s", (_, scenario) => {
  const r = buildPlan(data, scenario, "2026-12-04");
  if (!r.ok) throw new Error(r.issue.code);
  const { plan, company } = r.value;

  it("never spends more than the monthly ad budget", () => {
    for (const t of plan.totals) expect(t.ads).toBeLessThanOrEqual(company.monthlyAdBudget);
  });

  it("no new store pays back in its first three months", () => {
    const focus = plan.headline.kind === "enter" ? plan.headline.focus : null;
    if (focus === null) return expect(plan.entered.filter((p) => !(p in (company.existingStores ?? {})))).toEqual([]);
    const own = plan.months.filter((l: MonthLine) => l.platform === focus).slice(0, 3);
    expect(own.every((l) => l.cumulativeProfit < 0)).toBe(true);
    expect(plan.summary.newStoresPaybackMonth === null || plan.summary.newStoresPaybackMonth > 3).toBe(true);
  });

  it("keeps at most 25 points of net sales after marketing, platform fees and store teams in year 2, as listed brands do", () => {
    const y = plan.yearTotals[1];
    if (!y || y.sales === 0) return expect(plan.entered).toEqual([]);
    const { grossMargin, selling } = yearTwo(y as unknown as Record<string, number>);
    expect(selling).toBeGreaterThan(0.2);
    if (grossMargin <= 0.72) expect(grossMargin - selling).toBeLessThanOrEqual(0.25);
  });
});
