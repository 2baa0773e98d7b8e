import type { Costs } from "../../data/schema/costs";
import type { RateCard } from "../../data/schema/rateCard";
import type { CostLineRates } from "./costLines";
import { costRates } from "./costRates";
import { deductionRate } from "./deductionRate";

/** One product of a mix on a platform: its category, price, unit cost, return rate and share of the orders. */
export interface MixItem {
  category: string;
  price: number;
  /** What a unit costs the brand: the stock-loss share is averaged over the goods cost of kept orders. */
  unitCost: number;
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
  /** The share of the products' own shipping the brand pays per order (platformShipping), averaged over orders. */
  deliveryShare: number;
}

/**
 * Weighted means, summed in the items' order, in one scratch array reused by every call (a call runs to its end before
 * the next starts): slot 2i holds mean i's total weight, 2i + 1 its weighted sum. No object per mean once a cell.
 */
const MEANS = [
  "affiliateRate",
  "affiliateShare",
  "seedingShare",
  "roiFactor",
  "paidShare",
  "promotionShare",
  "fulfilment",
  "returnShipping",
  "insurance",
  "installation",
  "stockLoss",
  "instalment",
  "perItemFee",
  "paidSalesFeeRate",
  "commissionWaived",
  "launchCost",
  "deduction",
  "settlementDays",
  "inventory",
  "delivery",
] as const;
const M = Object.fromEntries(MEANS.map((name, i) => [name, i])) as Record<(typeof MEANS)[number], number>;
const scratch = new Float64Array(2 * MEANS.length);
function add(mean: number, weight: number, value: number): void {
  scratch[2 * mean] = scratch[2 * mean]! + weight;
  scratch[2 * mean + 1] = scratch[2 * mean + 1]! + weight * value;
}
const mean = (i: number): number => (scratch[2 * i]! > 0 ? scratch[2 * i + 1]! / scratch[2 * i]! : 0);

/**
 * The cost rates of a product mix on one platform, each averaged over the base it is charged on (orders, sales, kept
 * sales, returned or kept orders, affiliate sales, the goods cost of kept orders), so that a month's lines from the mix equal the sum of each
 * product's lines. Installation counts only for products priced at or above the installation threshold.
 * One pass over the items without an array, closure or object per rate: NETMARGIN and NETPROFIT call this once a cell.
 */
export function mixCostRates(card: RateCard, costs: Costs, platform: string, items: readonly MixItem[]): MixCostRates {
  if (items.length === 1) return oneItemRates(card, costs, platform, items[0]!);
  scratch.fill(0);
  for (const m of items) {
    const r = costRates(costs, platform, m.category);
    const sales = m.weight * m.price;
    const kept = m.weight * m.price * (1 - m.returnRate);
    add(M.affiliateRate, sales * r.affiliateShare, r.affiliateRate);
    add(M.affiliateShare, sales, r.affiliateShare);
    add(M.seedingShare, sales, r.seedingShare);
    add(M.roiFactor, sales, r.roiFactor);
    add(M.paidShare, sales, r.paidShare);
    add(M.promotionShare, kept, r.promotionShare);
    add(M.fulfilment, m.weight, r.fulfilmentPerOrder);
    add(M.returnShipping, m.weight * m.returnRate, r.returnShippingPerReturn);
    add(M.insurance, m.weight, r.shippingInsurancePerOrder);
    add(M.installation, m.weight * (1 - m.returnRate), m.price >= r.installationMinPrice ? r.installationPerUnit : 0);
    add(M.stockLoss, m.weight * (1 - m.returnRate) * m.unitCost, r.stockLossShare);
    add(M.instalment, kept, r.instalmentShare * r.instalmentFeeRate);
    add(M.perItemFee, m.weight, r.perItemFee);
    add(M.paidSalesFeeRate, sales, r.paidSalesFeeRate);
    // On kept sales, as the commission is: the share of it the fee on paid sales replaces.
    add(M.commissionWaived, kept, r.paidSalesFeeReplacesCommission * card.platforms[platform]!.commission[m.category]!.value);
    add(M.launchCost, sales, r.launchCost);
    add(M.deduction, kept, deductionRate(card, costs, platform, m.category));
    add(M.settlementDays, sales, r.settlementDays);
    add(M.inventory, sales, r.inventoryCoverMonths);
    add(M.delivery, m.weight, r.deliveryShare);
  }
  return {
    affiliateRate: mean(M.affiliateRate),
    affiliateShare: mean(M.affiliateShare),
    seedingShare: mean(M.seedingShare),
    roiFactor: mean(M.roiFactor),
    // Rounded off float noise: a mix of one platform's 35% is 35%, and the plan reports it.
    paidShare: Math.round(mean(M.paidShare) * 1e9) / 1e9,
    promotionShare: mean(M.promotionShare),
    fulfilmentPerOrder: mean(M.fulfilment),
    returnShippingPerReturn: mean(M.returnShipping),
    shippingInsurancePerOrder: mean(M.insurance),
    installationPerOrder: mean(M.installation),
    stockLossShare: mean(M.stockLoss),
    instalmentRate: mean(M.instalment),
    perItemFee: mean(M.perItemFee),
    perOrderFee: card.platforms[platform]!.perOrderFee.value + mean(M.perItemFee),
    paidSalesFeeRate: mean(M.paidSalesFeeRate),
    commissionWaivedRate: mean(M.commissionWaived),
    launchCost: mean(M.launchCost),
    deductionRate: mean(M.deduction),
    settlementDays: mean(M.settlementDays),
    inventoryCoverMonths: mean(M.inventory),
    deliveryShare: mean(M.delivery),
  };
}

/**
 * The means of a mix of one product, without the scratch sums: each rate is the product's own where its base is
 * above 0, and 0 where it is not, as a mean over an empty base is. NETMARGIN and NETPROFIT take this path once a cell.
 */
function oneItemRates(card: RateCard, costs: Costs, platform: string, m: MixItem): MixCostRates {
  const r = costRates(costs, platform, m.category);
  const sales = m.weight * m.price;
  const kept = sales * (1 - m.returnRate);
  const on = (base: number, value: number) => (base > 0 ? value : 0);
  const perItemFee = on(m.weight, r.perItemFee);
  return {
    affiliateRate: on(sales * r.affiliateShare, r.affiliateRate),
    affiliateShare: on(sales, r.affiliateShare),
    seedingShare: on(sales, r.seedingShare),
    roiFactor: on(sales, r.roiFactor),
    paidShare: Math.round(on(sales, r.paidShare) * 1e9) / 1e9,
    promotionShare: on(kept, r.promotionShare),
    fulfilmentPerOrder: on(m.weight, r.fulfilmentPerOrder),
    returnShippingPerReturn: on(m.weight * m.returnRate, r.returnShippingPerReturn),
    shippingInsurancePerOrder: on(m.weight, r.shippingInsurancePerOrder),
    installationPerOrder: on(m.weight * (1 - m.returnRate), m.price >= r.installationMinPrice ? r.installationPerUnit : 0),
    stockLossShare: on(m.weight * (1 - m.returnRate) * m.unitCost, r.stockLossShare),
    instalmentRate: on(kept, r.instalmentShare * r.instalmentFeeRate),
    perItemFee,
    perOrderFee: card.platforms[platform]!.perOrderFee.value + perItemFee,
    paidSalesFeeRate: on(sales, r.paidSalesFeeRate),
    commissionWaivedRate: on(kept, r.paidSalesFeeReplacesCommission * card.platforms[platform]!.commission[m.category]!.value),
    launchCost: on(sales, r.launchCost),
    deductionRate: on(kept, deductionRate(card, costs, platform, m.category)),
    settlementDays: on(sales, r.settlementDays),
    inventoryCoverMonths: on(sales, r.inventoryCoverMonths),
    deliveryShare: on(m.weight, r.deliveryShare),
  };
}
