import type { CheckedEconomicsInput } from "./economicsInput";
import type { OrderCosts } from "./orderCosts";

export interface ProfitFigures {
  /** Profit before the user's fixed cost per order F. */
  contribution: number;
  profit: number;
}

/**
 * The margin model itself, unrounded: `(1 − q)(P(1 − d) − C) − S − aP − platform fees − the cost stack − VAT`, then `− F`.
 * The cost stack is affiliate commission, promotions, fulfilment, return shipping, installation and instalment fees.
 */
export function profitModel(input: CheckedEconomicsInput, costs: OrderCosts): ProfitFigures {
  const { price, unitCost, shipping, adRatio, returnRate, fixedPerOrder } = input;
  const contribution = (1 - returnRate) * (price * (1 - costs.deductionRate) - unitCost) - shipping - adRatio * price - costs.platformFee - costs.total - costs.vat;
  return { contribution, profit: contribution - fixedPerOrder };
}
