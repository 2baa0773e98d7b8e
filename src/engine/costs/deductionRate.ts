import type { Costs } from "../../data/schema/costs";
import type { RateCard } from "../../data/schema/rateCard";
import { deductionTotal } from "../rates/deductions";
import { businessModelOf, costRates } from "./costRates";

/**
 * What the platform keeps of each kept sale, as a fraction of the retail price: the rate card's commission, payment
 * fee and points on a retail marketplace, or the wholesale discount where the platform buys at a discount off retail.
 */
export function deductionRate(card: RateCard, costs: Costs, platform: string, category: string): number {
  return businessModelOf(costs, platform).deductions === "wholesaleDiscount" ? costRates(costs, platform, category).wholesaleDiscount : deductionTotal(card, platform, category);
}
