import type { ChannelPlan } from "../../engine";
import type { SheetBuilder } from "./sheetBuilder";

/** Columns of the Platform comparison table (one row per product × platform). */
export const CMP = {
  sku: 0,
  product: 1,
  platform: 2,
  fit: 3,
  price: 4,
  unitCost: 5,
  shipping: 6,
  orders: 7,
  d: 8,
  q: 9,
  a: 10,
  contribution: 11,
  contributionMargin: 12,
  netProfit: 13,
  netMargin: 14,
  breakEven: 15,
  reason: 16,
  exact: 17,
} as const;

/** Columns of the Monthly P&L's platform table (one row per entered platform × open month) and of its total table. */
export const PNL = {
  month: 0,
  platform: 1,
  share: 2,
  budgetWeight: 3,
  roiNow: 4,
  paidShareNow: 5,
  orders: 6,
  visitors: 7,
  paidVisitors: 8,
  sales: 9,
  returns: 10,
  deductions: 11,
  goods: 12,
  shipping: 13,
  ads: 14,
  platformFees: 15,
  contribution: 16,
  labour: 17,
  rent: 18,
  otherFixed: 19,
  annualFee: 20,
  profit: 21,
  cumulativeProfit: 22,
  netProfitPerOrder: 23,
} as const;
export const TOTAL = {
  month: 0,
  orders: 1,
  visitors: 2,
  paidVisitors: 3,
  sales: 4,
  returns: 5,
  deductions: 6,
  goods: 7,
  shipping: 8,
  ads: 9,
  platformFees: 10,
  contribution: 11,
  labour: 12,
  rent: 13,
  otherFixed: 14,
  annualFee: 15,
  profit: 16,
  cumulativeProfit: 17,
  netProfitPerOrder: 18,
} as const;

/** Where the comparison rows land, known before the sheet is filled (the plan sheet's averages read them). */
export interface ComparisonLayout {
  header: number;
  last: number;
  /** Data row of a product (scenario order) on a platform. */
  row(product: number, platform: string): number;
  range(col: number): string;
}

export function comparisonLayout(b: SheetBuilder, plan: ChannelPlan): ComparisonLayout {
  const header = b.nextRow;
  const rows = new Map<string, number>();
  let r = header;
  plan.products.forEach((p, i) => p.platforms.forEach((x) => rows.set(`${i}|${x.platform}`, ++r)));
  return { header, last: r, row: (product, platform) => rows.get(`${product}|${platform}`)!, range: (col) => b.range(col, header + 1, r) };
}

export interface PnlLayout {
  header: number;
  last: number;
  totalHeader: number;
  /** Data row of a platform's month; undefined before it opens. */
  row(platform: string, month: number): number | undefined;
  totalRow(month: number): number;
  range(col: number): string;
  totalRange(col: number, fromMonth?: number, toMonth?: number): string;
}

/** The P&L sheet: title, heading, the platform table, then a heading and the total table. */
export function pnlLayout(b: SheetBuilder, plan: ChannelPlan): PnlLayout {
  const header = b.nextRow;
  const rows = new Map<string, number>();
  plan.months.forEach((l, i) => rows.set(`${l.platform}|${l.month}`, header + 1 + i));
  const last = header + plan.months.length;
  const totalHeader = last + 3;
  return {
    header,
    last,
    totalHeader,
    row: (platform, month) => rows.get(`${platform}|${month}`),
    totalRow: (month) => totalHeader + month,
    range: (col) => b.range(col, header + 1, Math.max(last, header + 1)),
    totalRange: (col, from = 1, to = plan.totals.length) => b.range(col, totalHeader + from, totalHeader + to),
  };
}
