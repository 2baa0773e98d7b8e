import fc from "fast-check";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { platformTeam, teamPlan } from "../../src/engine";

const data = defaultReferenceData();
const team = (platform: string, monthlyOrders: number, configuration: "lean" | "standard", sharedRoles = false) =>
  platformTeam(data.staffing, data.profiles.platforms[platform]!, { monthlyOrders, configuration, sharedRoles });

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

  it("sizes customer service by conversations: 20,000 orders × 0.35 ÷ (120 a day × 26 days) = 2.24 → 3 agents", () => {
    const t = team("TMALL", 20000, "standard");
    expect(t.roles.customerService).toBe(3);
    expect(t.total).toBe(6);
  });

  it("keeps HEADCOUNT(PDD, 20000, lean) to a store of 5, not 10: ops 1 + CS 3 + design 1", () => {
    expect(team("PDD", 20000, "lean").total).toBe(5);
  });

  it("staffs a new store within the brief at modest volume (up to 3,000 orders a month): lean 2–3, standard 4–5", () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(data.profiles.platforms)), fc.nat(3000), (platform, orders) => {
        const lean = team(platform, orders, "lean").total;
        const standard = team(platform, orders, "standard").total;
        expect(lean).toBeGreaterThanOrEqual(2);
        expect(lean).toBeLessThanOrEqual(3);
        expect(standard).toBeGreaterThanOrEqual(4);
        expect(standard).toBeLessThanOrEqual(5);
      }),
    );
  });

  it("sets shared design aside when design is shared", () => {
    const t = team("TMALL", 500, "lean", true);
    expect(t.total).toBe(2);
    expect(t.sharedNeeds).toEqual({ design: 1 });
  });

  it("never falls when orders rise, and is a non-negative whole number", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(data.profiles.platforms)),
        fc.constantFrom("lean" as const, "standard" as const),
        fc.boolean(),
        fc.nat(1e7),
        fc.nat(1e7),
        (platform, config, shared, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const small = team(platform, low, config, shared).total;
          const large = team(platform, high, config, shared).total;
          expect(Number.isInteger(small) && small >= 0).toBe(true);
          expect(large).toBeGreaterThanOrEqual(small);
        },
      ),
    );
  });
});

describe("teamPlan", () => {
  it("costs a second platform fewer people than the first", () => {
    const one = teamPlan(data, { platforms: [{ platform: "TMALL", monthlyOrders: 1000 }], configuration: "lean", cityTier: "2" });
    const two = teamPlan(data, {
      platforms: [
        { platform: "TMALL", monthlyOrders: 1000 },
        { platform: "JD", monthlyOrders: 1000 },
      ],
      configuration: "lean",
      cityTier: "2",
    });
    expect(one.totalPeople).toBe(3);
    expect(two.totalPeople).toBe(5);
    expect(two.shared.design).toBe(1);
  });

  it("works the tier-2 labour cost by hand", () => {
    // Per platform: operations 8,000 + CS 4,000; shared design 7,500; each × 1.3 on-cost.
    // 2 × (10,400 + 5,200) + 9,750 = 40,950
    const plan = teamPlan(data, {
      platforms: [
        { platform: "TMALL", monthlyOrders: 1000 },
        { platform: "JD", monthlyOrders: 1000 },
      ],
      configuration: "lean",
      cityTier: "2",
    });
    expect(plan.monthlyLabourCost).toBe(40950);
    expect(plan.sharedMonthlyCost).toBe(9750);
    expect(plan.byRole).toEqual({ operations: 2, promotion: 0, customerService: 2, design: 1, liveHost: 0, warehouse: 0 });
  });

  it("shares one designer across three stores and adds a second for the fourth", () => {
    const plan = (n: number) =>
      teamPlan(data, { platforms: ["TMALL", "JD", "TAOBAO", "PDD"].slice(0, n).map((platform) => ({ platform, monthlyOrders: 100 })), configuration: "standard", cityTier: "1" });
    expect(plan(3).shared.design).toBe(1);
    expect(plan(4).shared.design).toBe(2);
  });
});
