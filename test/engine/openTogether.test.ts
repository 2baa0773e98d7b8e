import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { describeIssue, yuanText as yuan } from "../../src/messages";
import { headlineText } from "../../src/report/planText";
import { buildPlan } from "../../src/scenario/buildPlan";
import { scenarioSchema, type Scenario } from "../../src/scenario/scenario";

const data = defaultReferenceData();
const sample = (): Scenario => scenarioSchema.parse(parse(fs.readFileSync(path.resolve(__dirname, "../../examples/warmhill-knitwear.yaml"), "utf8")));
// The sample at three times its target, four times its budget and 60% cheaper goods opens a second store within the plan.
const larger = (): Scenario => {
  const s = sample();
  const products = s.products.map((p) => ({ ...p, unitCost: Math.round(p.unitCost * 40) / 100 }));
  return { ...s, company: { ...s.company, annualTarget: 36_000_000, monthlyAdBudget: 600_000 }, products };
};
function plan(scenario: Scenario) {
  const r = buildPlan(data, scenario, "2026-12-06");
  if (!r.ok) throw new Error(describeIssue(r.issue));
  return r.value;
}

describe("the alternative to one store at a time: every new store opened in month 1", () => {
  const p = plan(larger());
  const s = p.plan.summary;
  const later = p.plan.entered.slice(1);

  it("names the stores the plan opens after month 1 and carries the plan's own figures beside its own", () => {
    expect(later.length).toBeGreaterThan(0);
    expect(s.openTogether).not.toBeNull();
    const t = s.openTogether!;
    expect(t.later).toEqual(later);
    expect(t.planHorizonProfit).toBeCloseTo(s.horizonProfit, 2);
    expect(t.planPeakCashNeed).toBeCloseTo(s.peakCashNeed, 2);
    expect(t.planPaybackMonth).toBe(s.paybackMonth);
  });

  it("sells more in year 1 than the plan, every store selling from month 1", () => {
    const t = s.openTogether!;
    expect(t.yearOneSales).toBeGreaterThan(s.yearOneSales);
  });

  it("says so in the headline, in zh and en, with the same figures", () => {
    const t = s.openTogether!;
    const en = headlineText(data, p.plan, "en", p.company);
    expect(en).toContain(`in month 1 as well, instead of one store at a time: year 1 sales ${yuan(t.yearOneSales)}`);
    expect(en).toContain(`peak cash need ${yuan(t.peakCashNeed)} (this plan: ${yuan(t.planPeakCashNeed)})`);
    const zh = headlineText(data, p.plan, "zh", p.company);
    expect(zh).toContain(`若不逐店推进、第1个月就同时开`);
    expect(zh).toContain(`最大现金需求 ${yuan(t.peakCashNeed)}(本方案 ${yuan(t.planPeakCashNeed)})`);
  });

  it("says which to choose, on the profit over the plan and the extra peak cash", () => {
    const t = s.openTogether!;
    expect(t.extraProfit).toBeCloseTo(t.horizonProfit - t.planHorizonProfit, 2);
    expect(t.extraPeakCash).toBeCloseTo(t.peakCashNeed - t.planPeakCashNeed, 2);
    const en = headlineText(data, p.plan, "en", p.company);
    if (t.extraProfit <= 0) expect(en).toContain(`One store at a time earns ${yuan(-t.extraProfit)} more over the 24 months: keep to it.`);
    else expect(en).toContain(`Together earns ${yuan(t.extraProfit)} more over the 24 months`);
  });

  it("is absent when the plan opens one new store, or none after month 1", () => {
    const one = plan(sample());
    expect(one.plan.entered.length).toBe(1);
    expect(one.plan.summary.openTogether).toBeNull();
    expect(headlineText(data, one.plan, "en", one.company)).not.toContain("instead of one store at a time");
  });
});
