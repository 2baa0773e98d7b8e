/* eslint-disable @typescript-eslint/no-explicit-any -- mixed text/number tables must be declared any[][] for the custom-functions metadata parser. */
/* Excel-facing metadata plus one call per function: custom-functions-metadata-plugin reads the JSDoc into functions.json. */
import { cell } from "../excelErrors";
import { adSpend, allocate as allocateOf, monthly as monthlyOf, traffic as trafficOf } from "../impl/planFunctions";

/**
 * Visitors needed for a sales target: sales ÷ (conversion rate × average order value).
 * @customfunction
 * @param salesTarget Sales target in yuan.
 * @param conversionRate Conversion rate, a fraction: 0.02 means 2%.
 * @param avgOrderValue Average order value in yuan.
 * @returns Visitors, rounded up.
 */
export function traffic(salesTarget: number, conversionRate: number, avgOrderValue: number): number {
  return cell(() => trafficOf(salesTarget, conversionRate, avgOrderValue));
}

/**
 * Ad spend to buy the paid share of the traffic a sales target needs.
 * @customfunction
 * @param salesTarget Sales target in yuan.
 * @param conversionRate Conversion rate, a fraction.
 * @param avgOrderValue Average order value in yuan.
 * @param paidShare Share of visitors bought with ads, a fraction: 0.4 means 40%.
 * @param cpc Cost per click in yuan.
 * @returns Ad spend in yuan.
 */
export function adbudget(salesTarget: number, conversionRate: number, avgOrderValue: number, paidShare: number, cpc: number): number {
  return cell(() => adSpend(salesTarget, conversionRate, avgOrderValue, paidShare, cpc));
}

/**
 * Splits an annual target into 12 months (spills month and target); months add up to the target exactly.
 * @customfunction
 * @param annualTarget Annual sales target in yuan.
 * @param [seasonality] 12 weights (shares, indices or last year's sales); default peaks at 618 and Double 11.
 * @returns 12 rows of month and target.
 */
export function monthly(annualTarget: number, seasonality?: number[][]): number[][] {
  return cell(() => monthlyOf(annualTarget, seasonality));
}

/**
 * 80/20 budget split: the best-fit platform gets 80%, the rest share 20% by fit score (spills). Given current sales, the store that sells most today is the focus.
 * @customfunction
 * @param budget Budget in yuan.
 * @param platforms Range of platform names.
 * @param scores Range of fit scores 0–100, one per platform.
 * @param [currentSales] Range of each platform's sales a month today in yuan, one per platform; blank or 0 for a new store.
 * @returns A table of platform, score, role, amount and (with current sales) whether the store already sells.
 */
export function allocate(budget: number, platforms: string[][], scores: number[][], currentSales?: any[][]): any[][] {
  return cell(() => allocateOf(budget, platforms, scores, currentSales));
}
