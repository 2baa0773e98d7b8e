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

  it("enters JD self-operated beside the JD store and judges Douyin on its money, not the limit", () => {
    expect(plan.entered).toEqual(expect.arrayContaining(["TMALL", "JD", "JD_SELF"]));
    expect(plan.platforms.filter((p) => p.verdict.reason === "platform_limit")).toEqual([]);
    expect(plan.platforms.find((p) => p.platform === "DOUYIN")!.verdict.reason).toBe("below_break_even");
  });

  it("says an add-on store short of overhead loses money itself, not that the plan does, and that it buys no ads", () => {
    expect(plan.platforms.find((p) => p.platform === "JD_SELF")!.verdict.reason).toBe("short_of_overhead");
    expect(plan.yearTotals.every((y) => y.profit > 0)).toBe(true);
    const en = headlineText(data, plan, "en", result.company);
    expect(en).toContain("it loses money once that overhead is counted");
    expect(en).toContain("with no ad spend: it sells on the platform's own traffic");
    expect(en).not.toMatch(/this plan loses money|0\.0%/);
    expect(headlineText(data, plan, "zh", result.company)).toContain("算上这部分费用这家店是亏钱的");
  });
});
