import type { Calculator } from "../calc/calculator";
import { numberCalculator as N } from "../calc/numberCalculator";
import type { CheckedEconomicsInput } from "./economicsInput";
import type { OrderCosts } from "./orderCosts";
import { platformShipping } from "../costs/platformShipping";

export interface ProfitFigures {
  /** Profit before the user's fixed cost per order F. */
  contribution: number;
  profit: number;
  /** profit ÷ price. */
  netMargin: number;
}

/**
 * The margin model itself, unrounded: `(1 − q)(P(1 − d) − C) − S − aP − platform fees − the cost stack − VAT`, then `− F`.
 * The cost stack is affiliate commission, promotions, fulfilment, return shipping, installation and instalment fees;
 * S is the product's shipping × the platform's delivery share (platformShipping).
 */
export function profitModel(input: CheckedEconomicsInput, costs: OrderCosts): ProfitFigures {
  const { price, unitCost, adRatio, returnRate, fixedPerOrder } = input;
  const shipping = platformShipping(N, { shipping: input.shipping, deliveryShare: costs.rates.deliveryShare });
  const contribution = (1 - returnRate) * (price * (1 - costs.deductionRate) - unitCost) - shipping - adRatio * price - costs.platformFee - costs.total - costs.vat;
  return { contribution, profit: netProfitOf(N, { contribution, fixedPerOrder }), netMargin: netMarginOf(N, { contribution, fixedPerOrder, price }) };
}

/** Net profit per order: the contribution less the platform's fixed cost per order at its planned volume. */
export function netProfitOf<T>(c: Calculator<T>, x: { contribution: T; fixedPerOrder: T }): T {
  return c.subtract(x.contribution, x.fixedPerOrder);
}

/** Contribution margin: contribution per order ÷ the price (0 for a price of 0). */
export function contributionMarginOf<T>(c: Calculator<T>, x: { contribution: T; price: T }): T {
  return c.divide(x.contribution, x.price);
}

/** Net margin: net profit per order ÷ the price (0 for a price of 0). */
export function netMarginOf<T>(c: Calculator<T>, x: { contribution: T; fixedPerOrder: T; price: T }): T {
  return c.divide(netProfitOf(c, x), x.price);
}
