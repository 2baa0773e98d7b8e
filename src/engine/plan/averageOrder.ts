import type { ReferenceData } from "../../data/referenceData";
import type { Calculator } from "../calc/calculator";
import { numberCalculator } from "../calc/numberCalculator";
import { deductionRate } from "../costs/deductionRate";
import { vatBaseOf, vatExact, type VatRates } from "../costs/vatPayable";
import type { CostLines } from "../costs/costLines";
import { orderCostLines } from "../costs/orderCostLines";
import { contributionOf } from "./monthClose";
import { mixCostRates, type MixCostRates } from "../costs/mixCostRates";
import { typicalReturnRate } from "../rates/typicalReturnRate";
import { businessModelOf } from "../costs/costRates";
import { platformShipping } from "../costs/platformShipping";
import { paidShareOn } from "./ownTraffic";
import { adsPerOrderOf } from "./adModel";
import type { PlanProduct } from "./planInput";

/** The data an order's economics read: the rate card and the cost stack. */
export type CostData = Pick<ReferenceData, "rateCard" | "costs">;

/** One order of the product mix on a platform, in yuan: what the monthly P&L multiplies by orders. */
export interface AverageOrder extends Omit<CostLines<number>, "launchCosts" | "platformFees"> {
  price: number;
  /** Refunds: the price of returned orders (q × P). */
  returns: number;
  /** Returned orders per order: q. */
  returnRate: number;
  /** What the platform keeps of kept orders ((1 − q) × P × d; d is the wholesale discount on a wholesale platform). */
  deductions: number;
  /** Goods cost of kept orders ((1 − q) × C); returned goods go back to stock. */
  goods: number;
  /** Unit cost of an order placed (C), what stock is bought at. */
  unitCost: number;
  shipping: number;
  /** The ad ratio a (paid share ÷ the platform's ROI × the mix's ROI factor), and a × P: the plan's one ad figure. */
  adRatio: number;
  ads: number;
  /** The platform's fees per order, per item and on the ad-driven share of the order. */
  platformFee: number;
  /** The mix's cost rates, for a month's lines (costLines) and the cash line. */
  rates: MixCostRates;
  /** VAT payable on the order, unrounded (vatExact): output VAT on what the buyer paid less input VAT on goods and platform services. */
  vat: number;
  /** The company's VAT regime's rates, for a month's VAT line. */
  vatRates: VatRates<number>;
  /** 1 where the deductions are a wholesale discount (off the output VAT base), 0 where they are billed services. */
  deductionsAreDiscount: number;
  /** Before fixed costs: price less every line above. */
  contribution: number;
}

/** The products of a mix as columns, one value a product (in a workbook, the Comparison's columns picked by platform). */
export interface MixColumns<T> {
  /** 1 for a product of the mix, 0 for a row that is not (the number backend lists only the mix's products). */
  picked: readonly T[];
  /** Its expected orders a month. */
  orders: readonly T[];
}

/**
 * The mix's mean of a per-product figure, the product of `factors` column by column: each product weighs its share of
 * the expected orders, or the same when none are expected (mixWeights).
 */
export function mixMean<T>(c: Calculator<T>, mix: MixColumns<T>, ...factors: (readonly T[])[]): T {
  const total = c.sumProduct(mix.picked, mix.orders);
  const byOrders = c.sumProduct(
    mix.picked,
    mix.orders.map((o) => c.quotient(o, total)),
    ...factors,
  );
  const count = c.sumProduct(mix.picked);
  const equally = c.sumProduct(
    mix.picked,
    mix.picked.map(() => c.quotient(c.constant(1), count)),
    ...factors,
  );
  return c.ifGreater(total, c.constant(0), byOrders, equally);
}

/** Orders-weighted shares of the products: the expected orders, or equal shares when none are given. */
export function mixWeights(products: readonly PlanProduct[]): number[] {
  const total = products.reduce((sum, p) => sum + p.monthlyOrders, 0);
  return products.map((p) => (total > 0 ? p.monthlyOrders / total : 1 / products.length));
}

/**
 * The average order of the product mix on one platform, a mature store's paid share of its sales (the platform's,
 * or `paidShareOverride` when the company gives one) driven by ads at the ad ratio the mix's ROI factor gives (`adRatio`):
 * the per-order lines are the month's cost lines (costLines) for one expected order, unrounded sums of the mix.
 */
export function averageOrder(
  data: CostData,
  platform: string,
  products: readonly PlanProduct[],
  paidShareOverride: number | null,
  adRatio: (roiFactor: number, paidShare: number) => number,
  vatRates: VatRates<number>,
): AverageOrder {
  const weights = mixWeights(products);
  const items = products.map((p, i) => ({
    category: p.product.category,
    price: p.product.price,
    unitCost: p.unitCost,
    returnRate: typicalReturnRate(data.rateCard, platform, p.product.category),
    weight: weights[i]!,
  }));
  const mixRates = mixCostRates(data.rateCard, data.costs, platform, items);
  // A platform that sells on its own traffic (advertising: false) carries no paid share, override or not.
  const paidShareHere = paidShareOn(data.costs, platform, paidShareOverride, mixRates.paidShare);
  const rates = { ...mixRates, paidShare: paidShareHere };
  const paidShare = rates.paidShare;
  const a = adRatio(rates.roiFactor, paidShare);
  const mix = { picked: products.map(() => 1), orders: products.map((p) => p.monthlyOrders) };
  const column = (f: (p: PlanProduct, i: number) => number) => products.map(f);
  const [prices, q, keptShare, unitCosts] = [
    column((p) => p.product.price),
    column((_, i) => items[i]!.returnRate),
    column((_, i) => 1 - items[i]!.returnRate),
    column((p) => p.unitCost),
  ];
  const mean = (...factors: number[][]) => mixMean(numberCalculator, mix, ...factors);
  const price = mean(prices);
  const returns = mean(q, prices);
  const returnRate = mean(q);
  const goods = mean(keptShare, unitCosts);
  const unitCost = mean(unitCosts);
  const shipping = platformShipping(numberCalculator, { shipping: mean(column((p) => p.shipping)), deliveryShare: rates.deliveryShare });
  const deductions = mean(
    keptShare,
    prices,
    column((p) => deductionRate(data.rateCard, data.costs, platform, p.product.category)),
  );
  const { platformFees: platformFee, ...lines } = orderCostLines(numberCalculator, { price, returnRate, paidShare, affiliateShare: rates.affiliateShare, goods }, rates);
  const ads = adsPerOrderOf(numberCalculator, { adRatio: a, price });
  const deductionsAreDiscount = businessModelOf(data.costs, platform).deductions === "wholesaleDiscount" ? 1 : 0;
  const base = vatBaseOf(numberCalculator, { sales: price, returns, promotions: lines.promotions, deductions, deductionsAreDiscount, ads, platformFees: platformFee, goods });
  const vat = vatExact(numberCalculator, base, vatRates);
  const contribution = contributionOf(numberCalculator, { sales: price, returns, deductions, goods, shipping, ads, platformFees: platformFee, ...lines, vat });
  return { price, returns, returnRate, deductions, goods, unitCost, shipping, adRatio: a, ads, platformFee, ...lines, rates, vat, vatRates, deductionsAreDiscount, contribution };
}
