import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { formulaCalculator as F, numberCalculator as N } from "../../../src/engine/calc";
import { breakEvenOrders } from "../../../src/engine/margin/breakEven";
import { impliedRoiAt } from "../../../src/engine/plan/adModel";
import { mixMean } from "../../../src/engine/plan/averageOrder";
import { runRateNeed } from "../../../src/engine/plan/budgetCheck";
import { monthTotal, paybackMonthOf } from "../../../src/engine/plan/monthTotals";
import { peakPeople } from "../../../src/engine/plan/planSummary";
import { ownFixedCosts, runRateFixedCosts, sharedFixedCosts } from "../../../src/engine/plan/runRate";
import { yearOneAdSpend } from "../../../src/engine/plan/yearOneAdSpend";
import { returnRateOf } from "../../../src/engine/rates/typicalReturnRate";
import { teamMonthLabourCost, teamMonthOwnCost, teamMonthPeople } from "../../../src/engine/team/teamMonth";

/**
 * Each quantity the report used to write by hand, written once in the engine: the formula its formula backend writes,
 * evaluated by HyperFormula over a table of inputs, gives what its number backend gives on the same inputs.
 */

type Cell = number | string | null;

/** A sheet of rows (A1 is the first row's first cell) and formulas written in column Z, one a row; their values. */
function evaluate(rows: readonly (readonly Cell[])[], formulas: readonly string[]): unknown[] {
  const height = Math.max(rows.length, formulas.length);
  const sheet = Array.from({ length: height }, (_, r) => {
    const row: Cell[] = Array.from({ length: 26 }, (_, c) => rows[r]?.[c] ?? null);
    row[25] = formulas[r] === undefined ? null : `=${formulas[r]}`;
    return row;
  });
  // As the workbook test reads the workbook: array arithmetic inside SUMPRODUCT, no display rounding.
  const hf = HyperFormula.buildFromArray(sheet, { licenseKey: "gpl-v3", useArrayArithmetic: true, smartRounding: false });
  const values = formulas.map((_, r) => hf.getCellValue({ sheet: 0, row: r, col: 25 }));
  hf.destroy();
  return values;
}
const col = (letter: string, rows: number) => `$${letter}$1:$${letter}$${rows}`;
const cell = (letter: string, row: number) => `$${letter}$${row}`;
/** The workbook shows no value as an empty text. */
const asCell = (x: number | null) => (x === null ? "" : x);
const close = (got: unknown, want: number | string) =>
  typeof want === "string" ? got === want : typeof got === "number" && Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want));

const fen = fc.integer({ min: -2_000_000, max: 2_000_000 }).map((x) => x / 100);
const positiveFen = fc.integer({ min: 0, max: 2_000_000 }).map((x) => x / 100);
const PLATFORMS = ["天猫", "抖音", "JD"];

/** P&L-like rows: platform (text), month, ads (fen), orders, cumulative profit (fen). */
const pnlRows = fc.array(fc.tuple(fc.constantFrom(...PLATFORMS), fc.integer({ min: 1, max: 24 }), positiveFen, fc.integer({ min: 0, max: 500 }), fen), {
  minLength: 1,
  maxLength: 40,
});

describe("engine quantities: the formula backend's formula evaluates to the number backend's value", () => {
  it("break-even orders: whole orders covering the fixed costs, none when an order contributes nothing", () => {
    fc.assert(
      fc.property(positiveFen, fen, (fixedCosts, contributionPerOrder) => {
        const want = asCell(breakEvenOrders(N, { fixedCosts, contributionPerOrder }));
        const [got] = evaluate([[fixedCosts, contributionPerOrder]], [breakEvenOrders(F, { fixedCosts: "A1", contributionPerOrder: "B1" })!]);
        return close(got, want);
      }),
      { numRuns: 60 },
    );
    expect(breakEvenOrders(N, { fixedCosts: 30, contributionPerOrder: 0.1 })).toBe(300);
    expect(breakEvenOrders(N, { fixedCosts: 30, contributionPerOrder: 0 })).toBeNull();
  });

  it("implied ROI at your cost per click: none for a blank, text, zero or negative cost per click", () => {
    const cpcs: Cell[] = [0.8, 2.35, 0, -1, null, "abc"];
    const formula = impliedRoiAt(F, { conversionRate: "A1", averageOrderValue: "B1", costPerClick: "C1" })!;
    for (const cpc of cpcs) {
      const want = typeof cpc === "number" ? asCell(impliedRoiAt(N, { conversionRate: 0.03, averageOrderValue: 268, costPerClick: cpc })) : "";
      const [got] = evaluate([[0.03, 268, cpc]], [formula]);
      expect([cpc, close(got, want)]).toEqual([cpc, true]);
    }
  });

  it("year-one ad spend, month totals and payback months over P&L rows keyed by platform and month", () => {
    fc.assert(
      fc.property(pnlRows, fc.constantFrom(...PLATFORMS), fc.integer({ min: 1, max: 24 }), (rows, platform, month) => {
        const n = rows.length;
        const [platforms, months, ads, orders, cumulative] = [0, 1, 2, 3, 4].map((i) => rows.map((r) => r[i]!)) as [string[], number[], number[], number[], number[]];
        const byMonth = { months: [col("B", n)], month: F.constant(month) };
        const formulas = [
          yearOneAdSpend(F, { ads: [col("C", n)], platforms: [col("A", n)], months: [col("B", n)], platform: F.text(platform) }),
          monthTotal(F, { values: [col("C", n)], ...byMonth }, true),
          monthTotal(F, { values: [col("D", n)], ...byMonth }, false),
          paybackMonthOf(F, { cumulative: [col("E", n)], months: [col("B", n)], orders: [col("D", n)], horizon: F.constant(24) }, F.text("—"))!,
        ];
        const want = [
          yearOneAdSpend(N, { ads, platforms, months, platform }),
          monthTotal(N, { values: ads, months, month }, true),
          monthTotal(N, { values: orders, months, month }, false),
          paybackMonthOf(N, { cumulative, months, orders, horizon: 24 }) ?? "—",
        ];
        const got = evaluate(rows, formulas);
        return want.every((w, i) => close(got[i], w));
      }),
      { numRuns: 40 },
    );
  });

  it("payback month: the month after the last one in the red; month 1 if never; none if nothing sold or still red", () => {
    const payback = (cumulative: number[], orders: number[]) => paybackMonthOf(N, { cumulative, months: cumulative.map((_, i) => i + 1), orders, horizon: cumulative.length });
    expect(payback([-5, -2, 3, 4], [1, 1, 1, 1])).toBe(3);
    expect(payback([1, 2, 3], [1, 1, 1])).toBe(1);
    expect(payback([0, 0, 0], [0, 0, 0])).toBeNull();
    expect(payback([-1, -2, -3], [1, 1, 1])).toBeNull();
  });

  it("a month's team: people, own labour to the fen, and labour with the shared pool", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 9 }), positiveFen), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 4 }),
        positiveFen,
        (rows, month, poolPeople, sharedCost) => {
          const n = rows.length;
          const [months, people, costs] = [0, 1, 2].map((i) => rows.map((r) => r[i]!)) as [number[], number[], number[]];
          const sheet = rows.map((r, i) => [...r, i === 0 ? sharedCost : null]);
          const fx = { months: [col("A", n)], month: F.constant(month) };
          const ownCost = teamMonthOwnCost(N, { months, month, costs });
          const formulas = [
            teamMonthPeople(F, { ...fx, people: [col("B", n)], poolPeople: F.constant(poolPeople) }),
            teamMonthOwnCost(F, { ...fx, costs: [col("C", n)] }),
            teamMonthLabourCost(F, { ownCost: teamMonthOwnCost(F, { ...fx, costs: [col("C", n)] }), sharedCost: cell("D", 1) }),
          ];
          const want = [teamMonthPeople(N, { months, month, people, poolPeople }), ownCost, teamMonthLabourCost(N, { ownCost, sharedCost })];
          const got = evaluate(sheet, formulas);
          return want.every((w, i) => close(got[i], w));
        },
      ),
      { numRuns: 40 },
    );
  });

  it("run-rate fixed costs, budget need, return rate and peak people", () => {
    fc.assert(
      fc.property(
        positiveFen,
        positiveFen,
        positiveFen,
        fc.array(positiveFen, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 9000 }).map((x) => x / 10000),
        fc.integer({ min: -2000, max: 2000 }).map((x) => x / 10000),
        fc.integer({ min: 10, max: 300 }).map((x) => x / 100),
        (teamCost, annualFee, sharedShare, spends, categoryRate, platformAdjustment, platformMultiple) => {
          const n = spends.length;
          const sheet = spends.map((s, i) => [
            s,
            i === 0 ? teamCost : null,
            i === 0 ? annualFee : null,
            i === 0 ? sharedShare : null,
            i === 0 ? categoryRate : null,
            i === 0 ? platformAdjustment : null,
            i === 0 ? platformMultiple : null,
          ]);
          const ownFixed = (c: typeof F) => ownFixedCosts(c, { teamCost: "B1", annualFee: "C1" });
          const formulas = [
            runRateFixedCosts(F, { ownFixed: ownFixed(F), sharedShare: "D1" }),
            runRateNeed(
              F,
              spends.map((_, i) => cell("A", i + 1)),
            ),
            returnRateOf(F, { categoryRate: "E1", platformMultiple: "G1", platformAdjustment: "F1" }),
            peakPeople(F, [col("A", n)]),
            sharedFixedCosts(F, { sharedPeople: "B1", rent: "C1", other: "D1" }),
          ];
          const want = [
            runRateFixedCosts(N, { ownFixed: ownFixedCosts(N, { teamCost, annualFee }), sharedShare }),
            runRateNeed(N, spends),
            returnRateOf(N, { categoryRate, platformMultiple, platformAdjustment }),
            peakPeople(N, spends),
            sharedFixedCosts(N, { sharedPeople: teamCost, rent: annualFee, other: sharedShare }),
          ];
          const got = evaluate(sheet, formulas);
          // On an exact half fen stored as x.xx4999… Excel's ROUND (and the engine's) rounds up, HyperFormula's down: one fen apart.
          const unrounded = (teamCost + annualFee / 12) * 100;
          const onHalf = Math.abs(unrounded - Math.floor(unrounded) - 0.5) < 1e-6;
          const oneFenApart = (got: unknown, want: number) => typeof got === "number" && Math.abs(got - want) <= 0.0100001;
          return want.every((w, i) => close(got[i], w) || (i === 0 && onHalf && oneFenApart(got[i], w as number)));
        },
      ),
      { numRuns: 40 },
    );
  });

  it("sumProduct reads two columns as SUMPRODUCT, and cells not in one column as a sum of products", () => {
    const sheet = [
      [2, 10],
      [3, 20],
      [0, 30],
    ];
    expect(F.sumProduct([cell("A", 1), cell("A", 2), cell("A", 3)], [cell("B", 1), cell("B", 2), cell("B", 3)])).toBe("SUMPRODUCT(($A$1:$A$3)*($B$1:$B$3))");
    expect(evaluate(sheet, [F.sumProduct([col("A", 3)], [col("B", 3)])])).toEqual([80]);
    const across = F.sumProduct([cell("A", 1), cell("B", 1)], [cell("A", 2), cell("B", 2)]);
    expect(evaluate(sheet, [across])).toEqual([N.sumProduct([2, 10], [3, 20])]);
    expect(N.sumProduct([2, 3, 0], [10, 20, 30])).toBe(80);
  });

  it("the workbook's own checks: filled cells, error values, the first case that holds", () => {
    const sheet: Cell[][] = [
      ["a", 1],
      ["b", "=NA()"],
      [null, 3],
    ];
    const formulas = [
      F.filledCells(col("A", 3)),
      F.errorCount(col("B", 3)),
      F.errorCount(cell("B", 1)),
      F.firstOf(
        [
          ["1>2", F.text("first")],
          ["2>1", F.text("second")],
        ],
        F.text("none"),
      ),
      F.firstOf([["1>2", F.text("first")]], F.text("none")),
    ];
    expect(evaluate(sheet, formulas)).toEqual([2, 1, 0, "second", "none"]);
  });

  it("the mix's mean of a per-product figure: orders-weighted over the platform's rows, equal weights without orders", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(...PLATFORMS),
            fc.integer({ min: 0, max: 50 }),
            positiveFen,
            fc.integer({ min: 0, max: 60 }).map((x) => x / 100),
          ),
          {
            minLength: 1,
            maxLength: 12,
          },
        ),
        fc.constantFrom(...PLATFORMS),
        (rows, platform) => {
          const n = rows.length;
          const own = rows.filter((r) => r[0] === platform);
          if (own.length === 0) return true;
          const mix = { picked: own.map(() => 1), orders: own.map((r) => r[1]) };
          const prices = own.map((r) => r[2]);
          const kept = own.map((r) => 1 - r[3]);
          const fmix = { picked: F.rowsWhere(col("A", n), F.text(platform)), orders: [col("B", n)] };
          const formulas = [mixMean(F, fmix, [col("C", n)]), mixMean(F, fmix, [F.subtract(F.constant(1), col("D", n))], [col("C", n)])];
          const want = [mixMean(N, mix, prices), mixMean(N, mix, kept, prices)];
          const got = evaluate(rows, formulas);
          return want.every((w, i) => close(got[i], w));
        },
      ),
      { numRuns: 40 },
    );
  });
});
