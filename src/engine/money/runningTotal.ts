import type { Calculator } from "../calc/calculator";

/** A running total to the fen: the month before's total plus this month's amount, both already whole fen. */
export const runningTotal = <T>(c: Calculator<T>, before: T, amount: T): T => c.round(c.add(before, amount), 2);
