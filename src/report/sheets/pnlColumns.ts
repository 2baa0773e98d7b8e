import { MONEY_LINES } from "../../engine/plan/monthLine";
import type { Col } from "./sheetBuilder";
import { TAX_LINES } from "../../engine/plan/yearTotals";

/** The lines of the all-platform tables, by month and by year: the counts, then every money line. */
export const LINE_COLUMNS: Col[] = [
  ["pnl_orders", "integer", 10],
  ["visitors", "integer", 11],
  ["paidVisitors", "integer", 11],
  ...MONEY_LINES.map((k): Col => [`pnl_${k}`, "money", 14]),
];

/** A year's income tax lines, after its P&L lines (yearTaxLines). */
export const TAX_COLUMNS: Col[] = TAX_LINES.map((k): Col => [`pnl_${k}`, "money", 14]);

/**
 * A platform's month in the P&L: which platform, its shares and this month's rates, the lines, net profit per order,
 * and hidden helper cells the formulas read (its own VAT figures, a running store's sales this month, the growth the month's target asks, the budget that keeps a running store's sales, its mature paid share).
 */
export const PLATFORM_MONTH_COLUMNS: Col[] = [
  ["month", "integer", 8],
  ["platform", "text", 14],
  ["targetShare", "percent", 11],
  ["budgetShareThisMonth", "percent", 10],
  ["roiThisMonth", "rate", 10],
  ["paidShareThisMonth", "percent", 11],
  ...LINE_COLUMNS,
  ["pnl_netProfitPerOrder", "money", 12],
  ["pnl_vatTaxableSales", "money", 14, { hidden: true }],
  ["pnl_vatBeforeCredit", "money", 14, { hidden: true }],
  ["pnl_vatOwed", "money", 14, { hidden: true }],
  ["pnl_currentSales", "money", 14, { hidden: true }],
  ["pnl_targetGrowth", "money", 14, { hidden: true }],
  ["pnl_budgetFloor", "money", 14, { hidden: true }],
  ["pnl_budgetShare", "money", 14, { hidden: true }],
  ["pnl_maturePaidShare", "percent", 11, { hidden: true }],
];
