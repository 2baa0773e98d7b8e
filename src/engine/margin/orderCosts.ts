import type { CostData } from "../plan/averageOrder";
import { COST_LINE_KEYS, type CostLines } from "../costs/costLines";
import { orderCostLinesNumber } from "../costs/orderCostLinesNumber";
import { mixCostRates, type MixCostRates } from "../costs/mixCostRates";
import type { CheckedEconomicsInput } from "./economicsInput";

export type OrderCostLines = Omit<CostLines<number>, "launchCosts" | "platformFees">;

export const STACK_KEYS = COST_LINE_KEYS.filter((k): k is keyof OrderCostLines => k !== "launchCosts" && k !== "platformFees");

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
  const all = orderCostLinesNumber(price, returnRate, paidShare, rates.affiliateShare, rates);
  // The lines but the platform's fees, summed in STACK_KEYS' order (test/engine/orderCostLinesNumber.test.ts checks both).
  const lines: OrderCostLines = {
    affiliateCommission: all.affiliateCommission,
    seeding: all.seeding,
    promotions: all.promotions,
    fulfilment: all.fulfilment,
    returnShipping: all.returnShipping,
    installation: all.installation,
    paymentFees: all.paymentFees,
  };
  const total = 0 + lines.affiliateCommission + lines.seeding + lines.promotions + lines.fulfilment + lines.returnShipping + lines.installation + lines.paymentFees;
  return { deductionRate: rates.deductionRate, platformFee: all.platformFees, lines, total, rates };
}
