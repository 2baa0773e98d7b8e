import type { Bilingual } from "../../engine/core/lang";

/** How each accepted code of a choice is shown in the task pane's lists, in display order. */
export const OPTION_LABELS = {
  ageBand: { "18-24": { en: "18–24", zh: "18–24岁" }, "25-30": { en: "25–30", zh: "25–30岁" }, "31-40": { en: "31–40", zh: "31–40岁" }, "41+": { en: "41+", zh: "41岁以上" } },
  gender: { female: { en: "Women", zh: "女性" }, male: { en: "Men", zh: "男性" }, all: { en: "Everyone", zh: "不限" } },
  cityTier: { "1": { en: "Tier 1", zh: "一线" }, "2": { en: "Tier 2", zh: "二线" }, "3": { en: "Tier 3 and below", zh: "三线及以下" } },
  brandStatus: { registered: { en: "Registered (®)", zh: "已注册(®)" }, applied: { en: "Applied for (™)", zh: "申请中(™)" }, none: { en: "None", zh: "无" } },
  contentCapacity: { high: { en: "High", zh: "强" }, medium: { en: "Medium", zh: "中" }, low: { en: "Low", zh: "弱" }, none: { en: "None", zh: "无" } },
  configuration: { lean: { en: "Lean (2–3 a store)", zh: "低配(每店2–3人)" }, standard: { en: "Standard (4–5 a store)", zh: "标准(每店4–5人)" } },
  overrideField: {
    commission: { en: "Commission", zh: "佣金" },
    paymentFee: { en: "Payment fee", zh: "支付费" },
    perOrderFee: { en: "Fee per order (¥)", zh: "每单费用(¥)" },
    adRoiLow: { en: "Ad ROI, low", zh: "ROI下限" },
    adRoiHigh: { en: "Ad ROI, high", zh: "ROI上限" },
  },
} as const satisfies Record<string, Record<string, Bilingual>>;

export type OptionList = keyof typeof OPTION_LABELS;
