import type { CheckedEconomicsInput } from "./economicsInput";

export interface ProfitFigures {
  /** Profit before the user's fixed cost per order F. */
  contribution: number;
  profit: number;
}

/** The margin model itself, unrounded: `(1 − q)(P(1 − d) − C) − S − aP − platform fee`, then `− F`. */
export function profitModel(input: CheckedEconomicsInput, deductionRate: number, platformPerOrderFee: number): ProfitFigures {
  const { price, unitCost, shipping, adRatio, returnRate, fixedPerOrder } = input;
  const contribution = (1 - returnRate) * (price * (1 - deductionRate) - unitCost) - shipping - adRatio * price - platformPerOrderFee;
  return { contribution, profit: contribution - fixedPerOrder };
}
