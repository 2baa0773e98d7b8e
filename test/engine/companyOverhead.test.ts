import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { loadScenario, ScenarioError } from "../../src/cli/loadScenario";
import { describeIssue } from "../../src/messages";
import { FIXED_LINES, type MonthLine } from "../../src/engine/plan/monthLine";
import { buildPlan } from "../../src/scenario/buildPlan";
import { scenarioSchema, type Scenario } from "../../src/scenario/scenario";

const data = defaultReferenceData();
const samplePath = path.resolve(__dirname, "../../examples/warmhill-knitwear.yaml");
const sample = (overheadShare?: number): Scenario => {
  const s = parse(fs.readFileSync(samplePath, "utf8")) as { company: Record<string, unknown> };
  if (overheadShare !== undefined) s.company.overheadShare = overheadShare;
  return scenarioSchema.parse(s);
};

function plan(scenario: Scenario) {
  const r = buildPlan(data, scenario, "2026-11-22");
  if (!r.ok) throw new Error(describeIssue(r.issue));
  return r.value.plan;
}

const fen = (x: number) => Math.round(x * 100);
/** Within half a fen of the exact amount (the engine rounds half-even). */
const nearestFen = (amount: number, exact: number) => expect(Math.abs(amount - exact)).toBeLessThanOrEqual(0.005 + 1e-9);
const fixedOf = (l: MonthLine) => FIXED_LINES.reduce((s, k) => s + fen(l[k]), 0);

describe("company overhead (admin, finance, purchasing, back office, R&D)", () => {
  const byDefault = plan(sample());

  it("is the planning data's share (5%, an estimate) of each platform's kept sales, on each platform's line", () => {
    expect(data.planning.companyOverheadShare.value).toBe(0.05);
    const open = byDefault.months.filter((l) => l.sales > 0);
    expect(open.length).toBeGreaterThan(12);
    for (const l of open) nearestFen(l.overhead, (l.sales - l.returns) * 0.05);
  });

  it("is a fixed line: profit = contribution − the fixed lines, overhead among them; the total is the platforms' sum", () => {
    expect(FIXED_LINES).toContain("overhead");
    for (const l of byDefault.months) expect(fen(l.profit)).toBe(fen(l.contribution) - fixedOf(l));
    for (const t of byDefault.totals) {
      const own = byDefault.months.filter((l) => l.month === t.month);
      expect(fen(t.overhead)).toBe(own.reduce((s, l) => s + fen(l.overhead), 0));
      expect(fen(t.profit)).toBe(fen(t.contribution) - fixedOf(t));
    }
  });

  it("follows the company's own share, 0 allowed: the months' profit moves by exactly the overhead", () => {
    const none = plan(sample(0));
    const double = plan(sample(0.1));
    expect(none.months.every((l) => l.overhead === 0)).toBe(true);
    expect(none.months.map((l) => [l.platform, l.month, l.sales])).toEqual(byDefault.months.map((l) => [l.platform, l.month, l.sales]));
    byDefault.months.forEach((l, i) => {
      expect(fen(none.months[i]!.profit) - fen(l.profit)).toBe(fen(l.overhead));
      nearestFen(double.months[i]!.overhead, (l.sales - l.returns) * 0.1);
    });
  });

  it.each([
    ["en", "company.overheadShare"],
    ["zh", "company.overheadShare"],
  ] as const)("refuses a share outside 0–1 with a message naming the field and its line (%s)", (lang, field) => {
    const text = fs.readFileSync(samplePath, "utf8").replace(/^company:\n/m, "company:\n  overheadShare: 1.5\n");
    expect(() => loadScenario(text, "s.yaml", lang)).toThrow(ScenarioError);
    try {
      loadScenario(text, "s.yaml", lang);
    } catch (error) {
      const problems = (error as ScenarioError).problems;
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain(field);
      expect(problems[0]).toContain("1.5");
      if (lang === "zh") expect(problems[0]).toMatch(/[\u4e00-\u9fff]/);
      else expect(problems[0]).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
