import type { Calculator, Placed } from "../calc/calculator";
import { cashLine } from "../costs/cashLine";
import { costLines, platformFeeParts, type CostLineRates } from "../costs/costLines";
import { settlementBase } from "../costs/cashLine";
import { vatBaseOf, vatPayable, vatTaxableSales, type VatRates } from "../costs/vatPayable";

/**
 * A platform's month from its orders, written once for the engine and the workbook: sales and the per-order lines
 * (refunds, deductions less the commission waived on paid sales, goods, shipping), the cost stack on the month's volumes (affiliates on their share of sales,
 * the fee on ad-driven sales on the paid share), its VAT before credits and taxable sales (vatPayable, vatTaxableSales:
 * the company's month turns them into the VAT line, see companyVat), and the cash line against the previous month. In fen. The workbook
 * passes the cells its lines already sit in (`placed`), so each line's formula refers to the others.
 */
export interface PlatformMonthInputs<T> {
  orders: T;
  /** The average order's price and its per-order lines (see averageOrder): unrounded yuan. */
  price: T;
  returnsPerOrder: T;
  deductionsPerOrder: T;
  goodsPerOrder: T;
  shippingPerOrder: T;
  returnRate: T;
  /** The month's paid share of sales, and the share affiliates bring. */
  paidShareNow: T;
  affiliateShare: T;
  rates: CostLineRates<T>;
  /** The month's ad spend (platform services VAT is credited on) and the company's VAT rates. */
  ads: T;
  vatRates: VatRates<T>;
  /** 1 where the platform keeps a wholesale discount (a price cut, off the output VAT base), 0 where it bills services. */
  deductionsAreDiscount: T;
  /** 1 in a new store's opening month, else 0. */
  opening: T;
  deposit: T;
  inventoryCoverMonths: T;
  settlementDays: T;
  /** The previous month's goods and payout (0 before a new store opens; this month's own for an existing store's first). */
  previous: { goods: T; payout: T; cumulativeCash: T };
}

export function platformMonthLines<T>(c: Calculator<T>, x: PlatformMonthInputs<T>, placed: Placed<T> = {}) {
  const per = (amount: T) => c.fen(c.multiply(x.orders, amount));
  const sold = { sales: per(x.price), returns: per(x.returnsPerOrder) };
  const { sales, returns } = { ...sold, ...placed };
  const goodsHere = per(x.goodsPerOrder);
  const volumes = {
    sales: sales!,
    returns: returns!,
    orders: x.orders,
    returnedOrders: c.multiply(x.orders, x.returnRate),
    paidSales: c.multiply(sales!, x.paidShareNow),
    affiliateSales: c.multiply(sales!, x.affiliateShare),
    opening: x.opening,
    // The month's goods line: the stock-loss line is charged on it.
    goods: placed.goods ?? goodsHere,
  };
  // The fee on paid sales shows as a platform fee, the commission it replaces comes off the deductions it was
  // charged in (platformFeeParts): every line at or above 0, the same total.
  const fee = platformFeeParts(c, volumes, x.rates);
  const own = { ...sold, deductions: c.fen(c.subtract(c.multiply(x.orders, x.deductionsPerOrder), fee.waived)), goods: goodsHere, shipping: per(x.shippingPerOrder) };
  const deductions = placed.deductions ?? own.deductions;
  const costs = { ...costLines(c, volumes, x.rates), platformFees: c.fen(fee.fees) };
  const promotions = placed.promotions ?? costs.promotions;
  const base = vatBaseOf(c, {
    sales: sales!,
    returns: returns!,
    promotions,
    deductions: deductions!,
    deductionsAreDiscount: x.deductionsAreDiscount,
    ads: placed.ads ?? x.ads,
    platformFees: placed.platformFees ?? costs.platformFees,
    goods: placed.goods ?? own.goods,
  });
  const vatBeforeCredit = vatPayable(c, base, x.vatRates);
  return {
    ...own,
    ...costs,
    vatBeforeCredit,
    vatTaxableSales: vatTaxableSales(c, base, x.vatRates),
    payout: settlementBase(c, { sales: sales!, returns: returns!, promotions, deductions: deductions! }),
  };
}

/** The month's cash line from its profit (see cashLine): the deposit leaves in the opening month. */
export function platformMonthCash<T>(
  c: Calculator<T>,
  x: Pick<PlatformMonthInputs<T>, "opening" | "deposit" | "inventoryCoverMonths" | "settlementDays" | "previous">,
  month: { profit: T; goods: T; payout: T },
  placed: Placed<T> = {},
) {
  const depositPaid = c.fen(c.multiply(x.opening, x.deposit));
  const cash = cashLine(
    c,
    {
      profit: month.profit,
      depositPaid: placed.deposit ?? depositPaid,
      depositReturned: c.constant(0),
      goods: month.goods,
      previousGoods: x.previous.goods,
      payout: month.payout,
      previousPayout: x.previous.payout,
      inventoryCoverMonths: x.inventoryCoverMonths,
      settlementDays: x.settlementDays,
      previousCumulativeCash: x.previous.cumulativeCash,
    },
    placed,
  );
  return { deposit: depositPaid, ...cash };
}
