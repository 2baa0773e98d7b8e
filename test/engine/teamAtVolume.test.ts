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
  "conversationsPerOrder",
  "conversationsPerAgentMonth",
  "coverageAgents",
  "coverageFromConversations",
  "salesPerOperator",
  "salesPerPromotion",
  "salesPerDesigner",
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

describe("heldTeam: people hired for a peak stay on", () => {
  it("keeps each role at its largest month so far, in both backends", () => {
    const options = { configuration: "lean" as const, cityTier: "2" as const, averageOrderValue: 100 };
    const peak = platformTeamAt(N, data, "TMALL", { orders: 20_000, sales: 2_000_000 }, options).roles;
    const slow = platformTeamAt(N, data, "TMALL", { orders: 5_000, sales: 500_000 }, options).roles;
    const held = heldTeam(N, peak, slow);
    expect(held).toEqual(peak);
    expect(teamHeadcount(N, held)).toBeGreaterThan(teamHeadcount(N, slow));
    const f = heldTeam(F, Object.fromEntries(ROLES.map((r) => [r, "A1"])) as Record<Role, string>, Object.fromEntries(ROLES.map((r) => [r, "B1"])) as Record<Role, string>);
    expect(evaluate([3, 5], [f.operations])).toEqual([5]);
  });
});
