import type { Lang } from "../engine";

/** Column and row headings of spilled tables, in the user's display language. */
export const LABELS = {
  platform: { en: "Platform", zh: "平台" },
  fitScore: { en: "Fit (0-100)", zh: "匹配度(0-100)" },
  marginHeadroom: { en: "Margin headroom", zh: "利润空间" },
  topReason: { en: "Top reason", zh: "主要原因" },
  role: { en: "Role", zh: "岗位" },
  shared: { en: "Shared", zh: "共享" },
  total: { en: "Total", zh: "合计" },
  totalPeople: { en: "Total people", zh: "总人数" },
  monthlyLabourCost: { en: "Monthly labour cost (¥)", zh: "月人力成本(¥)" },
  month: { en: "Month", zh: "月份" },
  target: { en: "Target (¥)", zh: "目标(¥)" },
  score: { en: "Score", zh: "分数" },
  focus: { en: "Focus", zh: "主攻" },
  support: { en: "Support", zh: "辅助" },
  budgetRole: { en: "Role", zh: "定位" },
  amount: { en: "Amount (¥)", zh: "金额(¥)" },
  item: { en: "Item", zh: "项目" },
  category: { en: "Category", zh: "类目" },
  value: { en: "Value", zh: "数值" },
  source: { en: "Source", zh: "来源" },
  asOf: { en: "As of", zh: "日期" },
  note: { en: "Note", zh: "说明" },
  estimate: { en: "Estimate", zh: "估算" },
  code: { en: "Code", zh: "代码" },
  english: { en: "English", zh: "英文" },
  chinese: { en: "Chinese", zh: "中文" },
  commission: { en: "Commission", zh: "佣金/技术服务费" },
  paymentFee: { en: "Payment fee", zh: "支付/基础服务费" },
  deposit: { en: "Deposit (¥)", zh: "保证金(¥)" },
  annualFee: { en: "Annual fee (¥)", zh: "年费(¥)" },
  perOrderFee: { en: "Fee per order (¥)", zh: "每单固定费用(¥)" },
  adRoiLow: { en: "Typical ad ROI, low", zh: "常见广告ROI下限" },
  adRoiHigh: { en: "Typical ad ROI, high", zh: "常见广告ROI上限" },
  returnRateAdjustment: { en: "Return-rate adjustment", zh: "退货率调整" },
} as const satisfies Record<string, Record<Lang, string>>;

export type LabelKey = keyof typeof LABELS;
export const label = (key: LabelKey, lang: Lang) => LABELS[key][lang];
