import { COST_LINE_KEYS } from "../costs/costLines";

/** The lines taken from sales before contribution, in the order the P&L shows them. */
export const VARIABLE_LINES = ["returns", "deductions", "goods", "shipping", "ads", ...COST_LINE_KEYS.filter((k) => k !== "launchCosts"), "vat"] as const;
/** The lines taken from contribution before profit. */
export const FIXED_LINES = ["labour", "rent", "otherFixed", "overhead", "annualFee", "launchCosts"] as const;
/** The cash lines beside profit: the deposit, stock bought ahead of sales and money not yet settled. */
export const CASH_LINES = ["deposit", "inventoryChange", "receivablesChange", "cashFlow", "cumulativeCash"] as const;

/** Every money line of a month, in the P&L's column order. */
export const MONEY_LINES = ["sales", ...VARIABLE_LINES, "contribution", ...FIXED_LINES, "profit", "cumulativeProfit", ...CASH_LINES] as const;
export type MoneyLine = (typeof MONEY_LINES)[number];
/** Lines computed from the lines above them (never summed across platforms). */
export const DERIVED_LINES: ReadonlySet<MoneyLine> = new Set(["contribution", "profit", "cumulativeProfit", "cumulativeCash"]);

/**
 * One month of one platform's P&L (or of all platforms, platform null), in yuan rounded to the fen:
 * contribution = sales − the variable lines; profit = contribution − the fixed lines (launch costs included);
 * cash flow = profit − deposit − inventory change − receivables change.
 */
export type MonthLine = Record<MoneyLine, number> & {
  month: number;
  platform: string | null;
  open: boolean;
  orders: number;
  /** Visitors the orders need at the company's conversion rate: ⌈orders ÷ conversion⌉ (platform lines; totals add them). */
  visitors: number;
  /** The paid share of those visitors: ⌈visitors × paid share⌉. */
  paidVisitors: number;
  /** The month's paid share of sales (an output: the ramp from all paid towards the mature share); null without sales. */
  paidShare: number | null;
  /** The ad spend the month's target share wanted before the budget cap (above `ads` when the cap binds). */
  adsWanted: number;
  /** profit ÷ orders: net profit per order at this month's volume; null without orders. */
  netProfitPerOrder: number | null;
  /** Taxable sales excluding VAT (vatTaxableSales); the company's total on a total line. */
  vatTaxableSales: number;
  /**
   * VAT before credits: a platform's own output less input VAT (negative when input exceeds output); on a total line
   * the company's, its platforms' net after the small-scale exemption (companyVatBeforeCredit). `vat` is what is paid.
   */
  vatBeforeCredit: number;
  /** The company's VAT credit carried into the next month (期末留抵税额) on a total line; null on a platform's. */
  vatCreditCarried: number | null;
};

export function emptyLine(month: number, platform: string | null): MonthLine {
  const money = Object.fromEntries(MONEY_LINES.map((k) => [k, 0])) as Record<MoneyLine, number>;
  return {
    month,
    platform,
    open: false,
    orders: 0,
    visitors: 0,
    paidVisitors: 0,
    paidShare: null,
    adsWanted: 0,
    ...money,
    netProfitPerOrder: null,
    vatTaxableSales: 0,
    vatBeforeCredit: 0,
    vatCreditCarried: null,
  };
}

/** Adds money in whole fen so that sums of rounded lines stay exact. */
export const addFen = (...values: number[]): number => values.reduce((sum, v) => sum + Math.round(v * 100), 0) / 100;
