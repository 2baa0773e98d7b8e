import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { platformTeam } from "../../src/engine";
import { describeIssue } from "../../src/messages";
import { verdictLabel, verdictReason } from "../../src/report/planText";
import { buildPlan } from "../../src/scenario/buildPlan";
import { scenarioSchema } from "../../src/scenario/scenario";
import { bakeWellScenario } from "../support/bakeWell";

const data = defaultReferenceData();

/** An established ¥12m sneaker brand (¥459 a pair) aiming at ¥8m in year one: supply accounts get little of the target. */
function sneakers(configuration: "lean" | "standard", platforms?: string[]) {
  const scenario = scenarioSchema.parse({
    brand: "LeapStep",
    company: {
      annualTarget: 8_000_000,
      monthlyAdBudget: 200_000,
      brandStage: "established",
      currentAnnualSales: 12_000_000,
      maxPlatforms: 3,
      configuration,
      ...(platforms ? { platforms } : {}),
    },
    products: [
      {
        sku: "LS-R1",
        name: "跑步鞋",
        category: "鞋包",
        price: 459,
        unitCost: 180,
        shipping: 12,
        ageBand: "18-30",
        gender: "all",
        cityTier: "一二线",
        brandStatus: "registered",
        contentCapacity: "medium",
      },
    ],
  });
  const r = buildPlan(data, scenario, "2026-12-04");
  if (!r.ok) throw new Error(describeIssue(r.issue));
  return r.value.plan;
}

const none = { operations: 0, promotion: 0, customerService: 0, design: 0, liveHost: 0, liveController: 0, adsBuyer: 0, warehouse: 0 };
const supplyTeam = (configuration: "lean" | "standard", sales: number) =>
  platformTeam(data.staffing, data.profiles.platforms.JD_SELF!, { monthlyOrders: Math.round(sales / 459), averageOrderValue: 459, configuration, sharedRoles: true });

describe("a supply account's team is a key-account manager, not a store team (staffing: supplyAccount templates)", () => {
  it("lean: no dedicated person below the sales that carry one key-account manager; one from there", () => {
    const kam = data.staffing.peopleBySales.salesForOne.keyAccount.value;
    expect(supplyTeam("lean", 60_000).roles).toEqual(none);
    expect(supplyTeam("lean", kam - 1_000).total).toBe(0);
    expect(supplyTeam("lean", kam + 1_000).roles).toEqual({ ...none, operations: 1 });
  });

  it("standard: one key-account manager from the start, and never a buyer-facing role", () => {
    expect(supplyTeam("standard", 60_000).roles).toEqual({ ...none, operations: 1 });
  });

  it("a lean sneaker brand plans JD self-operated: its ¥74 an order carries the account without a store team", () => {
    // Chosen alone, so that it opens within the plan (beside its stores it would open after the plan's last opening month).
    const p = sneakers("lean", ["JD_SELF"]);
    const self = p.platforms.find((x) => x.platform === "JD_SELF")!;
    expect(self.averageOrder.contribution).toBeGreaterThan(0);
    expect(["enter_now", "enter_later"]).toContain(self.verdict.kind);
    expect(self.team!.total).toBe(0);
  });

  it("a standard sneaker brand's small supply is told it cannot carry its key-account manager, not 'its team', in zh and en", () => {
    const p = sneakers("standard");
    const self = p.platforms.find((x) => x.platform === "JD_SELF")!;
    expect(self.verdict).toMatchObject({ kind: "not_profitable", reason: "supply_below_break_even" });
    expect(verdictLabel(self, "zh")).toBe("供货量还养不起大客户经理");
    expect(verdictLabel(self, "en")).toBe("Supply too small to carry its account manager yet");
    expect(verdictReason(data, p, self, "zh", 3)).toContain("大客户经理");
    expect(verdictReason(data, p, self, "en", 3)).toContain("key-account manager");
    expect(verdictReason(data, p, self, "en", 3)).not.toContain("its team");
    // A store platform short of volume keeps the store-team wording.
    const store = p.platforms.find((x) => x.verdict.reason === "below_break_even")!;
    expect(verdictLabel(store, "zh")).toBe("单量还养不起团队");
  });
});

describe("a target the running stores already sell leaves no orders for a new platform", () => {
  it("says so (dont_enter, no_growth) instead of entering a platform with no sales or asking it to break even on none", () => {
    const scenario = bakeWellScenario(30_000_000);
    const r = buildPlan(data, scenario, "2026-12-04");
    if (!r.ok) throw new Error(describeIssue(r.issue));
    const p = r.value.plan;
    expect(p.entered.sort()).toEqual(["JD", "TMALL"]);
    const self = p.platforms.find((x) => x.platform === "JD_SELF")!;
    expect(self.verdict).toMatchObject({ kind: "dont_enter", reason: "no_growth" });
    expect(verdictReason(data, p, self, "en", 4)).toContain("Raise the target");
  });
});
