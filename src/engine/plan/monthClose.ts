import type { Calculator, Placed } from "../calc/calculator";
import { numberCalculator as N } from "../calc/numberCalculator";
import { runningTotal } from "../money/runningTotal";
import { FIXED_LINES, VARIABLE_LINES, type MoneyLine, type MonthLine } from "./monthLine";

/** The lines contribution reads: sales and the variable lines (a month's, or one average order's). */
export type ContributionLines<T> = Readonly<Record<"sales" | (typeof VARIABLE_LINES)[number], T>>;

/** Contribution, unrounded: sales less the variable lines (returns, deductions, goods, shipping, ads, the cost stack, VAT). */
export function contributionOf<T>(c: Calculator<T>, lines: ContributionLines<T>): T {
  return c.subtract(lines.sales, c.add(...VARIABLE_LINES.map((k) => lines[k])));
}

/** A month's lines, one value or cell each, with its orders and the platform's (or company's) profit so far. */
export interface MonthCloseInputs<T> {
  lines: Readonly<Record<MoneyLine, T>>;
  orders: T;
  previousCumulativeProfit: T;
}

/**
 * What a month's lines leave, once for the engine and the P&L's formulas: contribution = sales − the variable lines,
 * profit = contribution − the fixed lines, the profit so far, and net profit per order (none without orders).
 * `placed` names cells already holding contribution or profit, so the next formula reads them.
 */
export function monthProfit<T>(c: Calculator<T>, x: MonthCloseInputs<T>, placed: Placed<T> = {}) {
  const contribution = c.round(contributionOf(c, x.lines), 2);
  const profit = c.round(c.subtract(placed.contribution ?? contribution, c.add(...FIXED_LINES.map((k) => x.lines[k]))), 2);
  const profitHere = placed.profit ?? profit;
  return {
    contribution,
    profit,
    cumulativeProfit: runningTotal(c, x.previousCumulativeProfit, profitHere),
    netProfitPerOrder: c.ifGreater(x.orders, c.constant(0), c.fen(c.divide(profitHere, x.orders)), null),
  };
}

/** Sets a line's contribution, profit, profit so far and net profit per order from the lines above them (monthProfit). */
export function closeLine(line: MonthLine, previousCumulativeProfit: number): MonthLine {
  return Object.assign(line, monthProfit(N, { lines: line, orders: line.orders, previousCumulativeProfit }));
}
