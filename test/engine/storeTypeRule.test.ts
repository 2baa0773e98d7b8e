import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { verdictReason } from "../../src/report/planText";
import { buildPlan } from "../../src/scenario/buildPlan";
import { scenarioSchema } from "../../src/scenario/scenario";

const data = defaultReferenceData();

/**
 * A ¥2,999 countertop dishwasher at a 40% gross margin: too thin for the Tmall flagship or JD to carry a team at ¥30m a
 * year (unit cost ¥1,800: at ¥1,900, 37%, Tmall loses money on every order once appliances' 3% stock loss is charged).
 */
const dishwasher = (brandStatus: string, platforms?: string[], category = "家电") => {
  const scenario = scenarioSchema.parse({
    brand: "CleanCo",
    company: { annualTarget: 30_000_000, monthlyAdBudget: 500_000, rentPerMonth: 20_000, ...(platforms ? { platforms, maxPlatforms: platforms.length } : {}) },
    products: [
      {
        sku: "D1",
        name: "台式洗碗机",
        category,
        price: 2999,
        unitCost: 1800,
        shipping: 60,
        monthlyOrders: 800,
        ageBand: "25-40",
        cityTier: 1,
        brandStatus,
        contentCapacity: "medium",
      },
    ],
  });
  const r = buildPlan(data, scenario, "2026-12-04");
  if (!r.ok) throw new Error(r.issue.code);
  return r.value;
};
const verdictOf = (plan: ReturnType<typeof dishwasher>["plan"], code: string) => plan.platforms.find((p) => p.platform === code)!.verdict;

describe("one Taobao marketplace, two store types: in a trust-sensitive category the C-store is for sellers without a flagship", () => {
  it("does not send a registered brand to a Taobao C-store when its Tmall flagship cannot carry its team", () => {
    const { plan, company } = dishwasher("registered");
    // Nothing opens, so Tmall is judged as the plan's only store: the whole target's orders do not carry its team.
    expect(plan.entered).toEqual([]);
    expect(verdictOf(plan, "TMALL")).toMatchObject({ kind: "not_profitable", reason: "below_break_even", fix: { plannedAlone: true, overheadPerOrder: null } });
    expect(plan.entered).not.toContain("TAOBAO");
    expect(verdictOf(plan, "TAOBAO")).toMatchObject({ kind: "dont_enter", reason: "store_type" });
    const taobao = plan.platforms.find((p) => p.platform === "TAOBAO")!;
    expect(verdictReason(data, plan, taobao, "zh", company.maxPlatforms)).toBe(data.fitRules.storeTypes.TAOBAO!.reason.zh);
    expect(verdictReason(data, plan, taobao, "en", company.maxPlatforms)).toMatch(/registered brand opens the Tmall flagship/);
  });

  it("leaves a registered brand outside the trust-sensitive categories free to start with a C-store (a cheaper start)", () => {
    const { plan } = dishwasher("registered", undefined, "家居");
    expect(data.fitRules.trustSensitive.categories).not.toContain("HOME");
    expect(verdictOf(plan, "TAOBAO").reason).not.toBe("store_type");
  });

  it("still weighs the C-store for a seller without a registered mark", () => {
    const { plan } = dishwasher("none");
    expect(verdictOf(plan, "TAOBAO").reason).not.toBe("store_type");
  });

  it("lets a registered brand that chooses the C-store itself (an outlet) have it planned", () => {
    const { plan } = dishwasher("registered", ["天猫", "淘宝"]);
    expect(verdictOf(plan, "TAOBAO").reason).not.toBe("store_type");
  });
});
