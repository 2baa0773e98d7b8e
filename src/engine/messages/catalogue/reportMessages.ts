import type { Lang } from "../lang";

type Templates = Record<string, Record<Lang, (...args: never[]) => string>>;

/** Sentences of the boss workbook. */
export const REPORT_MESSAGES = {
  recommendation: {
    en: (first: string, rest: readonly string[], focusShare: string, months: number) =>
      rest.length
        ? `Win ${first} first (${focusShare} of the budget); open ${rest.join(", then ")} one at a time, about every ${months} months once the previous one is profitable.`
        : `Focus on ${first}.`,
    zh: (first: string, rest: readonly string[], focusShare: string, months: number) =>
      rest.length ? `先集中做${first}(预算的${focusShare});每${months}个月在前一个平台稳定盈利后再开${rest.join("、")}。` : `集中做${first}。`,
  },
  assumptions: {
    en: (a: { conversion: string; paidShare: string; cpc: number; configuration: string; cityTier: string; rateCard: string; asOf: string; profiles: string }) =>
      [
        `Conversion ${a.conversion}, paid share of traffic ${a.paidShare}, cost per click ¥${a.cpc}.`,
        "Profit per order uses each platform's typical ad ROI and the category's typical return rate; rates marked 'Estimate' are ours, not platform-published (see the Rate card sheet).",
        `Team sized ${a.configuration} at tier-${a.cityTier} city salaries, with design shared across platforms.`,
        `Rate card ${a.rateCard} (as of ${a.asOf}), profiles ${a.profiles}. This file holds values only: it reads correctly without the add-in.`,
      ].join("\n"),
    zh: (a: { conversion: string; paidShare: string; cpc: number; configuration: string; cityTier: string; rateCard: string; asOf: string; profiles: string }) =>
      [
        `转化率 ${a.conversion},付费流量占比 ${a.paidShare},点击单价 ¥${a.cpc}。`,
        "每单利润按各平台常见广告ROI和类目常见退货率估算;标为“估算”的费率不是平台公布的数字,见“费率表”。",
        `团队按${a.configuration === "standard" ? "标准" : "低配"}配置、${a.cityTier}线城市工资计算,设计岗多平台共享。`,
        `费率表 ${a.rateCard}(截至 ${a.asOf}),平台画像 ${a.profiles}。本文件只含数值,无需安装插件即可查看。`,
      ].join("\n"),
  },
} satisfies Templates;
