import { numberCalculator as N } from "../calc/numberCalculator";
import { cashLine, settlementBase, type CashLine } from "./cashLine";

/** One month of one platform as the cash line reads it (a MonthLine has these fields). */
export interface CashMonth {
  month: number;
  open: boolean;
  profit: number;
  goods: number;
  sales: number;
  returns: number;
  promotions: number;
  deductions: number;
}

export interface PlatformCashTerms {
  deposit: number;
  inventoryCoverMonths: number;
  settlementDays: number;
  /** An existing store: its deposit is paid, its stock and receivables already built (no build-up in its first month). */
  existing: boolean;
}

/**
 * A platform's cash line month by month, in the order given: the deposit in its first open month (a new store only),
 * stock and receivables built from 0 before a new store opens, or from their first month's level for an existing one.
 */
export function platformCash(months: readonly CashMonth[], terms: PlatformCashTerms): Array<CashLine<number>> {
  let previousGoods: number | null = null;
  let previousPayout: number | null = null;
  let cumulative = 0;
  let depositPaid = false;
  return months.map((m) => {
    const payout = m.open ? settlementBase(N, m) : 0;
    const goods = m.open ? m.goods : 0;
    const opening = m.open && !depositPaid;
    if (opening) depositPaid = true;
    const line = cashLine(N, {
      profit: m.profit,
      depositPaid: opening && !terms.existing ? terms.deposit : 0,
      depositReturned: 0,
      goods,
      previousGoods: previousGoods ?? (terms.existing ? goods : 0),
      payout,
      previousPayout: previousPayout ?? (terms.existing ? payout : 0),
      inventoryCoverMonths: terms.inventoryCoverMonths,
      settlementDays: terms.settlementDays,
      previousCumulativeCash: cumulative,
    });
    previousGoods = goods;
    previousPayout = payout;
    cumulative = line.cumulativeCash;
    return line;
  });
}
