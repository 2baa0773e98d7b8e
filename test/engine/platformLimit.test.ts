import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { withinPlatformLimit } from "../../src/engine/plan/withinPlatformLimit";
import type { Candidate } from "../../src/engine/plan/candidates";
import { headlineText } from "../../src/report/planText";
import { plannedScenario } from "../support/plannedScenario";

/*
 * Issue 20 (operator read, 2026-12-06): an established air-fryer brand on Tmall and JD, planning up to 3 platforms,
 * was given JD self-operated as its third platform and Douyin was turned away as "beyond the 3 platforms you plan to
 * run". JD self-operated is JD's buyers on the JD marketplace the brand already sells on: the limit counts
 * marketplaces, so it takes no platform of its own, and Douyin is judged on its money.
 */
const data = defaultReferenceData();
const candidate = (platform: string) => ({ platform }) as Candidate;

describe("the platform limit counts marketplaces, not store types", () => {
  it("keeps a second store type of a marketplace already in the plan, and stops at the limit's next marketplace", () => {
    const ranked = ["TMALL", "JD", "JD_SELF", "DOUYIN", "PDD"].map(candidate);
    expect(withinPlatformLimit(data, ranked, 3).map((c) => c.platform)).toEqual(["TMALL", "JD", "JD_SELF", "DOUYIN"]);
    expect(withinPlatformLimit(data, ranked, 2).map((c) => c.platform)).toEqual(["TMALL", "JD", "JD_SELF"]);
    // Tmall and Taobao are one marketplace (fit rules: store types).
    expect(withinPlatformLimit(data, ["TMALL", "TAOBAO", "JD"].map(candidate), 1).map((c) => c.platform)).toEqual(["TMALL", "TAOBAO"]);
  });

  const result = plannedScenario({
    brand: "WarmKitchen",
    company: {
      annualTarget: 35_000_000,
      monthlyAdBudget: 500_000,
      cityTier: 2,
      configuration: "standard",
      conversionRate: 0.02,
      rentPerMonth: 20_000,
      otherFixedPerMonth: 8_000,
      brandStage: "established",
      currentAnnualSales: 25_000_000,
      existingStores: { TMALL: 1_550_000, JD: 533_000 },
      maxPlatforms: 3,
    },
    products: [
      {
        sku: "AF",
        name: "Air fryer",
        category: "家电",
        price: 399,
        unitCost: 180,
        shipping: 15,
        monthlyOrders: 7000,
        ageBand: "25-40",
        gender: "不限",
        cityTier: 2,
        brandStatus: "registered",
        contentCapacity: "medium",
      },
    ],
  });
  const plan = result.plan;

  it("judges JD self-operated beside the JD store and Douyin on their money, not the limit", () => {
    expect(plan.entered).toEqual(["TMALL", "JD"]);
    expect(plan.platforms.filter((p) => p.verdict.reason === "platform_limit")).toEqual([]);
    expect(plan.platforms.find((p) => p.platform === "DOUYIN")!.verdict.reason).toBe("below_break_even");
  });

  /*
   * Operator read 2 (stop 38), finding 3: JD self-operated was entered though at run rate it nets 3.4% of sales, less
   * than the 4.85% company overhead takes. Overhead grows with sales, so beside the running stores it lowers the
   * company's profit: it is turned away, with the orders that would carry its overhead too.
   */
  it("turns away an add-on store that carries its team but not the overhead its sales bring, with what would carry it", () => {
    const self = plan.platforms.find((p) => p.platform === "JD_SELF")!;
    expect(self.verdict).toMatchObject({ kind: "not_profitable", reason: "below_overhead" });
    const o = self.averageOrder;
    const fix = self.verdict.fix!;
    // Overhead on the kept order: (¥399 − ¥11.97 refunds) × 5% = ¥19.35.
    expect(fix.overheadPerOrder!).toBeCloseTo((o.price - o.returns) * data.planning.companyOverheadShare.value, 9);
    expect(fix.overheadPerOrder!).toBeCloseTo(19.35, 2);
    expect(fix.plannedOrders!).toBeLessThan(fix.breakEvenOrders!);
    expect(fix.targetForBreakEven!).toBeGreaterThan(35_000_000);
    expect(plan.yearTotals.every((y) => y.profit > 0)).toBe(true);
    const en = headlineText(data, plan, "en", result.company);
    expect(en).toMatch(/^Keep growing Tmall and JD\.com, where you sell today\. Year 1:/);
    expect(en).not.toMatch(/self-operated|loses money/);
  });
});
