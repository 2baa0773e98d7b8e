import type { CostData } from "../plan/averageOrder";
import { COST_LINE_KEYS, type CostLines } from "../costs/costLines";
import type { PerOrderCostLines } from "../costs/orderCostLines";
import { orderNumbersOnNumbers } from "../costs/orderNumbers.generated";
import { mixCostRates, type MixCostRates } from "../costs/mixCostRates";
import type { CheckedEconomicsInput } from "./economicsInput";
import type { VatRegime } from "../../data/schema/costs";
import { businessModelOf } from "../costs/costRates";
import { vatRatesOf } from "../costs/vatRegime";
import { paidShareOn } from "../plan/ownTraffic";
import { platformShipping } from "../costs/platformShipping";
import { numberCalculator as N } from "../calc/numberCalculator";

export type OrderCostLines = Omit<CostLines<number>, "launchCosts" | "platformFees">;

export const STACK_KEYS = COST_LINE_KEYS.filter((k): k is keyof OrderCostLines => k !== "launchCosts" && k !== "platformFees");

export interface OrderCosts {
  /** What the platform keeps of a kept sale (rate card deductions, or the wholesale discount). */
  deductionRate: number;
  /** The order's cost lines, unrounded (orderCostLines): the cost stack (STACK_KEYS) and the platform's fees. */
  lines: PerOrderCostLines<number>;
  /** The cost rates behind the lines (the product's category on the platform). */
  rates: MixCostRates;
  /** VAT payable on the order under the regime, unrounded (orderVat). */
  vat: number;
  /** What the order adds towards fixed costs, after VAT, unrounded (orderContributionAfterVat). */
  contribution: number;
}

/**
 * The cost stack of one expected order of one product: the month's cost lines (costLines) at one order, its VAT and
 * its contribution: orderNumbers on the number backend, run as its generated code (the hot path of NETMARGIN).
 * The order's paid share is the input's, else the platform's own (paidShareOn, as the plan's average order takes it).
 */
export function orderCosts(data: CostData, platform: string, category: string, input: CheckedEconomicsInput, regime: VatRegime): OrderCosts {
  const { price, returnRate } = input;
  const r = mixCostRates(data.rateCard, data.costs, platform, [{ category, price, unitCost: input.unitCost, returnRate, weight: 1 }]);
  const x = {
    price,
    returnRate,
    deductionRate: r.deductionRate,
    unitCost: input.unitCost,
    shipping: platformShipping(N, { shipping: input.shipping, deliveryShare: r.deliveryShare }),
    adRatio: input.adRatio,
    deductionsAreDiscount: businessModelOf(data.costs, platform).deductions === "wholesaleDiscount" ? 1 : 0,
    paidShare: paidShareOn(data.costs, platform, input.paidShare, r.paidShare),
    affiliateShare: r.affiliateShare,
  };
  const o = orderNumbersOnNumbers(x, r, vatRatesOf(data.costs, regime));
  const lines: PerOrderCostLines<number> = {
    affiliateCommission: o.affiliateCommission,
    seeding: o.seeding,
    promotions: o.promotions,
    fulfilment: o.fulfilment,
    returnShipping: o.returnShipping,
    installation: o.installation,
    stockLoss: o.stockLoss,
    paymentFees: o.paymentFees,
    platformFees: o.platformFees,
  };
  return { deductionRate: r.deductionRate, lines, rates: r, vat: o.vat, contribution: o.contribution };
}
