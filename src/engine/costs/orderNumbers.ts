import type { Calculator } from "../calc/calculator";
import type { InputsOf } from "../calc/numberSource";
import { keptGoodsPerOrder, orderCostLines } from "./orderCostLines";
import { orderContributionAfterVat, orderVat } from "./orderVat";

/** What one order's economics read: its terms (OrderTerms) with its paid and affiliate shares, the cost rates, the VAT rates. */
export const ORDER_NUMBERS_INPUTS = {
  x: ["price", "returnRate", "deductionRate", "unitCost", "shipping", "adRatio", "deductionsAreDiscount", "paidShare", "affiliateShare"],
  r: [
    "affiliateRate",
    "seedingShare",
    "promotionShare",
    "fulfilmentPerOrder",
    "returnShippingPerReturn",
    "shippingInsurancePerOrder",
    "installationPerOrder",
    "stockLossShare",
    "instalmentRate",
    "perOrderFee",
    "paidSalesFeeRate",
    "commissionWaivedRate",
    "launchCost",
  ],
  vat: ["outputRate", "goodsInputRate", "servicesInputRate"],
} as const;

/**
 * One expected order of one product: its cost lines (orderCostLines), its VAT (orderVat) and its contribution after
 * VAT (orderContributionAfterVat), unrounded. NETMARGIN and NETPROFIT run it once a cell on numbers, as the
 * generated orderNumbersOnNumbers (numberSource): this is its definition.
 */
export function orderNumbers<T>(c: Calculator<T>, { x, r, vat }: InputsOf<typeof ORDER_NUMBERS_INPUTS, T>) {
  // The goods cost of the order's kept part, which the stock-loss line is charged on.
  const lines = orderCostLines(c, { ...x, goods: keptGoodsPerOrder(c, x) }, r);
  const orderVatHere = orderVat(c, x, lines, vat);
  return { ...lines, vat: orderVatHere, contribution: orderContributionAfterVat(c, x, lines, vat, { vat: orderVatHere }) };
}
