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

/** A weighted mean, summed in the items' order. */
class Mean {
  private total = 0;
  private sum = 0;
  add(weight: number, value: number): void {
    this.total += weight;
    this.sum += weight * value;
  }
  get value(): number {
    return this.total > 0 ? this.sum / this.total : 0;
  }
}

/**
 * The cost rates of a product mix on one platform, each averaged over the base it is charged on (orders, sales, kept
 * sales, returned or kept orders, affiliate sales), so that a month's lines from the mix equal the sum of each
 * product's lines. Installation counts only for products priced at or above the installation threshold.
 * One pass over the items without an array or closure per rate: NETMARGIN and NETPROFIT call this once a cell.
 */
export function mixCostRates(card: RateCard, costs: Costs, platform: string, items: readonly MixItem[]): MixCostRates {
  const [affiliateRate, affiliateShare, seedingShare, roiFactor, promotionShare, fulfilment, returnShipping, insurance] = means();
  const [installation, instalment, perItemFee, paidSalesFeeRate, launchCost, deduction, settlementDays, inventory] = means();
  const paidShare = new Mean();
  for (const m of items) {
    const r = costRates(costs, platform, m.category);
    const sales = m.weight * m.price;
    const kept = m.weight * m.price * (1 - m.returnRate);
    affiliateRate.add(sales * r.affiliateShare, r.affiliateRate);
    affiliateShare.add(sales, r.affiliateShare);
    seedingShare.add(sales, r.seedingShare);
    roiFactor.add(sales, r.roiFactor);
    paidShare.add(sales, r.paidShare);
    promotionShare.add(kept, r.promotionShare);
    fulfilment.add(m.weight, r.fulfilmentPerOrder);
    returnShipping.add(m.weight * m.returnRate, r.returnShippingPerReturn);
    insurance.add(m.weight, r.shippingInsurancePerOrder);
    installation.add(m.weight * (1 - m.returnRate), m.price >= r.installationMinPrice ? r.installationPerUnit : 0);
    instalment.add(kept, r.instalmentShare * r.instalmentFeeRate);
    perItemFee.add(m.weight, r.perItemFee);
    paidSalesFeeRate.add(sales, r.paidSalesFeeRate);
    launchCost.add(sales, r.launchCost);
    deduction.add(kept, deductionRate(card, costs, platform, m.category));
    settlementDays.add(sales, r.settlementDays);
    inventory.add(sales, r.inventoryCoverMonths);
  }
  return {
    affiliateRate: affiliateRate.value,
    affiliateShare: affiliateShare.value,
    seedingShare: seedingShare.value,
    roiFactor: roiFactor.value,
    // Rounded off float noise: a mix of one platform's 35% is 35%, and the plan reports it.
    paidShare: Math.round(paidShare.value * 1e9) / 1e9,
    promotionShare: promotionShare.value,
    fulfilmentPerOrder: fulfilment.value,
    returnShippingPerReturn: returnShipping.value,
    shippingInsurancePerOrder: insurance.value,
    installationPerOrder: installation.value,
    instalmentRate: instalment.value,
    perItemFee: perItemFee.value,
    perOrderFee: card.platforms[platform]!.perOrderFee.value + perItemFee.value,
    paidSalesFeeRate: paidSalesFeeRate.value,
    launchCost: launchCost.value,
    deductionRate: deduction.value,
    settlementDays: settlementDays.value,
    inventoryCoverMonths: inventory.value,
  };
}

type EightMeans = [Mean, Mean, Mean, Mean, Mean, Mean, Mean, Mean];
const means = (): EightMeans => [new Mean(), new Mean(), new Mean(), new Mean(), new Mean(), new Mean(), new Mean(), new Mean()];
