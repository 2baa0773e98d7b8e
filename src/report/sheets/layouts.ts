import { TAX_LINES } from "../../engine/plan/yearTotals";
import type { ChannelPlan, MonthLine } from "../../engine";
import type { SheetBuilder } from "./sheetBuilder";
import { MONEY_LINES } from "../../engine/plan/monthLine";

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

const indexOf = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k, i) => [k, i])) as { [P in K]: number };

/** Columns of the Monthly P&L's platform table (one row per entered platform × open month) and of its total table. */
export const PNL_COLUMNS = [
  "month",
  "platform",
  "share",
  "budgetWeight",
  "roiNow",
  "paidShareNow",
  "orders",
  "visitors",
  "paidVisitors",
  ...MONEY_LINES,
  "netProfitPerOrder",
  // Hidden helpers: the platform's own VAT figures the company's month nets (companyVat).
  "vatTaxableSales",
  "vatBeforeCredit",
  "vatOwed",
  // Hidden helper: what a store the brand already runs sells this month today (its demand's floor), read once.
  "currentSales",
  // Hidden helper: the growth the month's target asks over what the running stores sell today (targetGrowth), read once.
  "targetGrowth",
  // Hidden helper: a running store's first claim on the month's budget, what keeps today's sales (keepTodaySpend), read once.
  "budgetFloor",
  // Hidden helper (a brand with running stores): the store's share of the month's budget after the floors (budgetShareFen), read once.
  "budgetShare",
  // Hidden helper: a running store's mature paid share, which keeps today's sales and sets its growth's (runningGrowth), read once.
  "maturePaidShare",
] as const;
export const PNL = indexOf(PNL_COLUMNS);
/** The total table ends with the company's VAT month: taxable sales, VAT before credits and the credit carried forward. */
export const TOTAL_COLUMNS = [
  "month",
  "orders",
  "visitors",
  "paidVisitors",
  ...MONEY_LINES,
  "netProfitPerOrder",
  "vatTaxableSales",
  "vatBeforeCredit",
  "vatCreditCarried",
  // Hidden helpers read by the platforms' fen-exact shares: the month's rent and other fixed costs, and the VAT owed.
  "rentToShare",
  "otherFixedToShare",
  "vatOwed",
] as const;
export const TOTAL = indexOf(TOTAL_COLUMNS);
/** Columns of the P&L's table by year, under the same columns as the monthly totals. */
export const YEAR_COLUMNS = ["year", "orders", "visitors", "paidVisitors", ...MONEY_LINES, ...TAX_LINES] as const;
export const YEAR = indexOf(YEAR_COLUMNS);

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
  /** The platform table's lines in sheet order: each platform's months together, platforms in entry order. */
  lines: readonly MonthLine[];
  /** Data row of a platform's month; undefined before it opens. */
  row(platform: string, month: number): number | undefined;
  /** Rows after which a printed page ends: each platform's last month but the last platform's. */
  platformEnds: readonly number[];
  totalRow(month: number): number;
  /** The header of the years table (a heading after the total table) and the row of a plan year (1, 2, …). */
  yearsHeader: number;
  yearRow(year: number): number;
  range(col: number): string;
  totalRange(col: number, fromMonth?: number, toMonth?: number): string;
}

/** The P&L sheet: title, heading, the platform table (one platform's months after another), then a heading and the total table. */
export function pnlLayout(b: SheetBuilder, plan: ChannelPlan): PnlLayout {
  const header = b.nextRow;
  const order = (platform: string | null) => plan.entered.indexOf(platform!);
  const lines = [...plan.months].sort((x, y) => order(x.platform) - order(y.platform) || x.month - y.month);
  const rows = new Map<string, number>();
  lines.forEach((l, i) => rows.set(`${l.platform}|${l.month}`, header + 1 + i));
  const last = header + lines.length;
  const platformEnds = lines.flatMap((l, i) => (i + 1 < lines.length && lines[i + 1]!.platform !== l.platform ? [header + 1 + i] : []));
  const totalHeader = last + 3;
  return {
    header,
    last,
    totalHeader,
    lines,
    row: (platform, month) => rows.get(`${platform}|${month}`),
    platformEnds,
    totalRow: (month) => totalHeader + month,
    yearsHeader: totalHeader + plan.totals.length + 3,
    yearRow: (year) => totalHeader + plan.totals.length + 3 + year,
    range: (col) => b.range(col, header + 1, Math.max(last, header + 1)),
    totalRange: (col, from = 1, to = plan.totals.length) => b.range(col, totalHeader + from, totalHeader + to),
  };
}
