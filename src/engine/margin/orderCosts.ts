import type { CostData } from "../plan/averageOrder";
import { numberCalculator } from "../calc/numberCalculator";
import { costLines, type CostLines } from "../costs/costLines";
import { mixCostRates } from "../costs/mixCostRates";
import type { CheckedEconomicsInput } from "./economicsInput";

export type OrderCostLines = Omit<CostLines<number>, "launchCosts" | "platformFees">;

export interface OrderCosts {
  /** What the platform keeps of a kept sale (rate card deductions, or the wholesale discount). */
  deductionRate: number;
  /** The platform's fees per order, per item and on the ad-driven share. */
  platformFee: number;
  /** The cost stack's lines for one order, unrounded. */
  lines: OrderCostLines;
  /** Their sum. */
  total: number;
}

const unrounded = { ...numberCalculator, fen: (x: number) => x };

/** The cost stack of one expected order of one product: the month's cost lines (costLines) at one order. */
export function orderCosts(data: CostData, platform: string, category: string, input: CheckedEconomicsInput): OrderCosts {
  const { price, returnRate, paidShare } = input;
  const rates = mixCostRates(data.rateCard, data.costs, platform, [{ category, price, returnRate, weight: 1 }]);
  const volumes = {
    sales: price,
    returns: returnRate * price,
    orders: 1,
    returnedOrders: returnRate,
    paidSales: paidShare * price,
    affiliateSales: rates.affiliateShare * price,
    opening: 0,
  };
  const { launchCosts: _none, platformFees, ...lines } = costLines(unrounded, volumes, rates);
  return { deductionRate: rates.deductionRate, platformFee: platformFees, lines, total: Object.values(lines).reduce((s, x) => s + x, 0) };
}
