/* eslint-disable @typescript-eslint/no-explicit-any -- mixed text/number tables must be declared any[][] for the custom-functions metadata parser. */
/* Every function here is Excel-facing metadata plus one call. The JSDoc is parsed by
   custom-functions-metadata-plugin into functions.json; zh-CN text lives in translations/zh-cn.json. */
import { breakEvenOrders, netMargin as netMarginOf, netProfit as netProfitOf } from "./impl/economicsFunctions";
import { cell } from "./excelErrors";
import { explain as explainOf, fit as fitOf, rank as rankOf } from "./impl/fitFunctions";
import { adSpend, allocate as allocateOf, monthly as monthlyOf, traffic as trafficOf } from "./impl/planFunctions";
import { commissionRate, totalFees } from "./impl/rateFunctions";
import { categoryList, platformList, rateCardTable, rateCardVersion } from "./impl/referenceFunctions";
import { headcount as headcountOf, teamPlanTable } from "./impl/teamFunctions";

/**
 * Commission (technical service fee) a platform keeps from a category's sales, as a fraction.
 * @customfunction
 * @param platform Platform: Tmall/天猫, Taobao/淘宝, JD/京东, PDD/拼多多, Douyin/抖音, Kuaishou/快手, Xiaohongshu/小红书, WeChat/视频号, Vipshop/唯品会, Suning/苏宁, Dewu/得物.
 * @param category Category: apparel/服装, shoes & bags/鞋包, 3C/3C数码, appliances/家电, food/食品, beauty/美妆, mother & baby/母婴, home/家居, sports/运动户外, health/保健.
 * @returns Commission rate, e.g. 0.05 for 5%.
 */
export function commission(platform: string, category: string): number {
  return cell(() => commissionRate(platform, category));
}

/**
 * All percentage deductions per order (commission + payment fee + mandatory others such as Tmall points), as a fraction.
 * @customfunction
 * @param platform Platform name or code, e.g. "天猫" or "TMALL".
 * @param category Category name or code, e.g. "服装" or "APPAREL".
 * @returns Total deduction rate d, e.g. 0.061.
 */
export function fees(platform: string, category: string): number {
  return cell(() => totalFees(platform, category));
}

/**
 * Profit per order after commission, fees, shipping, ads, returns and fixed cost: (1−q)(P(1−d)−C) − S − aP − F.
 * @customfunction
 * @param platform Platform name or code, e.g. "拼多多".
 * @param category Category name or code, e.g. "食品".
 * @param price Selling price P in yuan (above 0).
 * @param unitCost Goods cost C per unit in yuan.
 * @param [shipping] Shipping S per order in yuan (default 0).
 * @param [adRatio] Ad spend ÷ sales a, a fraction: 0.2 means ROI 5 (default 0).
 * @param [returnRate] Return rate q, a fraction: 0.3 means 30% (default 0).
 * @param [fixedPerOrder] Team, rent and other fixed cost allocated per order F, in yuan (default 0).
 * @returns Profit per order in yuan.
 */
export function netprofit(platform: string, category: string, price: number, unitCost: number, shipping?: number, adRatio?: number, returnRate?: number, fixedPerOrder?: number): number {
  return cell(() => netProfitOf(platform, category, price, unitCost, shipping, adRatio, returnRate, fixedPerOrder));
}

/**
 * Net margin per order: NETPROFIT ÷ price.
 * @customfunction
 * @param platform Platform name or code, e.g. "抖音".
 * @param category Category name or code, e.g. "美妆".
 * @param price Selling price P in yuan (above 0).
 * @param unitCost Goods cost C per unit in yuan.
 * @param [shipping] Shipping S per order in yuan (default 0).
 * @param [adRatio] Ad spend ÷ sales a, a fraction: 0.2 means ROI 5 (default 0).
 * @param [returnRate] Return rate q, a fraction: 0.3 means 30% (default 0).
 * @param [fixedPerOrder] Fixed cost allocated per order F, in yuan (default 0).
 * @returns Net margin as a fraction of price.
 */
export function netmargin(platform: string, category: string, price: number, unitCost: number, shipping?: number, adRatio?: number, returnRate?: number, fixedPerOrder?: number): number {
  return cell(() => netMarginOf(platform, category, price, unitCost, shipping, adRatio, returnRate, fixedPerOrder));
}

/**
 * Orders per month needed to cover monthly fixed costs; #N/A when each order loses money.
 * @customfunction
 * @param platform Platform name or code, e.g. "京东".
 * @param category Category name or code, e.g. "家电".
 * @param price Selling price in yuan (above 0).
 * @param unitCost Goods cost per unit in yuan.
 * @param monthlyFixedCost Team, rent and platform fees per month in yuan.
 * @param [shipping] Shipping per order in yuan (default 0).
 * @param [adRatio] Ad spend ÷ sales, a fraction (default 0).
 * @param [returnRate] Return rate, a fraction (default 0).
 * @returns Whole orders per month.
 */
export function breakeven(platform: string, category: string, price: number, unitCost: number, monthlyFixedCost: number, shipping?: number, adRatio?: number, returnRate?: number): number {
  return cell(() => breakEvenOrders(platform, category, price, unitCost, monthlyFixedCost, shipping, adRatio, returnRate));
}

/**
 * How well a product fits a platform, 0–100 (category, price, audience, brand, content, margin).
 * @customfunction
 * @param platform Platform name or code, e.g. "小红书".
 * @param category Category name or code, e.g. "美妆".
 * @param price Selling price in yuan.
 * @param [ageBand] Target buyers' age: 18-24, 25-30, 31-40, 41+, or an age such as 28.
 * @param [gender] Target buyers: female/女, male/男, all/不限.
 * @param [cityTier] City tier: 1/一线, 2/二线, 3/三线及以下.
 * @param [brandStatus] Trademark: none/无, applied/™, registered/®.
 * @param [contentCapacity] Content you can produce: none, low, medium, high (无/弱/中/强).
 * @returns Fit score 0–100.
 */
export function fit(platform: string, category: string, price: number, ageBand?: string | number, gender?: string, cityTier?: string | number, brandStatus?: string | boolean, contentCapacity?: string | number): number {
  return cell(() => fitOf(platform, { category, price, ageBand, gender, cityTier, brandStatus, contentCapacity }));
}

/**
 * Ranks all platforms for a product: platform, fit score, margin headroom and the top reason (spills with a header row).
 * @customfunction
 * @param category Category name or code, e.g. "服装".
 * @param price Selling price in yuan.
 * @param [ageBand] Target buyers' age: 18-24, 25-30, 31-40, 41+, or an age.
 * @param [gender] Target buyers: female, male, all.
 * @param [cityTier] City tier: 1, 2, 3 (3 = tier 3 and below).
 * @param [brandStatus] Trademark: none, applied, registered.
 * @param [contentCapacity] Content capacity: none, low, medium, high.
 * @returns A table, best fit first.
 */
export function rank(category: string, price: number, ageBand?: string | number, gender?: string, cityTier?: string | number, brandStatus?: string | boolean, contentCapacity?: string | number): any[][] {
  return cell(() => rankOf({ category, price, ageBand, gender, cityTier, brandStatus, contentCapacity }));
}

/**
 * One sentence explaining a platform's fit score.
 * @customfunction
 * @param platform Platform name or code.
 * @param category Category name or code.
 * @param price Selling price in yuan.
 * @param [ageBand] Target buyers' age band or age.
 * @param [gender] female, male or all.
 * @param [cityTier] 1, 2 or 3.
 * @param [brandStatus] none, applied or registered.
 * @param [contentCapacity] none, low, medium or high.
 * @returns The score and its strongest reasons.
 */
export function explain(platform: string, category: string, price: number, ageBand?: string | number, gender?: string, cityTier?: string | number, brandStatus?: string | boolean, contentCapacity?: string | number): string {
  return cell(() => explainOf(platform, { category, price, ageBand, gender, cityTier, brandStatus, contentCapacity }));
}

/**
 * People one platform needs: lean (2–3) or standard (4–5) for a new store, plus customer service as orders grow.
 * @customfunction
 * @param platform Platform name or code.
 * @param monthlyOrders Orders per month.
 * @param [configuration] lean/低配 (default) or standard/标准.
 * @param [sharedDesign] TRUE if design is shared across platforms (then it is not counted here).
 * @returns Number of people.
 */
export function headcount(platform: string, monthlyOrders: number, configuration?: string, sharedDesign?: boolean): number {
  return cell(() => headcountOf(platform, monthlyOrders, configuration, sharedDesign));
}

/**
 * Team across several platforms: role × platform with shared design, totals and monthly labour cost (spills).
 * @customfunction
 * @param platforms Range of platform names.
 * @param monthlyOrders Range of monthly orders, one per platform.
 * @param [configuration] lean (default) or standard.
 * @param [cityTier] City tier for salaries: 1, 2 (default) or 3.
 * @returns A table of people by role and platform.
 */
export function teamplan(platforms: string[][], monthlyOrders: number[][], configuration?: string, cityTier?: string | number): any[][] {
  return cell(() => teamPlanTable(platforms, monthlyOrders, configuration, cityTier));
}

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
 * 80/20 budget split: the best-fit platform gets 80%, the rest share 20% by fit score (spills).
 * @customfunction
 * @param budget Budget in yuan.
 * @param platforms Range of platform names.
 * @param scores Range of fit scores 0–100, one per platform.
 * @returns A table of platform, score, role and amount.
 */
export function allocate(budget: number, platforms: string[][], scores: number[][]): any[][] {
  return cell(() => allocateOf(budget, platforms, scores));
}

/**
 * The rate card with every figure's source and as-of date, or its estimate reasoning (spills).
 * @customfunction
 * @param [platform] One platform; all platforms when omitted.
 * @returns A table of rates.
 */
export function ratecard(platform?: string): any[][] {
  return cell(() => rateCardTable(platform));
}

/**
 * Platforms ChannelFit knows, with their codes and English and Chinese names (spills).
 * @customfunction
 * @returns A table of platforms.
 */
export function platforms(): string[][] {
  return cell(() => platformList());
}

/**
 * Categories ChannelFit knows, with their codes and English and Chinese names (spills).
 * @customfunction
 * @returns A table of categories.
 */
export function categories(): string[][] {
  return cell(() => categoryList());
}

/**
 * Version and as-of date of the rate card and platform profiles in use.
 * @customfunction
 * @returns Version text.
 */
export function version(): string {
  return cell(() => rateCardVersion());
}
