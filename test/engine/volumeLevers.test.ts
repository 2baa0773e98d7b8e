import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { describeIssue } from "../../src/messages";
import { verdictReason } from "../../src/report/planText";
import { buildPlan } from "../../src/scenario/buildPlan";
import { scenarioSchema, type Scenario } from "../../src/scenario/scenario";

const data = defaultReferenceData();

// A new serum brand (read 2 of stop 38): with Tmall at 80% of the budget, JD's share of a ¥20m target falls just short
// of the orders that carry its team, while its ¥600,000 budget share would buy more than twice that.
const serum = (company: Partial<Scenario["company"]> = {}): Scenario =>
  scenarioSchema.parse({
    brand: "澄肌 ClearSkin",
    company: {
      annualTarget: 20_000_000,
      monthlyAdBudget: 600_000,
      cityTier: 1,
      configuration: "standard",
      rentPerMonth: 30_000,
      otherFixedPerMonth: 10_000,
      conversionRate: 0.025,
      brandStage: "new",
      maxPlatforms: 3,
      ...company,
    },
    products: [
      {
        sku: "CS-SR-01",
        name: "修护精华 Repair serum",
        category: "美妆",
        price: 199,
        unitCost: 50,
        shipping: 6,
        monthlyOrders: 8000,
        ageBand: "25-30",
        gender: "女",
        cityTier: 1,
        brandStatus: "registered",
        contentCapacity: "high",
      },
    ],
  });

function plan(scenario: Scenario) {
  const r = buildPlan(data, scenario, "2026-12-06");
  if (!r.ok) throw new Error(describeIssue(r.issue));
  return r.value.plan;
}
const verdictOf = (p: ReturnType<typeof plan>, code: string) => p.platforms.find((x) => x.platform === code)!.verdict;

describe("a store too small to carry its team is told what would carry it", () => {
  const base = plan(serum());
  const jd = verdictOf(base, "JD");

  it("names the lowest target, on a ¥10,000 grid, that plans it: typing it enters JD, ¥10,000 less does not", () => {
    expect(jd).toMatchObject({ kind: "not_profitable", reason: "below_break_even" });
    const fix = jd.fix!;
    expect(fix.plannedOrders!).toBeLessThan(fix.breakEvenOrders!);
    expect(fix.targetForBreakEven! % 10_000).toBe(0);
    expect(fix.targetForBreakEven!).toBeGreaterThan(20_000_000);
    const at = plan(serum({ annualTarget: fix.targetForBreakEven! }));
    expect(verdictOf(at, "JD")).toMatchObject({ kind: "enter_later", reason: "after_previous" });
    const below = plan(serum({ annualTarget: fix.targetForBreakEven! - 10_000 }));
    // Just below it, JD carries its own team but not yet the company overhead its sales bring beside Tmall.
    expect(verdictOf(below, "JD")).toMatchObject({ kind: "not_profitable", reason: "below_overhead" });
  });

  it("says what its share of the budget buys once mature: enough for JD, not for a platform whose team needs far more", () => {
    // Beside Tmall, JD's orders must carry the company overhead its sales bring too (5% of kept sales).
    expect(jd.fix!.overheadPerOrder!).toBeGreaterThan(0);
    expect(jd.fix!.targetRaise!).toBeCloseTo(jd.fix!.targetForBreakEven! / 20_000_000 - 1, 12);
    const raise = `${(Math.round(jd.fix!.targetRaise! * 1000) / 10).toFixed(1)}%`;
    expect(jd.fix!.budgetBuysOrders!).toBeGreaterThan(jd.fix!.breakEvenOrders!);
    expect(
      verdictReason(
        data,
        base,
        base.platforms.find((x) => x.platform === "JD")!,
        "en",
        3,
      ),
    ).toContain(
      `Only from a target of about ¥${jd.fix!.targetForBreakEven!.toLocaleString("en")} a year (+${raise}) would it break even at run rate after company overhead, before earning back its launch losses; its budget share buys up to ${jd.fix!.budgetBuysOrders!.toLocaleString("en")} a month once mature. Lean teams would need ${jd.fix!.leanBreakEvenOrders!.toLocaleString("en")}.`,
    );
    const short = base.platforms.find((x) => x.verdict.reason === "below_break_even" && x.verdict.fix!.budgetBuysOrders! < x.verdict.fix!.breakEvenOrders!)!;
    expect(verdictReason(data, base, short, "zh", 3)).toContain(`它分到的广告预算在成熟后每月只能买约 ${short.verdict.fix!.budgetBuysOrders!.toLocaleString("en")} 单。`);
  });

  it("a budget too small to buy the orders leaves the target no use, whatever the target", () => {
    const small = plan(serum({ monthlyAdBudget: 60_000 }));
    const fix = verdictOf(small, "JD").fix;
    if (fix?.budgetBuysOrders == null) throw new Error("JD should be a volume shortfall on a ¥60,000 budget");
    expect(fix.budgetBuysOrders).toBeLessThan(fix.breakEvenOrders!);
  });

  it("gives its break-even with lean teams, and with lean teams the plan enters JD at the orders it gets today", () => {
    const lean = jd.fix!.leanBreakEvenOrders!;
    expect(lean).toBeLessThan(jd.fix!.plannedOrders!);
    const withLean = plan(serum({ configuration: "lean" }));
    // Entered: after Tmall pays, which (a year-long ramp) falls after this plan's last opening month.
    expect(verdictOf(withLean, "JD")).toMatchObject({ kind: "enter_later", reason: "after_previous", after: "TMALL" });
  });
});
