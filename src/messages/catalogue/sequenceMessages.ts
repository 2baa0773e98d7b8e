import type { OpenTogether } from "../../engine/plan/openTogether";
import { yuanText } from "./numberFormat";

const paybackEn = (month: number | null) => (month === null ? "none within the plan" : `month ${month}`);
const paybackZh = (month: number | null) => (month === null ? "计划期内不回本" : `第${month}个月回本`);

/**
 * The alternative to single-point breakthrough, its figures beside the plan's (OpenTogether). Payback is told only for
 * a new brand (`payback`): a brand with running stores earns from month 1, and its plan's payback is of the growth.
 */
export const SEQUENCE_MESSAGES = {
  openTogether: {
    en: (stores: string[], t: OpenTogether, months: number, payback: boolean) =>
      `Opening ${stores.join(" and ")} in month 1 as well, instead of one store at a time: year 1 sales ${yuanText(t.yearOneSales)}, profit before income tax over the ${months} months ${yuanText(t.horizonProfit)} (this plan: ${yuanText(t.planHorizonProfit)})${payback ? `, payback ${paybackEn(t.paybackMonth)} (this plan: ${paybackEn(t.planPaybackMonth)})` : ""}, peak cash need ${yuanText(t.peakCashNeed)} (this plan: ${yuanText(t.planPeakCashNeed)}).`,
    zh: (stores: string[], t: OpenTogether, months: number, payback: boolean) =>
      `若不逐店推进、第1个月就同时开${stores.join("和")}:第一年销售 ${yuanText(t.yearOneSales)},${months}个月税前累计利润 ${yuanText(t.horizonProfit)}(本方案 ${yuanText(t.planHorizonProfit)})${payback ? `,${paybackZh(t.paybackMonth)}(本方案${paybackZh(t.planPaybackMonth)})` : ""},最大现金需求 ${yuanText(t.peakCashNeed)}(本方案 ${yuanText(t.planPeakCashNeed)})。`,
  },
};
