/* Excel-facing metadata plus one call per function: custom-functions-metadata-plugin reads the JSDoc into functions.json. */
import { cell } from "../excelErrors";
import { breakEvenOrders, contribution as contributionOf, netMargin as netMarginOf, netProfit as netProfitOf } from "../impl/economicsFunctions";

/**
 * Contribution per order, before fixed costs: (1−q)(P(1−d)−C) − S − aP − the platform's per-order fee − the cost stack − VAT.
 * @customfunction
 * @param platform Platform name or code, e.g. "天猫".
 * @param category Category name or code, e.g. "服装".
 * @param price Selling price P in yuan (at least 0.01).
 * @param unitCost Goods cost C per unit in yuan.
 * @param [shipping] Shipping S per order in yuan (default 0).
 * @param [adRatio] Ad spend ÷ sales a, a fraction: paid share ÷ ROI, see CHANNEL.ADRATIO (default 0).
 * @param [returnRate] Return rate q, a fraction: 0.3 means 30% (default 0).
 * @param [vatRegime] VAT regime: general/一般纳税人 (default) or smallScale/小规模纳税人.
 * @param [paidShare] Share of sales the platform's ads drove, a fraction 0–1, which the platform's fee on ad-driven sales is charged on (Douyin's fee on 千川 sales, in place of the commission); default: the platform's own paid share, as the workbook's Comparison costs the order.
 * @returns Contribution per order in yuan.
 */
export function contribution(
  platform: string,
  category: string,
  price: number,
  unitCost: number,
  shipping?: number,
  adRatio?: number,
  returnRate?: number,
  vatRegime?: string,
  paidShare?: number,
): number {
  return cell(() => contributionOf(platform, category, price, unitCost, shipping, adRatio, returnRate, vatRegime, paidShare));
}

/**
 * Net profit per order, after VAT and fixed costs: contribution − F = (1−q)(P(1−d)−C) − S − aP − fees − the cost stack − VAT − F.
 * @customfunction
 * @param platform Platform name or code, e.g. "拼多多".
 * @param category Category name or code, e.g. "食品".
 * @param price Selling price P in yuan (above 0).
 * @param unitCost Goods cost C per unit in yuan.
 * @param [shipping] Shipping S per order in yuan (default 0).
 * @param [adRatio] Ad spend ÷ all sales a, a fraction: 0.2 means ¥20 of ads for every ¥100 sold, i.e. paid share ÷ ROI, see CHANNEL.ADRATIO (default 0).
 * @param [returnRate] Return rate q, a fraction: 0.3 means 30% (default 0).
 * @param [fixedPerOrder] Team, rent and other fixed cost allocated per order F, in yuan (default 0).
 * @param [vatRegime] VAT regime: general/一般纳税人 (default) or smallScale/小规模纳税人.
 * @param [paidShare] Share of sales the platform's ads drove, a fraction 0–1, which the platform's fee on ad-driven sales is charged on (Douyin's fee on 千川 sales, in place of the commission); default: the platform's own paid share, as the workbook's Comparison costs the order.
 * @returns Profit per order in yuan.
 */
export function netprofit(
  platform: string,
  category: string,
  price: number,
  unitCost: number,
  shipping?: number,
  adRatio?: number,
  returnRate?: number,
  fixedPerOrder?: number,
  vatRegime?: string,
  paidShare?: number,
): number {
  return cell(() => netProfitOf(platform, category, price, unitCost, shipping, adRatio, returnRate, fixedPerOrder, vatRegime, paidShare));
}

/**
 * Net margin: net profit per order (CHANNEL.NETPROFIT) ÷ price.
 * @customfunction
 * @param platform Platform name or code, e.g. "抖音".
 * @param category Category name or code, e.g. "美妆".
 * @param price Selling price P in yuan (above 0).
 * @param unitCost Goods cost C per unit in yuan.
 * @param [shipping] Shipping S per order in yuan (default 0).
 * @param [adRatio] Ad spend ÷ all sales a, a fraction: 0.2 means ¥20 of ads for every ¥100 sold, i.e. paid share ÷ ROI, see CHANNEL.ADRATIO (default 0).
 * @param [returnRate] Return rate q, a fraction: 0.3 means 30% (default 0).
 * @param [fixedPerOrder] Fixed cost allocated per order F, in yuan (default 0).
 * @param [vatRegime] VAT regime: general/一般纳税人 (default) or smallScale/小规模纳税人.
 * @param [paidShare] Share of sales the platform's ads drove, a fraction 0–1, which the platform's fee on ad-driven sales is charged on (Douyin's fee on 千川 sales, in place of the commission); default: the platform's own paid share, as the workbook's Comparison costs the order.
 * @returns Net margin as a fraction of price.
 */
export function netmargin(
  platform: string,
  category: string,
  price: number,
  unitCost: number,
  shipping?: number,
  adRatio?: number,
  returnRate?: number,
  fixedPerOrder?: number,
  vatRegime?: string,
  paidShare?: number,
): number {
  return cell(() => netMarginOf(platform, category, price, unitCost, shipping, adRatio, returnRate, fixedPerOrder, vatRegime, paidShare));
}

/**
 * Orders per month needed to cover monthly fixed costs from contribution after VAT; #N/A when each order loses money.
 * @customfunction
 * @param platform Platform name or code, e.g. "京东".
 * @param category Category name or code, e.g. "家电".
 * @param price Selling price in yuan (above 0).
 * @param unitCost Goods cost per unit in yuan.
 * @param monthlyFixedCost Team, rent and platform fees per month in yuan.
 * @param [shipping] Shipping per order in yuan (default 0).
 * @param [adRatio] Ad spend ÷ sales, a fraction (default 0).
 * @param [returnRate] Return rate, a fraction (default 0).
 * @param [vatRegime] VAT regime: general/一般纳税人 (default) or smallScale/小规模纳税人.
 * @param [paidShare] Share of sales the platform's ads drove, a fraction 0–1, which the platform's fee on ad-driven sales is charged on (Douyin's fee on 千川 sales, in place of the commission); default: the platform's own paid share, as the workbook's Comparison costs the order.
 * @returns Whole orders per month.
 */
export function breakeven(
  platform: string,
  category: string,
  price: number,
  unitCost: number,
  monthlyFixedCost: number,
  shipping?: number,
  adRatio?: number,
  returnRate?: number,
  vatRegime?: string,
  paidShare?: number,
): number {
  return cell(() => breakEvenOrders(platform, category, price, unitCost, monthlyFixedCost, shipping, adRatio, returnRate, vatRegime, paidShare));
}
