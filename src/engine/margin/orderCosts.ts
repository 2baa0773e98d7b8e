import type { CostData } from "../plan/averageOrder";
import { COST_LINE_KEYS, type CostLines } from "../costs/costLines";
import { orderCostLinesNumber } from "../costs/orderCostLinesNumber";
import { mixCostRates, type MixCostRates } from "../costs/mixCostRates";
import type { CheckedEconomicsInput } from "./economicsInput";
import type { VatRegime } from "../../data/schema/costs";
import { businessModelOf } from "../costs/costRates";
import { orderVatNumber } from "../costs/orderVatNumber";
import { vatRatesOf } from "../costs/vatRegime";
import { paidShareOn } from "../plan/ownTraffic";

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
  /** VAT payable on the order under the regime, unrounded (orderVat). */
  vat: number;
}

/**
 * The cost stack of one expected order of one product: the month's cost lines (costLines) at one order, and its VAT.
 * The order's paid share is the input's, else the platform's own (paidShareOn, as the plan's average order takes it).
 */
export function orderCosts(data: CostData, platform: string, category: string, input: CheckedEconomicsInput, regime: VatRegime): OrderCosts {
  const { price, returnRate } = input;
  const rates = mixCostRates(data.rateCard, data.costs, platform, [{ category, price, returnRate, weight: 1 }]);
  const paidShare = paidShareOn(data.costs, platform, input.paidShare, rates.paidShare);
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
  const deductionsAreDiscount = businessModelOf(data.costs, platform).deductions === "wholesaleDiscount" ? 1 : 0;
  // orderVat on the number fast path (test/engine/orderVatNumber.test.ts checks they agree bit for bit).
  const vat = orderVatNumber(
    price,
    returnRate,
    rates.deductionRate,
    input.unitCost,
    input.adRatio,
    deductionsAreDiscount,
    all.promotions,
    all.platformFees,
    vatRatesOf(data.costs, regime),
  );
  return { deductionRate: rates.deductionRate, platformFee: all.platformFees, lines, total, rates, vat };
}
