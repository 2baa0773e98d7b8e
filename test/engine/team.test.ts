import fc from "fast-check";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { platformTeam, teamPlan } from "../../src/engine";

const data = defaultReferenceData();
const team = (platform: string, monthlyOrders: number, configuration: "lean" | "standard", sharedRoles = false) =>
  platformTeam(data.staffing, data.profiles.platforms[platform]!, { monthlyOrders, configuration, sharedRoles, includeWarehouse: false });

describe("platformTeam", () => {
  it.each([
    ["TMALL", "lean", 3, { operations: 1, customerService: 1, design: 1 }],
    ["DOUYIN", "lean", 3, { operations: 1, customerService: 1, liveHost: 1 }],
    ["TMALL", "standard", 4, { operations: 1, promotion: 1, customerService: 1, design: 1 }],
    ["DOUYIN", "standard", 5, { operations: 1, promotion: 1, customerService: 1, design: 1, liveHost: 1 }],
  ] as const)("staffs a new %s store %s with %i people", (platform, config, total, roles) => {
    const t = team(platform, 500, config);
    expect(t.total).toBe(total);
    expect(t.roles).toMatchObject(roles);
  });

  it("adds customer service as orders grow: 10,000 orders ÷ 2,500 per agent = 4", () => {
    const t = team("TMALL", 10000, "standard");
    expect(t.roles.customerService).toBe(4);
    expect(t.total).toBe(7);
  });

  it("sets shared design aside when design is shared", () => {
    const t = team("TMALL", 500, "lean", true);
    expect(t.total).toBe(2);
    expect(t.sharedNeeds).toEqual({ design: 1 });
  });

  it("counts warehouse staff when asked: 7,000 orders ÷ 3,000 per packer = 3", () => {
    const t = platformTeam(data.staffing, data.profiles.platforms.PDD!, { monthlyOrders: 7000, configuration: "lean", sharedRoles: false, includeWarehouse: true });
    expect(t.roles.warehouse).toBe(3);
  });

  it("never falls when orders rise, and is a non-negative whole number", () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(data.profiles.platforms)), fc.constantFrom("lean" as const, "standard" as const), fc.boolean(), fc.nat(1e7), fc.nat(1e7), (platform, config, shared, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const small = team(platform, low, config, shared).total;
        const large = team(platform, high, config, shared).total;
        expect(Number.isInteger(small) && small >= 0).toBe(true);
        expect(large).toBeGreaterThanOrEqual(small);
      }),
    );
  });
});

describe("teamPlan", () => {
  it("costs a second platform fewer people than the first", () => {
    const one = teamPlan(data, { platforms: [{ platform: "TMALL", monthlyOrders: 1000 }], configuration: "lean", cityTier: "2" });
    const two = teamPlan(data, { platforms: [{ platform: "TMALL", monthlyOrders: 1000 }, { platform: "JD", monthlyOrders: 1000 }], configuration: "lean", cityTier: "2" });
    expect(one.totalPeople).toBe(3);
    expect(two.totalPeople).toBe(5);
    expect(two.shared.design).toBe(1);
  });

  it("works the tier-2 labour cost by hand", () => {
    // Per platform: operations 8,000 + CS 4,000; shared design 7,500; each × 1.3 on-cost.
    // 2 × (10,400 + 5,200) + 9,750 = 40,950
    const plan = teamPlan(data, { platforms: [{ platform: "TMALL", monthlyOrders: 1000 }, { platform: "JD", monthlyOrders: 1000 }], configuration: "lean", cityTier: "2" });
    expect(plan.monthlyLabourCost).toBe(40950);
    expect(plan.sharedMonthlyCost).toBe(9750);
    expect(plan.byRole).toEqual({ operations: 2, promotion: 0, customerService: 2, design: 1, liveHost: 0, warehouse: 0 });
  });

  it("shares one designer across three stores and adds a second for the fourth", () => {
    const plan = (n: number) => teamPlan(data, { platforms: ["TMALL", "JD", "TAOBAO", "PDD"].slice(0, n).map((platform) => ({ platform, monthlyOrders: 100 })), configuration: "standard", cityTier: "1" });
    expect(plan(3).shared.design).toBe(1);
    expect(plan(4).shared.design).toBe(2);
  });
});
