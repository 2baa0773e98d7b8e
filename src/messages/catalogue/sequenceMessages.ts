import type { OpenTogether } from "../../engine/plan/openTogether";
import { yuanText } from "./numberFormat";

const paybackEn = (month: number | null) => (month === null ? "none within the plan" : `month ${month}`);
const paybackZh = (month: number | null) => (month === null ? "计划期内不回本" : `第${month}个月回本`);

/** Which to choose: together earns more (for more cash, or none), or one store at a time does. */
const adviceEn = (t: OpenTogether, months: number) =>
  t.extraProfit <= 0
    ? ` One store at a time earns ${yuanText(-t.extraProfit)} more over the ${months} months: keep to it.`
    : t.extraPeakCash > 0
      ? ` Together earns ${yuanText(t.extraProfit)} more over the ${months} months for ${yuanText(t.extraPeakCash)} more peak cash: worth it if you can fund that cash and staff ${t.later.length > 1 ? "every store" : "both stores"} from month 1.`
      : ` Together earns ${yuanText(t.extraProfit)} more over the ${months} months with no more peak cash: open them together if you can staff ${t.later.length > 1 ? "every store" : "both stores"} from month 1.`;
const adviceZh = (t: OpenTogether, months: number) =>
  t.extraProfit <= 0
    ? `逐店推进在${months}个月里多赚 ${yuanText(-t.extraProfit)}:按本方案来。`
    : t.extraPeakCash > 0
      ? `同时开在${months}个月里多赚 ${yuanText(t.extraProfit)},但最大现金需求多 ${yuanText(t.extraPeakCash)}:拿得出这笔现金、第1个月就能配齐${t.later.length > 1 ? "各店" : "两边"}团队,才值得。`
      : `同时开在${months}个月里多赚 ${yuanText(t.extraProfit)},最大现金需求也不增加:第1个月就能配齐${t.later.length > 1 ? "各店" : "两边"}团队的话,就同时开。`;

/**
 * The alternative to single-point breakthrough, its figures beside the plan's (OpenTogether). Payback is told only for
 * a new brand (`payback`): a brand with running stores earns from month 1, and its plan's payback is of the growth.
 */
export const SEQUENCE_MESSAGES = {
  openTogether: {
    en: (stores: string[], t: OpenTogether, months: number, payback: boolean) =>
      `Opening ${stores.join(" and ")} in month 1 as well, instead of one store at a time: year 1 sales ${yuanText(t.yearOneSales)}, profit before income tax over the ${months} months ${yuanText(t.horizonProfit)} (this plan: ${yuanText(t.planHorizonProfit)})${payback ? `, payback ${paybackEn(t.paybackMonth)} (this plan: ${paybackEn(t.planPaybackMonth)})` : ""}, peak cash need ${yuanText(t.peakCashNeed)} (this plan: ${yuanText(t.planPeakCashNeed)}).${adviceEn(t, months)}`,
    zh: (stores: string[], t: OpenTogether, months: number, payback: boolean) =>
      `若不逐店推进、第1个月就同时开${stores.join("和")}:第一年销售 ${yuanText(t.yearOneSales)},${months}个月税前累计利润 ${yuanText(t.horizonProfit)}(本方案 ${yuanText(t.planHorizonProfit)})${payback ? `,${paybackZh(t.paybackMonth)}(本方案${paybackZh(t.planPaybackMonth)})` : ""},最大现金需求 ${yuanText(t.peakCashNeed)}(本方案 ${yuanText(t.planPeakCashNeed)})。${adviceZh(t, months)}`,
  },
};
