import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { ROLES, type Role } from "../../src/data/schema/staffing";
import { formulaCalculator as F, numberCalculator as N } from "../../src/engine/calc";
import { costPerPersonByRole, heldTeam, platformTeamAt, ratesAsConstants, teamAtVolume, teamCostAtVolume, teamHeadcount, teamRates, type TeamRates } from "../../src/engine";

const data = defaultReferenceData();
const platforms = Object.keys(data.profiles.platforms);

/** The rates laid out in cells: A1 orders, B1 sales, then every rate (template counts last) from C1 on. */
const RATE_KEYS = [
  "buyerFacing",
  "conversationsPerOrder",
  "conversationsPerAgentMonth",
  "coverageAgents",
  "coverageFromConversations",
  "salesForOneOperator",
  "salesForOnePromotion",
  "salesForOneDesigner",
  "salesExponent",
  "sharedDesign",
  "liveRoom",
  "liveFromSales",
  "liveHosts",
  "liveControllers",
  "liveAdsBuyers",
] as const;
const column = (i: number) => (i < 26 ? String.fromCharCode(65 + i) : `A${String.fromCharCode(65 + i - 26)}`);
const cellOf = (i: number) => `${column(i)}1`;

function layout(rates: TeamRates<number>, orders: number, sales: number) {
  const values = [orders, sales, ...RATE_KEYS.map((k) => rates[k]), ...ROLES.map((r) => rates.template[r])];
  const refs = {
    ...Object.fromEntries(RATE_KEYS.map((k, i) => [k, cellOf(2 + i)])),
    template: Object.fromEntries(ROLES.map((r, i) => [r, cellOf(2 + RATE_KEYS.length + i)])) as Record<Role, string>,
  } as TeamRates<string>;
  return { values, refs, volume: { orders: cellOf(0), sales: cellOf(1) } };
}

/** Evaluates formulas over a row of input values in HyperFormula (Excel-compatible). */
function evaluate(values: readonly number[], formulas: readonly string[]): unknown[] {
  const hf = HyperFormula.buildFromArray([[...values, ...formulas.map((f) => `=${f}`)]], { licenseKey: "gpl-v3" });
  const out = formulas.map((_, i) => hf.getCellValue({ sheet: 0, row: 0, col: values.length + i }));
  hf.destroy();
  return out;
}

const costs = costPerPersonByRole(data.staffing, "2");

describe("teamAtVolume: the workbook's formula equals the engine's number", () => {
  it.each([
    ["TMALL", "lean", 60, 100_000],
    ["TMALL", "standard", 60, 2_000_000],
    ["JD", "lean", 3999, 500_000],
    ["JD", "standard", 3999, 2_000_000],
    ["DOUYIN", "lean", 60, 500_000],
    ["DOUYIN", "standard", 3999, 2_000_000],
    ["PDD", "lean", 29.9, 0],
    ["JD_SELF", "standard", 3999, 2_000_000],
    ["VIPSHOP", "lean", 199, 500_000],
  ] as const)("%s %s, ¥%s an order, ¥%s a month", (platform, configuration, price, sales) => {
    const rates = teamRates(data.staffing, data.profiles.platforms[platform]!, { configuration, sharedRoles: true }, price);
    const orders = Math.round(sales / price);
    const { values, refs, volume } = layout(rates, orders, sales);
    const numbers = teamAtVolume(N, { orders, sales }, rates);
    const formulas = teamAtVolume(F, volume, refs);
    const costRefs = Object.fromEntries(ROLES.map((r) => [r, F.constant(costs[r])])) as Record<Role, string>;
    const evaluated = evaluate(values, [...ROLES.map((r) => formulas[r]), teamHeadcount(F, formulas), teamCostAtVolume(F, formulas, costRefs)]);
    expect(evaluated).toEqual([...ROLES.map((r) => numbers[r]), teamHeadcount(N, numbers), teamCostAtVolume(N, numbers, costs)]);
  });

  it("agrees on any volume, platform, shape and order value, with the rates as constants in the formula", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...platforms),
        fc.constantFrom("lean" as const, "standard" as const),
        fc.boolean(),
        fc.constantFrom(9.9, 50, 60, 399, 1999, 3999),
        fc.integer({ min: 0, max: 200_000 }),
        (platform, configuration, sharedRoles, price, orders) => {
          const rates = teamRates(data.staffing, data.profiles.platforms[platform]!, { configuration, sharedRoles }, price);
          const sales = N.fen(orders * price);
          const numbers = teamAtVolume(N, { orders, sales }, rates);
          const formulas = teamAtVolume(F, { orders: "A1", sales: "B1" }, ratesAsConstants(F, rates));
          expect(
            evaluate(
              [orders, sales],
              ROLES.map((r) => formulas[r]),
            ),
          ).toEqual(ROLES.map((r) => numbers[r]));
        },
      ),
      { numRuns: 40 },
    );
  });

  it("writes the team as formulas over the volume cells, never as the engine's counts", () => {
    const rates = teamRates(data.staffing, data.profiles.platforms.DOUYIN!, { configuration: "lean", sharedRoles: false }, 60);
    const f = teamAtVolume(F, { orders: "A1", sales: "B1" }, ratesAsConstants(F, rates));
    expect(f.customerService).toContain("A1");
    expect(f.operations).toContain("B1");
    expect(f.liveHost).toContain("B1");
    // ¥60 × 10,000 orders = ¥600,000: the room broadcasts daily; 3,500 conversations need 2 agents (load 1.12 → 2).
    expect(evaluate([10_000, 600_000], [f.liveHost, f.liveController, f.adsBuyer, f.customerService, f.operations])).toEqual([2, 1, 1, 2, 1]);
  });
});

describe("platformTeamAt: one call for the simulation and the workbook", () => {
  it.each([
    ["TMALL", 60, 1667, 100_020],
    ["JD", 3999, 500, 1_999_500],
    ["DOUYIN", 60, 33_334, 2_000_040],
    ["KUAISHOU", 199, 2513, 500_087],
  ] as const)("%s at ¥%s: %i orders, ¥%i — people and cost agree between backends", (platform, price, orders, sales) => {
    const options = { configuration: "lean" as const, cityTier: "1" as const, averageOrderValue: price };
    const n = platformTeamAt(N, data, platform, { orders, sales }, options);
    const f = platformTeamAt(F, data, platform, { orders: "A1", sales: "B1" }, options);
    expect(evaluate([orders, sales], [f.people, f.cost])).toEqual([n.people, n.cost]);
    expect(n.people).toBe(ROLES.reduce((s, r) => s + n.roles[r], 0));
  });
});

describe("heldTeam: core people are hired for sales kept two months and stay on, peak agents stay agentsKeptMonths (2)", () => {
  // Tmall, lean, tier 2, ¥100 an order, design shared. Peak (20,000 orders, ¥2m): operations ⌊(2m ÷ 300k)^0.7 = 3.77⌋ = 3,
  // promotion ⌊(2m ÷ 600k)^0.7 = 2.32⌋ = 2, design 2 − the pool's 1 = 1, CS ⌈7,000 ÷ 3,120⌉ = 3. Slow (5,000 orders, ¥500k):
  // operations ⌊(500k ÷ 300k)^0.7 = 1.43⌋ = 1, promotion ⌊0.88⌋ = 0, design 0, CS ⌈1,750 ÷ 3,120⌉ = 1 but 2 for coverage (1,750 ≥ 600).
  const options = { configuration: "lean" as const, cityTier: "2" as const, averageOrderValue: 100 };
  const peakVolume = { orders: 20_000, sales: 2_000_000 };
  const slowVolume = { orders: 5_000, sales: 500_000 };
  const peak = platformTeamAt(N, data, "TMALL", peakVolume, options).roles;
  const slow = platformTeamAt(N, data, "TMALL", slowVolume, options).roles;

  it("keeps each core role at its largest so far, hires none for a one-month peak, and keeps agents only while the peak is in the window", () => {
    expect(peak).toMatchObject({ operations: 3, promotion: 2, design: 1, customerService: 3 });
    expect(slow).toMatchObject({ operations: 1, promotion: 0, design: 0, customerService: 2 });
    // The month after the peak: the peak's agents are still needed (returns, after-sales).
    expect(platformTeamAt(N, data, "TMALL", slowVolume, options, peak, [peakVolume]).roles).toEqual(peak);
    // Two months after it: the window (this month and the one before, both slow) has passed the peak; the third agent goes.
    expect(platformTeamAt(N, data, "TMALL", slowVolume, options, peak, [slowVolume, peakVolume]).roles).toEqual({ ...peak, customerService: 2 });
    // A one-month peak after a slow month hires no core role (they follow the lesser of the two months' sales,
    // ¥500k), only the agents its orders need.
    expect(platformTeamAt(N, data, "TMALL", peakVolume, options, slow, [slowVolume]).roles).toEqual({ ...slow, customerService: 3 });
    expect(heldTeam(N, peak, slow)).toEqual({ ...peak, customerService: 2 });
    expect(heldTeam(N, peak, slow, [3])).toEqual(peak);
  });

  it("writes the same hold as formulas: core roles from last month's cells, agents from the months before", () => {
    const cells = (ref: string) => Object.fromEntries(ROLES.map((r) => [r, ref])) as Record<Role, string>;
    const f = heldTeam(F, cells("A1"), cells("B1"), ["C1"]);
    expect(evaluate([3, 5, 7], [f.operations, f.customerService])).toEqual([5, 7]);
    const lastMonth = ROLES.map((r) => peak[r]);
    const previous = Object.fromEntries(ROLES.map((r, i) => [r, cellOf(4 + i)])) as Record<Role, string>;
    const g = platformTeamAt(F, data, "TMALL", { orders: "A1", sales: "B1" }, options, previous, [{ orders: "C1", sales: "D1" }]);
    const n = platformTeamAt(N, data, "TMALL", slowVolume, options, peak, [peakVolume]);
    expect(evaluate([slowVolume.orders, slowVolume.sales, peakVolume.orders, peakVolume.sales, ...lastMonth], [g.people, g.cost])).toEqual([n.people, n.cost]);
  });
});
