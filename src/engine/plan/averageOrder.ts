import type { RateCard } from "../../data/schema/rateCard";
import { deductionTotal } from "../rates/deductions";
import { typicalReturnRate } from "../rates/typicalReturnRate";
import type { PlanProduct } from "./planInput";

/** One order of the product mix on a platform, in yuan, unrounded: what the monthly P&L multiplies by orders. */
export interface AverageOrder {
  price: number;
  /** Refunds: the price of returned orders (q × P). */
  returns: number;
  /** Commission, payment fee and points on kept orders ((1 − q) × P × d). */
  deductions: number;
  /** Goods cost of kept orders ((1 − q) × C); returned goods go back to stock. */
  goods: number;
  shipping: number;
  /** a × P: the plan's one ad figure. */
  ads: number;
  /** The platform's fixed fee per order. */
  platformFee: number;
  /** Before fixed costs: price − returns − deductions − goods − shipping − ads − platform fee. */
  contribution: number;
}

/** Orders-weighted shares of the products: the expected orders, or equal shares when none are given. */
export function mixWeights(products: readonly PlanProduct[]): number[] {
  const total = products.reduce((sum, p) => sum + p.monthlyOrders, 0);
  return products.map((p) => (total > 0 ? p.monthlyOrders / total : 1 / products.length));
}

/** The average order of the product mix on one platform at ad ratio `a`. */
export function averageOrder(card: RateCard, platform: string, products: readonly PlanProduct[], a: number): AverageOrder {
  const weights = mixWeights(products);
  const fee = card.platforms[platform]!.perOrderFee.value;
  const order = { price: 0, returns: 0, deductions: 0, goods: 0, shipping: 0, ads: 0, platformFee: fee, contribution: 0 };
  products.forEach((p, i) => {
    const w = weights[i]!;
    const price = p.product.price;
    const q = typicalReturnRate(card, platform, p.product.category);
    order.price += w * price;
    order.returns += w * q * price;
    order.deductions += w * (1 - q) * price * deductionTotal(card, platform, p.product.category);
    order.goods += w * (1 - q) * p.unitCost;
    order.shipping += w * p.shipping;
  });
  order.ads = a * order.price;
  order.contribution = order.price - order.returns - order.deductions - order.goods - order.shipping - order.ads - order.platformFee;
  return order;
}
