import type { Lang } from "../lang";

type Templates = Record<string, Record<Lang, (...args: never[]) => string>>;

/** Task-pane sentences with figures in them, and the problems found reading a workbook. */
export const WIZARD_MESSAGES = {
  assumptions: {
    en: (conversion: string, orderValue: string, paid: string, cpc: string, seasonality: string) => `Sales = visitors × conversion (${conversion}%) × order value (¥${orderValue}); ${paid}% of visitors are paid at ¥${cpc} a click. Seasonality: ${seasonality}`,
    zh: (conversion: string, orderValue: string, paid: string, cpc: string, seasonality: string) => `销售额 = 访客 × 转化率(${conversion}%)× 客单价(¥${orderValue});付费访客占 ${paid}%,点击单价 ¥${cpc}。季节系数:${seasonality}`,
  },
  rateCardStatus: { en: (version: string, asOf: string) => `Rate card ${version} (${asOf})`, zh: (version: string, asOf: string) => `费率表 ${version} (${asOf})` },
  fieldProblem: { en: (label: string, message: string) => `${label}: ${message}`, zh: (label: string, message: string) => `${label}:${message}` },
  stateNotText: { en: () => "not text", zh: () => "不是文本" },
  stateTooLong: { en: (chars: number, max: number) => `${chars} characters, more than ${max}`, zh: (chars: number, max: number) => `${chars} 个字符,超过上限 ${max}` },
  stateNotJson: { en: () => "not valid JSON", zh: () => "不是有效的 JSON" },
  tableRow: { en: (row: number, message: string) => `row ${row}: ${message}`, zh: (row: number, message: string) => `第 ${row} 行: ${message}` },
  tableValueNotNumber: { en: () => "the value must be a number", zh: () => "数值需为数字" },
  tableRowsSkipped: { en: (rows: number, max: number) => `${rows} rows past ${max} were not read`, zh: (rows: number, max: number) => `超过 ${max} 行后的 ${rows} 行未读取` },
  excelReadFailed: { en: (code: string) => `Excel could not read this workbook (${code}).`, zh: (code: string) => `Excel 无法读取此工作簿(${code})。` },
  excelWriteFailed: { en: (code: string) => `Excel could not write the sheets (${code}); try again.`, zh: (code: string) => `Excel 未能写入工作表(${code}),请重试。` },
  tableEditNote: { en: (asOf: string) => `Edited in the Rate card sheet (${asOf})`, zh: (asOf: string) => `在“费率表”中修改(${asOf})` },
} satisfies Templates;
