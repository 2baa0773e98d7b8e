import type { Calculator } from "../calc/calculator";
import { numberCalculator as N } from "../calc/numberCalculator";
import type { CheckedEconomicsInput } from "./economicsInput";
import type { OrderCosts } from "./orderCosts";

export interface ProfitFigures {
  /** Profit before the user's fixed cost per order F. */
  contribution: number;
  profit: number;
  /** profit ÷ price. */
  netMargin: number;
}

/**
 * Profit and net margin per order, unrounded: the order's contribution after VAT (orderCosts, from
 * orderContributionAfterVat) less the user's fixed cost per order F, and that ÷ the price.
 */
export function profitModel(input: CheckedEconomicsInput, costs: OrderCosts): ProfitFigures {
  const { price, fixedPerOrder } = input;
  const { contribution } = costs;
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
