import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { channelPlan } from "../../src/engine";
import { company, product, roundNumberData } from "../support/planFixture";

/*
 * A new brand's Tmall store that reaches ¥2m a month at ¥100 an order, its team worked by hand from
 * src/data/staffing.json (version 2026.12.2) and the round-number demand of test/support/planFixture:
 * ROI 4 (half of it in the first month), paid share 40%, no organic sales in the first month.
 *
 * Company: target ¥22m a year, seasonality 1 for every month but months 4 and 5 (0.5): weights add up to 11, so a
 * month is ¥22m ÷ 11 = ¥2,000,000 and months 4 and 5 ¥1,000,000. Ad budget ¥200,000 a month, Tmall only,
 * "standard" team, city tier 2, rent ¥5,000.
 *
 * Demand (monthDemand): spend = min(target × share 1 × paid share ÷ ROI, budget), orders = spend × ROI ÷ paid share ÷ ¥100.
 *   month 1: ROI 2, paid share 1 (no organic sales yet): wants 2,000,000 × 1 ÷ 2 = 1,000,000, capped at 200,000
 *            → 200,000 × 2 ÷ 1 ÷ 100 = 4,000 orders, sales ¥400,000
 *   months 2 and 3: ROI 4, paid share 0.4: wants 2,000,000 × 0.4 ÷ 4 = 200,000 → 200,000 × 4 ÷ 0.4 ÷ 100 = 20,000
 *            orders, ¥2,000,000
 *   months 4 and 5: wants 1,000,000 × 0.4 ÷ 4 = 100,000 → 10,000 orders, ¥1,000,000
 *
 * Staffing data: standard template on Tmall (not content-led): operations 1, promotion 1, customer service 2,
 * design 1 (design is shared: one designer per 3 stores, in the shared pool); CS: 0.35 conversations per order for
 * ¥50–200, an agent answers 120 a day × 26 days = 3,120 a month, 2 agents from 600 conversations a month, and an agent
 * stays 2 months (the month counted and the next); operations, promotion and design along the curve
 * ⌊(sales ÷ salesForOne)^0.7⌋ with salesForOne ¥300,000, ¥600,000 and ¥600,000 (less the pool's designer), read
 * at the lesser of this month's and last month's sales (sales kept two months running), and never let go.
 * Tier-2 salaries × (1 + 30% on-cost): operations 8,000 → 10,400; promotion 9,000 → 11,700;
 * customer service 4,000 → 5,200; design 7,500 → 9,750.
 *
 *   month 1 (4,000 orders, ¥400k): operations max(1, ⌊(1.333)^0.7 = 1.22⌋ = 1) = 1; promotion max(1, ⌊0.75⌋ = 0) = 1;
 *     CS: 4,000 × 0.35 = 1,400 conversations → max(2, ⌈1,400 ÷ 3,120⌉ = 1, coverage 2) = 2; own design ⌊0.75⌋ − 1 → 0.
 *     Own team 4: 10,400 + 11,700 + 2 × 5,200 = 32,500; the pool's designer 9,750; labour 42,250.
 *   month 2 (20,000 orders, ¥2m): core roles read at min(¥2m, ¥400k) = ¥400k: as month 1 (operations 1, promotion 1,
 *     no own designer); CS: 20,000 × 0.35 = 7,000 → ⌈7,000 ÷ 3,120⌉ = ⌈2.24⌉ = 3. Own 5: 32,500 + 5,200 = 37,700;
 *     labour 47,450.
 *   month 3 (¥2m again, kept two months): operations ⌊(6.667)^0.7 = 3.77⌋ = 3; promotion ⌊(3.333)^0.7 = 2.32⌋ = 2;
 *     CS 3; own design ⌊2.32⌋ − 1 = 1. Own team 9 (10 with the pool's designer): 3 × 10,400 + 2 × 11,700 + 3 × 5,200
 *     + 9,750 = 31,200 + 23,400 + 15,600 + 9,750 = 79,950; labour 79,950 + 9,750 = 89,700 (4.5% of sales).
 *   month 4 (¥1m): the need falls to operations ⌊(3.333)^0.7 = 2.32⌋ = 2, promotion ⌊(1.667)^0.7 = 1.43⌋ = 1,
 *     CS 2 (⌈1.12⌉, coverage 2), design 0, but no core role is let go in a slow month, and month 3's third agent is
 *     still in his two months: the team stays at month 3's 9 (10), labour 89,700.
 *   month 5 (¥1m again): core roles still held; the agents needed in months 4 and 5 are 2: the third agent goes.
 *     Own team 8: 79,950 − 5,200 = 74,750; labour 84,500.
 */
const base = roundNumberData();
const data = { ...base, staffing: defaultReferenceData().staffing };
const seasonality = Array.from({ length: 12 }, (_, i) => (i === 3 || i === 4 ? 0.5 : 1));
const plan = channelPlan(data, {
  company: company({ annualTarget: 22_000_000, monthlyAdBudget: 200_000, configuration: "standard", platforms: ["TMALL"], maxPlatforms: 1, seasonality }),
  products: [product(data, 100)],
});
const month = (m: number) => plan.months.find((l) => l.platform === "TMALL" && l.month === m)!;
const team = (m: number) => plan.platformTeams.find((t) => t.platform === "TMALL" && t.month === m)!;

describe("a new brand's Tmall store grows to ¥2m a month at ¥100 an order: its team, worked by hand", () => {
  it("buys the hand-worked orders and sales", () => {
    expect(plan.entered).toEqual(["TMALL"]);
    expect([1, 2, 3, 4, 5].map((m) => [month(m).orders, month(m).sales])).toEqual([
      [4_000, 400_000],
      [20_000, 2_000_000],
      [20_000, 2_000_000],
      [10_000, 1_000_000],
      [10_000, 1_000_000],
    ]);
  });

  it("opens with the standard team of 4 (5 with the shared designer) at ¥400k", () => {
    expect(team(1).roles).toEqual({ operations: 1, promotion: 1, customerService: 2, design: 0, liveHost: 0, liveController: 0, adsBuyer: 0, warehouse: 0 });
    expect(team(1).cost).toBe(32_500);
    expect(month(1).labour).toBe(42_250);
    expect(plan.team[0]).toMatchObject({ people: 5, ownCost: 32_500, sharedCost: 9_750, labourCost: 42_250 });
  });

  it("answers the first ¥2m month's orders with a third agent, and hires core people only once the ¥2m has held a second month", () => {
    expect(team(2).roles).toEqual({ ...team(1).roles, customerService: 3 });
    expect(team(2).cost).toBe(37_700);
    expect(month(2).labour).toBe(47_450);
  });

  it("runs the ¥2m store with 10 people: 3 operators, 2 promotion, 3 customer service, a designer of its own and the pool's", () => {
    expect(team(3).roles).toEqual({ operations: 3, promotion: 2, customerService: 3, design: 1, liveHost: 0, liveController: 0, adsBuyer: 0, warehouse: 0 });
    expect(team(3).people).toBe(9);
    expect(team(3).cost).toBe(79_950);
    expect(month(3).labour).toBe(89_700);
    expect(plan.team[2]).toMatchObject({ people: 10, labourCost: 89_700 });
    expect(plan.team[2]!.byRole).toMatchObject({ operations: 3, promotion: 2, customerService: 3, design: 2 });
  });

  it("keeps the ¥2m team through the slow month 4 (¥1m): core roles held, the third agent in his second month", () => {
    expect(team(4).roles).toEqual(team(3).roles);
    expect(month(4).labour).toBe(89_700);
  });

  it("lets the third agent go in month 5, two slow months on, and keeps every core role", () => {
    expect(team(5).roles).toEqual({ ...team(3).roles, customerService: 2 });
    expect(team(5).cost).toBe(74_750);
    expect(month(5).labour).toBe(84_500);
  });
});

describe("the plan sizes a store's team with its order value", () => {
  it("gives a ¥3,999 projector store at ~500 orders a month the 2-agent coverage minimum, where a lean store starts with 1", () => {
    // ¥24m a year at ¥3,999: ⌊2,000,000 ÷ 3,999⌉ = 500 orders a month at run rate; > ¥2,000 is 2.0 conversations an
    // order: 1,000 conversations ≥ 600 → 2 agents (⌈1,000 ÷ 3,120⌉ = 1). At 0.35 an order (no price) it would be 175 → 1.
    const projector = channelPlan(data, { company: company({ annualTarget: 24_000_000, platforms: ["TMALL"], maxPlatforms: 1 }), products: [product(data, 3999, 1600)] });
    const tmall = projector.platforms.find((p) => p.platform === "TMALL")!;
    expect(tmall.runRate!.orders).toBe(500);
    expect(tmall.team!.roles.customerService).toBe(2);
    // ¥24m a year at ¥50: 40,000 orders, 0.2 conversations each: 8,000 → ⌈2.56⌉ = 3 agents for the same sales.
    const snack = channelPlan(data, { company: company({ annualTarget: 24_000_000, platforms: ["TMALL"], maxPlatforms: 1 }), products: [product(data, 50, 15, 3)] });
    const snackTmall = snack.platforms.find((p) => p.platform === "TMALL")!;
    expect(snackTmall.runRate!.orders).toBe(40_000);
    expect(snackTmall.team!.roles.customerService).toBe(3);
  });
});
