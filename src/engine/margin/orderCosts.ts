import type { CostData } from "../plan/averageOrder";
import { numberCalculator } from "../calc/numberCalculator";
import { COST_LINE_KEYS, type CostLines } from "../costs/costLines";
import { orderCostLines } from "../costs/orderCostLines";
import { mixCostRates, type MixCostRates } from "../costs/mixCostRates";
import type { CheckedEconomicsInput } from "./economicsInput";

export type OrderCostLines = Omit<CostLines<number>, "launchCosts" | "platformFees">;

const STACK_KEYS = COST_LINE_KEYS.filter((k): k is keyof OrderCostLines => k !== "launchCosts" && k !== "platformFees");

export interface OrderCosts {
  /** What the platform keeps of a kept sale (rate card deductions, or the wholesale discount). */
  deductionRate: number;
  /** The platform's fees per order, per item and on the ad-driven share. */
  platformFee: number;
  /** The cost stack's lines for one order, unrounded. */
  lines: OrderCostLines;
  /** Their sum. */
  total: number;
  /** The cost rates behind the lines (the product's category on the platform). */
  rates: MixCostRates;
}

/** The cost stack of one expected order of one product: the month's cost lines (costLines) at one order. */
export function orderCosts(data: CostData, platform: string, category: string, input: CheckedEconomicsInput): OrderCosts {
  const { price, returnRate, paidShare } = input;
  const rates = mixCostRates(data.rateCard, data.costs, platform, [{ category, price, returnRate, weight: 1 }]);
  const all = orderCostLines(numberCalculator, { price, returnRate, paidShare, affiliateShare: rates.affiliateShare }, rates);
  // The lines but the platform's fees, summed in their order; built key by key (an object rest copy is slow once a cell).
  const lines = {} as OrderCostLines;
  let total = 0;
  for (const key of STACK_KEYS) total += lines[key] = all[key];
  return { deductionRate: rates.deductionRate, platformFee: all.platformFees, lines, total, rates };
}
