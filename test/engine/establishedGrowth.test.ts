import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { describeIssue } from "../../src/messages";
import { buildPlan } from "../../src/scenario/buildPlan";
import { scenarioSchema } from "../../src/scenario/scenario";

const data = defaultReferenceData();

/** An established brand selling ¥25m a month today on Tmall, JD and Douyin, its target 12 × that (or more), its budget generous. */
function plan(annualTarget: number, stores: Record<string, number>) {
  const scenario = scenarioSchema.parse({
    brand: "Established",
    company: {
      annualTarget,
      monthlyAdBudget: 20_000_000,
      cityTier: 1,
      configuration: "standard",
      rentPerMonth: 300_000,
      otherFixedPerMonth: 1_250_000,
      conversionRate: 0.02,
      maxPlatforms: 3,
      brandStage: "established",
      currentAnnualSales: 300_000_000,
      existingStores: stores,
    },
    products: [
      {
        sku: "HOME-1",
        name: "Quilt",
        category: "HOME",
        price: 499,
        shipping: 15,
        unitCost: 230,
        monthlyOrders: 50_000,
        gender: "female",
        ageBand: "30-40",
        cityTier: 2,
        brandStatus: "registered",
        contentCapacity: "medium",
      },
    ],
  });
  const r = buildPlan(data, scenario, "2026-12-04");
  if (!r.ok) throw new Error(describeIssue(r.issue));
  const year2 = r.value.plan.totals.filter((t) => t.month >= 13 && t.month <= 24);
  const storeYear2 = (platform: string) => r.value.plan.months.filter((l) => l.platform === platform && l.month >= 13).reduce((s, l) => s + l.sales, 0);
  return { plan: r.value.plan, sales: year2.reduce((s, t) => s + t.sales, 0), storeYear2 };
}

const STORES = { TMALL: 12_500_000, JD: 7_500_000, DOUYIN: 5_000_000 };
const TODAY = 12 * 25_000_000;

/*
 * The target reads "where we want to be": what the stores sell today plus the growth the target asks, split among
 * the stores by their target shares (80/20: Tmall ≈ 0.799, JD ≈ 0.135, Douyin ≈ 0.066 here). Before this rule each
 * running store wanted max(share × target, today): at a ¥300m target Tmall wanted 0.799 × 300m = ¥239.6m against the
 * ¥150m it sells, JD and Douyin their ¥90m and ¥60m, and year 2 was planned to ¥389.6m (+29.9% over the target);
 * at ¥360m it was ¥437.5m (Tmall ¥287.5m). Sales are whole orders at ¥499, rounded to the nearest (demandOrders), so a
 * store lands within half an order a month of what it wants, either side (up to an order short where the budget binds).
 */
describe("an established brand's target is today's sales plus the growth it asks", () => {
  const ORDER = 499;
  /** Half an order a month for a year: how far above its wanted sales a store's rounded orders may land. */
  const ROUNDING = (12 * ORDER) / 2;

  it("a target equal to today's sales plans today's sales, each store where it is", () => {
    const p = plan(TODAY, STORES);
    expect(p.sales).toBeLessThanOrEqual(TODAY);
    expect(p.sales).toBeGreaterThan(TODAY - 3 * 12 * ORDER);
    for (const [platform, monthly] of Object.entries(STORES)) {
      expect(p.storeYear2(platform)).toBeLessThanOrEqual(12 * monthly);
      expect(p.storeYear2(platform)).toBeGreaterThan(12 * (monthly - ORDER));
    }
  });

  it("a target 20% above today adds the ¥60m of growth, split by the target shares", () => {
    const p = plan(1.2 * TODAY, STORES);
    expect(p.sales).toBeLessThanOrEqual(1.2 * TODAY + 3 * ROUNDING);
    expect(p.sales).toBeGreaterThan(1.2 * TODAY - 3 * 12 * ORDER);
    for (const [platform, monthly] of Object.entries(STORES)) {
      const share = p.plan.platforms.find((x) => x.platform === platform)!.targetShare;
      const wanted = 12 * monthly + share * 0.2 * TODAY;
      expect(p.storeYear2(platform)).toBeLessThanOrEqual(wanted + ROUNDING);
      expect(p.storeYear2(platform)).toBeGreaterThan(wanted - 12 * ORDER);
    }
  });

  it("shows no negative cost line: Douyin's fee on paid sales as a platform fee, the commission it replaces off the deductions", () => {
    const p = plan(TODAY, STORES);
    const douyin = p.plan.months.filter((l) => l.platform === "DOUYIN");
    expect(douyin.length).toBe(24);
    for (const l of p.plan.months) expect(Math.min(l.deductions, l.platformFees)).toBeGreaterThanOrEqual(0);
    expect(douyin.every((l) => l.platformFees > 0)).toBe(true);
  });
});
