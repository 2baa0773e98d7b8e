/* Excel-facing metadata plus one call per function: custom-functions-metadata-plugin reads the JSDoc into functions.json. */
import { cell } from "../excelErrors";
import { adSpendRatio, commissionRate, totalFees } from "../impl/rateFunctions";

/**
 * Commission (technical service fee) a platform keeps from a category's sales, as a fraction.
 * @customfunction
 * @param platform Platform: Tmall/天猫, Taobao/淘宝, JD/京东, PDD/拼多多, Douyin/抖音, Kuaishou/快手, Xiaohongshu/小红书, WeChat/视频号, Vipshop/唯品会, Suning/苏宁, Dewu/得物, JD self-operated/京东自营.
 * @param category Category: apparel/服装, shoes & bags/鞋包, 3C/3C数码, appliances/家电, food/食品, beauty/美妆, mother & baby/母婴, home/家居, sports/运动户外, pets/宠物, jewellery/珠宝饰品, health/保健.
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
 * The plan's ad cost as a share of all sales on a platform: paid share of sales ÷ the platform's typical ROI.
 * @customfunction
 * @param platform Platform name or code, e.g. "抖音".
 * @param [paidShare] Share of sales bought with ads, a fraction (default: the platform's own, e.g. 0.35 on Tmall).
 * @returns Ad spend ÷ sales, e.g. 0.114 (ROI 3.5 on 40% of sales).
 */
export function adratio(platform: string, paidShare?: number): number {
  return cell(() => adSpendRatio(platform, paidShare));
}
