import fc from "fast-check";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { conversationsPerOrder, liveHostsForHours, platformTeam, teamPlan } from "../../src/engine";

const data = defaultReferenceData();
const platforms = Object.keys(data.profiles.platforms);
const contentLed = platforms.filter((p) => data.profiles.platforms[p]!.contentLed);
/** Platforms that buy the goods and sell them (JD self-operated, Vipshop): the brand runs a supply account, not a store. */
const supply = platforms.filter((p) => data.profiles.platforms[p]!.supplyAccount);
const stores = platforms.filter((p) => !supply.includes(p));
const shelf = stores.filter((p) => !data.profiles.platforms[p]!.contentLed);
const team = (platform: string, monthlyOrders: number, configuration: "lean" | "standard", averageOrderValue: number | null = null, sharedRoles = false) =>
  platformTeam(data.staffing, data.profiles.platforms[platform]!, { monthlyOrders, averageOrderValue, configuration, sharedRoles });

describe("platformTeam at launch volume: the two shapes", () => {
  it.each([
    ["TMALL", "lean", 3, { operations: 1, customerService: 1, design: 1 }],
    ["DOUYIN", "lean", 3, { operations: 1, customerService: 1, liveHost: 1 }],
    ["TMALL", "standard", 5, { operations: 1, promotion: 1, customerService: 2, design: 1 }],
    ["DOUYIN", "standard", 5, { operations: 1, promotion: 1, customerService: 2, liveHost: 1 }],
  ] as const)("staffs a new %s store %s with %i people", (platform, config, total, roles) => {
    const t = team(platform, 500, config, 100);
    expect(t.total).toBe(total);
    const none = { operations: 0, promotion: 0, customerService: 0, design: 0, liveHost: 0, liveController: 0, adsBuyer: 0, warehouse: 0 };
    expect(t.roles).toEqual({ ...none, ...roles });
  });

  it("counts a standard store's own people as 4, not 3, when its designer is shared (issue 20: 'standard (4–5) prints 3')", () => {
    // Before: ops 1 + promotion 1 + CS 1 with design set aside. The fuller shape staffs CS for the 8:00–24:00 day from opening.
    const t = team("TMALL", 500, "standard", 100, true);
    expect(t.total).toBe(4);
    expect(t.sharedNeeds).toEqual({ design: 1 });
    expect(team("TMALL", 500, "lean", 100, true).total).toBe(2);
  });

  it("keeps lean at 2–3 and standard at 4–5 on every store platform while conversations stay under the coverage threshold and sales under ¥400,000", () => {
    fc.assert(
      fc.property(fc.constantFrom(...stores), fc.integer({ min: 1, max: 10_000 }), fc.nat(100_000), (platform, price, wanted) => {
        const orders = Math.min(wanted, Math.floor(599 / conversationsPerOrder(data.staffing, price)), Math.floor(399_999 / price));
        for (const [config, low, high] of [
          ["lean", 2, 3],
          ["standard", 4, 5],
        ] as const) {
          const own = team(platform, orders, config, price, true).total;
          const whole = team(platform, orders, config, price, false).total;
          expect(whole).toBeGreaterThanOrEqual(low);
          expect(whole).toBeLessThanOrEqual(high);
          expect(own).toBeGreaterThanOrEqual(low - 1);
        }
      }),
    );
  });
});

describe("customer service by price band", () => {
  it.each([
    [30, 0.2],
    [50, 0.2],
    [50.01, 0.35],
    [60, 0.35],
    [800, 0.6],
    [2000, 1.0],
    [3999, 2.0],
  ])("reads a ¥%s order as %s conversations", (price, perOrder) => {
    expect(conversationsPerOrder(data.staffing, price)).toBe(perOrder);
  });

  it("sizes a ¥60 store at 33,333 orders by load: 33,333 × 0.35 = 11,666.55 conversations ÷ (120 × 26 = 3,120) = 3.74 → 4 agents", () => {
    expect(team("TMALL", 33_333, "lean", 60).roles.customerService).toBe(4);
  });

  it("keeps two agents for the whole day once conversations arrive all day: a ¥3,999 projector at 500 orders sees 1,000 conversations (load alone: 1)", () => {
    expect(team("JD", 500, "lean", 3999).roles.customerService).toBe(2);
    expect(team("JD", 299, "lean", 3999).roles.customerService).toBe(1); // 598 conversations, under the 600 threshold
  });

  it("sizes on orders alone without an order value: the old 0.35 and no sales-driven roles", () => {
    const t = team("PDD", 20_000, "lean");
    // 20,000 × 0.35 = 7,000 ÷ 3,120 = 2.24 → 3 agents (also above the coverage threshold)
    expect(t.roles).toMatchObject({ operations: 1, promotion: 0, customerService: 3, design: 1 });
    expect(t.total).toBe(5);
  });
});

describe("a team that grows with the store's sales", () => {
  it("runs a ¥2,000,000-a-month Tmall store at ¥100 an order with 10 people, worked by hand", () => {
    // 20,000 orders: operations ⌊(2,000,000 ÷ 300,000)^0.7⌋ = ⌊3.77⌋ = 3, promotion ⌊(2,000,000 ÷ 600,000)^0.7⌋ = ⌊2.32⌋ = 2,
    // design ⌊(2,000,000 ÷ 600,000)^0.7⌋ = 2 (above the lean template's 1), CS ⌈20,000 × 0.35 ÷ 3,120⌉ = ⌈2.24⌉ = 3.
    const t = team("TMALL", 20_000, "lean", 100);
    expect(t.roles).toMatchObject({ operations: 3, promotion: 2, customerService: 3, design: 2, liveHost: 0 });
    expect(t.total).toBe(10);
    // With design shared the store keeps one designer of its own: the pool's covers the other.
    expect(team("TMALL", 20_000, "lean", 100, true).roles.design).toBe(1);
  });

  it("puts a daily live room in a content-led store from ¥500,000 a month: hosts for its hours, a 场控 and a 投手", () => {
    expect(liveHostsForHours(data.staffing)).toBe(2); // 6 hours × 7 days ÷ 24 on-air hours a host = 1.75 → 2
    const below = team("DOUYIN", 4_999, "standard", 100);
    expect(below.roles).toMatchObject({ liveHost: 1, liveController: 0, adsBuyer: 0, promotion: 1 });
    const daily = team("DOUYIN", 5_000, "standard", 100);
    // The 投手 is the store's one promotion person, shown under the live room's name.
    expect(daily.roles).toMatchObject({ liveHost: 2, liveController: 1, adsBuyer: 1, promotion: 0, operations: 1, customerService: 2 });
    expect(team("TMALL", 5_000, "standard", 100).roles).toMatchObject({ liveHost: 0, liveController: 0, adsBuyer: 0 });
  });

  // Issue 20 reads a ¥2m store at 8–15 people; the sublinear curve (staffing.json peopleBySales) gets there while
  // listed brands' store teams stay within their selling expense (reality suite).
  it("staffs a ¥2m store like a real one: 8–15 people on shelf platforms, up to 3 more on content-led ones (the live room)", () => {
    const outside: string[] = [];
    for (const price of [30, 60, 300, 3999]) {
      const orders = Math.ceil(2_000_000 / price);
      for (const config of ["lean", "standard"] as const) {
        for (const p of stores) {
          const total = team(p, orders, config, price).total;
          const high = contentLed.includes(p) ? 18 : 15;
          if (total < 8 || total > high) outside.push(`${p} ${config} ¥${price}: ${total}`);
        }
      }
    }
    expect(outside).toEqual([]);
    expect(shelf.length + contentLed.length + supply.length).toBe(platforms.length);
  });

  it("runs a supply account (JD self-operated, Vipshop) with one key-account manager, growing only with its sales: the platform serves the buyers", () => {
    expect(supply.sort()).toEqual(["JD_SELF", "VIPSHOP"]);
    const none = { operations: 0, promotion: 0, customerService: 0, design: 0, liveHost: 0, liveController: 0, adsBuyer: 0, warehouse: 0 };
    for (const p of supply) {
      for (const config of ["lean", "standard"] as const) {
        // At launch, 500 ¥3,999 orders (1,000 conversations: a store would keep two agents): one key-account manager.
        expect(team(p, 500, config, 3999).roles).toEqual({ ...none, operations: 1 });
        // At ¥2m a month: key-account managers ⌊(2,000,000 ÷ 1,500,000)^0.7⌋ = ⌊1.22⌋ = 1 (a store: 3 operators, 2 promotion, 2 design, 3 CS).
        const big = team(p, 20_000, config, 100);
        expect(big.roles).toEqual({ ...none, operations: 1 });
        expect(big.sharedNeeds).toEqual({});
        // At ¥10m a month: ⌊(10,000,000 ÷ 1,500,000)^0.7⌋ = ⌊3.77⌋ = 3, still no buyer-facing role.
        expect(team(p, 100_000, config, 100).roles).toEqual({ ...none, operations: 3 });
      }
    }
  });

  it("never falls when orders rise at a given order value, and is a non-negative whole number", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...platforms),
        fc.constantFrom("lean" as const, "standard" as const),
        fc.boolean(),
        fc.constantFrom(null, 9.9, 60, 399, 3999),
        fc.nat(1e6),
        fc.nat(1e6),
        (platform, config, shared, price, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const small = team(platform, low, config, price, shared).total;
          const large = team(platform, high, config, price, shared).total;
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
    expect(plan.byRole).toEqual({ operations: 2, promotion: 0, customerService: 2, design: 1, liveHost: 0, liveController: 0, adsBuyer: 0, warehouse: 0 });
  });

  it("grows with each platform's sales when the order value is given", () => {
    const plan = teamPlan(data, { platforms: [{ platform: "TMALL", monthlyOrders: 20_000, averageOrderValue: 100 }], configuration: "lean", cityTier: "2" });
    // Own: operations 3, promotion 2, CS 3, one designer of its own (the curve's 2 less the pool's); shared pool: design 1.
    expect(plan.totalPeople).toBe(10);
    expect(plan.byRole).toMatchObject({ operations: 3, promotion: 2, customerService: 3, design: 2 });
  });

  it("shares one designer across three stores and adds a second for the fourth", () => {
    const plan = (n: number) =>
      teamPlan(data, { platforms: ["TMALL", "JD", "TAOBAO", "PDD"].slice(0, n).map((platform) => ({ platform, monthlyOrders: 100 })), configuration: "standard", cityTier: "1" });
    expect(plan(3).shared.design).toBe(1);
    expect(plan(4).shared.design).toBe(2);
  });
});
