import type { Costs } from "../../data/schema/costs";
import type { RateCard } from "../../data/schema/rateCard";
import type { CostLineRates } from "./costLines";
import { costRates } from "./costRates";
import { deductionRate } from "./deductionRate";

/** One product of a mix on a platform: its category, price, return rate and share of the orders. */
export interface MixItem {
  category: string;
  price: number;
  returnRate: number;
  /** Share of the orders (the weights add up to 1). */
  weight: number;
}

export interface MixCostRates extends CostLineRates<number> {
  /** The mix's ROI against the platform's typical ROI, weighted by sales. */
  roiFactor: number;
  /** The paid share of a mature store's sales (the platform's, or the company's override), weighted by sales. */
  paidShare: number;
  /** Share of sales affiliates bring. */
  affiliateShare: number;
  /** The platform's per-item fees alone (perOrderFee adds the rate card's fee per order). */
  perItemFee: number;
  /** The platform's deduction rate on kept sales (rate card or wholesale discount). */
  deductionRate: number;
  settlementDays: number;
  inventoryCoverMonths: number;
}

type Weighted = Array<[weight: number, value: number]>;
const mean = (pairs: Weighted): number => {
  const total = pairs.reduce((s, [w]) => s + w, 0);
  return total > 0 ? pairs.reduce((s, [w, v]) => s + w * v, 0) / total : 0;
};

/**
 * The cost rates of a product mix on one platform, each averaged over the base it is charged on (orders, sales, kept
 * sales, returned or kept orders, affiliate sales), so that a month's lines from the mix equal the sum of each
 * product's lines. Installation counts only for products priced at or above the installation threshold.
 */
export function mixCostRates(card: RateCard, costs: Costs, platform: string, items: readonly MixItem[]): MixCostRates {
  const rates = items.map((m) => costRates(costs, platform, m.category));
  const by = (weight: (m: MixItem, i: number) => number, value: (i: number) => number) => mean(items.map((m, i): [number, number] => [weight(m, i), value(i)]));
  const orders = (m: MixItem) => m.weight;
  const sales = (m: MixItem) => m.weight * m.price;
  const kept = (m: MixItem) => m.weight * m.price * (1 - m.returnRate);
  const keptOrders = (m: MixItem) => m.weight * (1 - m.returnRate);
  const r = (i: number) => rates[i]!;
  return {
    affiliateRate: by(
      (m, i) => sales(m) * r(i).affiliateShare,
      (i) => r(i).affiliateRate,
    ),
    affiliateShare: by(sales, (i) => r(i).affiliateShare),
    seedingShare: by(sales, (i) => r(i).seedingShare),
    roiFactor: by(sales, (i) => r(i).roiFactor),
    // Rounded off float noise: a mix of one platform's 35% is 35%, and the plan reports it.
    paidShare: Math.round(by(sales, (i) => r(i).paidShare) * 1e9) / 1e9,
    promotionShare: by(kept, (i) => r(i).promotionShare),
    fulfilmentPerOrder: by(orders, (i) => r(i).fulfilmentPerOrder),
    returnShippingPerReturn: by(
      (m) => m.weight * m.returnRate,
      (i) => r(i).returnShippingPerReturn,
    ),
    shippingInsurancePerOrder: by(orders, (i) => r(i).shippingInsurancePerOrder),
    installationPerOrder: by(keptOrders, (i) => (items[i]!.price >= r(i).installationMinPrice ? r(i).installationPerUnit : 0)),
    instalmentRate: by(kept, (i) => r(i).instalmentShare * r(i).instalmentFeeRate),
    perItemFee: by(orders, (i) => r(i).perItemFee),
    perOrderFee: card.platforms[platform]!.perOrderFee.value + by(orders, (i) => r(i).perItemFee),
    paidSalesFeeRate: by(sales, (i) => r(i).paidSalesFeeRate),
    launchCost: by(sales, (i) => r(i).launchCost),
    deductionRate: by(kept, (i) => deductionRate(card, costs, platform, items[i]!.category)),
    settlementDays: by(sales, (i) => r(i).settlementDays),
    inventoryCoverMonths: by(sales, (i) => r(i).inventoryCoverMonths),
  };
}
