import type { Lang } from "../../engine/core/lang";

type Templates = Record<string, Record<Lang, (...args: never[]) => string>>;

/** Task-pane sentences with figures in them, and the problems found reading a workbook. */
export const WIZARD_MESSAGES = {
  csCapacity: {
    en: (perOrder: number, perDay: number, days: number, orders: number) =>
      `Customer service: ${perOrder} conversations per order; an agent handles ${perDay} a day over ${days} working days, so one agent looks after about ${Math.round(orders).toLocaleString("en")} orders a month.`,
    zh: (perOrder: number, perDay: number, days: number, orders: number) =>
      `客服:每单约 ${perOrder} 次咨询;一名客服每天接待 ${perDay} 次,每月 ${days} 个工作日,约可照看每月 ${Math.round(orders).toLocaleString("en")} 单。`,
  },
  atPeak: { en: (month: number) => `Peak (month ${month})`, zh: (month: number) => `高峰(第${month}月)` },
  peakTeam: {
    en: (people: number, month: number, cost: string) => `People at peak: ${people} (month ${month}), labour ${cost} a month.`,
    zh: (people: number, month: number, cost: string) => `高峰人数:${people} 人(第${month}月),月人力成本 ${cost}。`,
  },
  opensIn: {
    en: (month: number | null) => (month === null ? "not within the plan" : `opens in month ${month}`),
    zh: (month: number | null) => (month === null ? "计划期内不开店" : `第${month}个月开店`),
  },
  pnlOf: { en: (platform: string) => `Monthly P&L: ${platform}`, zh: (platform: string) => `月度损益:${platform}` },
  payback: {
    en: (month: number | null) => (month === null ? "Payback: not within the plan." : `Payback: month ${month}.`),
    zh: (month: number | null) => (month === null ? "回本:计划期内未回本。" : `回本:第${month}个月。`),
  },
  paybackNewStores: {
    en: (month: number | null, newStores: number) =>
      newStores === 0
        ? "Payback: no new store opened; the stores you run have no launch to pay back."
        : month === null
          ? "New stores' payback: not within the plan."
          : `New stores' payback: month ${month}.`,
    zh: (month: number | null, newStores: number) =>
      newStores === 0 ? "回本:未开新店,现有店铺无开店投入需回本。" : month === null ? "新店回本:计划期内未回本。" : `新店回本:第${month}个月。`,
  },
  rateCardStatus: { en: (version: string, asOf: string) => `Rate card ${version} (${asOf})`, zh: (version: string, asOf: string) => `费率表 ${version} (${asOf})` },
  fieldProblem: { en: (label: string, message: string) => `${label}: ${message}`, zh: (label: string, message: string) => `${label}:${message}` },
  stateNotText: { en: () => "not text", zh: () => "不是文本" },
  stateTooLong: { en: (chars: number, max: number) => `${chars} characters, more than ${max}`, zh: (chars: number, max: number) => `${chars} 个字符,超过上限 ${max}` },
  stateNotJson: { en: () => "not valid JSON", zh: () => "不是有效的 JSON" },
  tableRow: { en: (row: number, message: string) => `row ${row}: ${message}`, zh: (row: number, message: string) => `第 ${row} 行: ${message}` },
  tableDuplicateRow: {
    en: (first: number) => `repeats row ${first} (same platform, item and category); only row ${first} is used, and the workbook's formulas show #N/A until one is removed.`,
    zh: (first: number) => `与第 ${first} 行重复(同一平台、同一项目、同一类目),只采用第 ${first} 行;删除其中一行前,工作簿公式显示 #N/A。`,
  },
  tableValueNotNumber: { en: () => "the value must be a number", zh: () => "数值需为数字" },
  tableRowsSkipped: { en: (rows: number, max: number) => `${rows} rows past ${max} were not read`, zh: (rows: number, max: number) => `超过 ${max} 行后的 ${rows} 行未读取` },
  excelReadFailed: { en: (code: string) => `Excel could not read this workbook (${code}).`, zh: (code: string) => `Excel 无法读取此工作簿(${code})。` },
  excelWriteFailed: { en: (code: string) => `Excel could not write the sheets (${code}); try again.`, zh: (code: string) => `Excel 未能写入工作表(${code}),请重试。` },
  tableEditNote: { en: (asOf: string) => `Edited in the Rate card sheet (${asOf})`, zh: (asOf: string) => `在“费率表”中修改(${asOf})` },
} satisfies Templates;
