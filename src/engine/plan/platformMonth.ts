import type { Calculator } from "../calc/calculator";
import { cashLine } from "../costs/cashLine";
import { costLines, type CostLineRates } from "../costs/costLines";
import { settlementBase } from "../costs/cashLine";

/**
 * A platform's month from its orders, written once for the engine and the workbook: sales and the per-order lines
 * (refunds, deductions, goods, shipping), the cost stack on the month's volumes (affiliates on their share of sales,
 * the fee on ad-driven sales on the paid share), and the cash line against the previous month. In fen.
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
  /** 1 in a new store's opening month, else 0. */
  opening: T;
  deposit: T;
  inventoryCoverMonths: T;
  settlementDays: T;
  /** The previous month's goods and payout (0 before a new store opens; this month's own for an existing store's first). */
  previous: { goods: T; payout: T; cumulativeCash: T };
}

export function platformMonthLines<T>(c: Calculator<T>, x: PlatformMonthInputs<T>) {
  const per = (amount: T) => c.fen(c.multiply(x.orders, amount));
  const sales = per(x.price);
  const returns = per(x.returnsPerOrder);
  const deductions = per(x.deductionsPerOrder);
  const goods = per(x.goodsPerOrder);
  const shipping = per(x.shippingPerOrder);
  const costs = costLines(
    c,
    {
      sales,
      returns,
      orders: x.orders,
      returnedOrders: c.multiply(x.orders, x.returnRate),
      paidSales: c.multiply(sales, x.paidShareNow),
      affiliateSales: c.multiply(sales, x.affiliateShare),
      opening: x.opening,
    },
    x.rates,
  );
  return { sales, returns, deductions, goods, shipping, ...costs, payout: settlementBase(c, { sales, returns, promotions: costs.promotions, deductions }) };
}

/** The month's cash line from its profit (see cashLine): the deposit leaves in the opening month. */
export function platformMonthCash<T>(c: Calculator<T>, x: Pick<PlatformMonthInputs<T>, "opening" | "deposit" | "inventoryCoverMonths" | "settlementDays" | "previous">, month: { profit: T; goods: T; payout: T }) {
  const depositPaid = c.fen(c.multiply(x.opening, x.deposit));
  const cash = cashLine(c, {
    profit: month.profit,
    depositPaid,
    depositReturned: c.constant(0),
    goods: month.goods,
    previousGoods: x.previous.goods,
    payout: month.payout,
    previousPayout: x.previous.payout,
    inventoryCoverMonths: x.inventoryCoverMonths,
    settlementDays: x.settlementDays,
    previousCumulativeCash: x.previous.cumulativeCash,
  });
  return { deposit: depositPaid, ...cash };
}
