import type { Bilingual } from "../../engine/core/lang";
import type { HintKey } from "../../engine/core/hintKeys";

/** What a number means, shown with its accepted range. */
export const HINTS = {
  fraction: { en: "a fraction: 0.05 means 5%", zh: "小数:0.05 表示 5%" },
  conversionRate: { en: "a fraction: 0.03 means 3%", zh: "小数:0.03 表示 3%" },
  adRatio: { en: "ad spend ÷ all sales as a fraction: 0.2 means ¥20 of ads for every ¥100 sold", zh: "广告费 ÷ 全部销售额的小数:0.2 表示每卖 100 元花 20 元广告" },
  paymentFee: { en: "a fraction: 0.006 means 0.6%", zh: "小数:0.006 表示 0.6%" },
  returnRateMultiple: {
    en: "the share kept is the category's kept share to this power: 1.9 makes 2% 3.8%, 14% 25%, 50% 73%",
    zh: "留存比例 = 类目留存比例的该次方:1.9 时 2% 变 3.8%,14% 变 25%,50% 变 73%",
  },
  returnRateAdjustment: { en: "a fraction added to the category's return rate", zh: "加到类目退货率上的小数" },
  adRoi: { en: "sales ÷ ad spend; below 1 every sale loses its ad cost", zh: "销售额 ÷ 广告费;低于 1 时每笔销售都亏广告费" },
  ageInYears: { en: "an age in years or a band: 18-24, 25-30, 31-40, 41+", zh: "年龄(岁)或年龄段:18-24、25-30、31-40、41+" },
  ageOrRange: { en: "an age, a band or a range: 28, 25-30, 18-30, 30+", zh: "年龄、年龄段或范围:28、25-30、18-30、30+" },
  cityTier: { en: "a city tier 1–5, a range such as 1-2, or 一二线, 下沉", zh: "城市等级 1–5、范围如 1-2,或 一二线、下沉" },
  price: { en: "one fen (0.01) at least", zh: "至少一分钱(0.01)" },
  storeSales: {
    en: "¥ a month a store you run today sells; to plan a platform as a new store, leave it out",
    zh: "现有店铺目前每月的销售额,单位元;要把一个平台当作新店规划,请不要把它写在这里",
  },
} as const satisfies Record<HintKey, Bilingual>;

export type { HintKey };
