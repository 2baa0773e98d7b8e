import { roundToFen } from "../money/roundHalfEven";

/** One month of one platform's P&L (or of all platforms, platform null), in yuan rounded to the fen. */
export interface MonthLine {
  month: number;
  platform: string | null;
  open: boolean;
  orders: number;
  /** Visitors the orders need at the company's conversion rate: ⌈orders ÷ conversion⌉ (platform lines; totals add them). */
  visitors: number;
  /** The paid share of those visitors: ⌈visitors × paid share⌉. */
  paidVisitors: number;
  sales: number;
  returns: number;
  deductions: number;
  goods: number;
  shipping: number;
  ads: number;
  /** The platform's per-order fees. */
  platformFees: number;
  /** sales − returns − deductions − goods − shipping − ads − platform fees */
  contribution: number;
  /** Own people plus a share of shared people. */
  labour: number;
  rent: number;
  otherFixed: number;
  /** The platform's annual fee spread over the months it is open. */
  annualFee: number;
  /** contribution − labour − rent − other fixed − annual fee */
  profit: number;
  cumulativeProfit: number;
  /** profit ÷ orders: net profit per order at this month's volume; null without orders. */
  netProfitPerOrder: number | null;
}

export const MONEY_LINES = [
  "sales",
  "returns",
  "deductions",
  "goods",
  "shipping",
  "ads",
  "platformFees",
  "contribution",
  "labour",
  "rent",
  "otherFixed",
  "annualFee",
  "profit",
  "cumulativeProfit",
] as const;

export function emptyLine(month: number, platform: string | null): MonthLine {
  return {
    month,
    platform,
    open: false,
    orders: 0,
    visitors: 0,
    paidVisitors: 0,
    sales: 0,
    returns: 0,
    deductions: 0,
    goods: 0,
    shipping: 0,
    ads: 0,
    platformFees: 0,
    contribution: 0,
    labour: 0,
    rent: 0,
    otherFixed: 0,
    annualFee: 0,
    profit: 0,
    cumulativeProfit: 0,
    netProfitPerOrder: null,
  };
}

/** Adds money in whole fen so that sums of rounded lines stay exact. */
export const addFen = (...values: number[]): number => values.reduce((sum, v) => sum + Math.round(v * 100), 0) / 100;

/** Sets contribution, profit and net profit per order from the lines above them. */
export function closeLine(line: MonthLine, previousCumulative: number): MonthLine {
  line.contribution = addFen(line.sales, -line.returns, -line.deductions, -line.goods, -line.shipping, -line.ads, -line.platformFees);
  line.profit = addFen(line.contribution, -line.labour, -line.rent, -line.otherFixed, -line.annualFee);
  line.cumulativeProfit = addFen(previousCumulative, line.profit);
  line.netProfitPerOrder = line.orders > 0 ? roundToFen(line.profit / line.orders) : null;
  return line;
}
