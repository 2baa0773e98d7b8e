/* eslint-disable @typescript-eslint/no-explicit-any -- mixed text/number tables must be declared any[][] for the custom-functions metadata parser. */
/* Excel-facing metadata plus one call per function: custom-functions-metadata-plugin reads the JSDoc into functions.json. */
import { cell } from "../excelErrors";
import { headcount as headcountOf, teamPlanTable } from "../impl/teamFunctions";

/**
 * People one platform needs: lean (2–3) or standard (4–5) for a new store, growing with orders and sales.
 * @customfunction
 * @param platform Platform name or code.
 * @param monthlyOrders Orders per month.
 * @param [configuration] lean/低配 (default) or standard/标准.
 * @param [sharedDesign] TRUE if design is shared across platforms (then it is not counted here).
 * @param [avgOrderValue] Average order value (¥): sets customer service's price band and the sales that operations, promotion and a live room grow with. Left out: sized on orders alone.
 * @returns Number of people.
 */
export function headcount(platform: string, monthlyOrders: number, configuration?: string, sharedDesign?: boolean, avgOrderValue?: number): number {
  return cell(() => headcountOf(platform, monthlyOrders, configuration, sharedDesign, avgOrderValue));
}

/**
 * Team across several platforms: role × platform with shared design, totals and monthly labour cost (spills).
 * @customfunction
 * @param platforms Range of platform names.
 * @param monthlyOrders Range of monthly orders, one per platform.
 * @param [configuration] lean (default) or standard.
 * @param [cityTier] City tier for salaries: 1, 2 (default) or 3.
 * @param [avgOrderValues] Range of average order values (¥), one per platform: teams then grow with sales too.
 * @returns A table of people by role and platform.
 */
export function teamplan(platforms: string[][], monthlyOrders: number[][], configuration?: string, cityTier?: string | number, avgOrderValues?: number[][]): any[][] {
  return cell(() => teamPlanTable(platforms, monthlyOrders, configuration, cityTier, avgOrderValues));
}
