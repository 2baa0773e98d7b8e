import { fenText } from "./numberFormat";
import type { IssueCode, IssueOf } from "../../engine/core/issue";
import type { Lang } from "../../engine/core/lang";
import { HINTS } from "./hints";
import { OPTION_LABELS } from "./optionLabels";

/** A rate field's code (adRoiLow) in the user's words; anything else as it is. */
const fieldWords = (code: string, lang: Lang): string => (OPTION_LABELS.overrideField as Record<string, Record<Lang, string>>)[code]?.[lang] ?? code;

const LIST_LIMIT = 14;

function list(values: readonly string[]): string {
  const shown = values.slice(0, LIST_LIMIT).join(", ");
  return values.length > LIST_LIMIT ? `${shown}, …` : shown;
}

const KINDS = {
  number: { en: "a number", zh: "数字" },
  text: { en: "text", zh: "文字" },
  list: { en: "a list", zh: "列表" },
  table: { en: "a set of fields", zh: "一组字段" },
  boolean: { en: "true or false", zh: "是或否" },
} as const;

const RANGE_WORDS = {
  en: {
    above: (x: number) => `above ${x}`,
    from: (x: number) => `from ${x}`,
    to: (low: string, x: number) => `${low} to ${x}`,
    atLeast: (x: number) => `at least ${x}`,
    atMost: (x: number) => `at most ${x}`,
  },
  zh: {
    above: (x: number) => `大于 ${x}`,
    from: (x: number) => `${x}`,
    to: (low: string, x: number) => `${low} 至 ${x}`,
    atLeast: (x: number) => `不小于 ${x}`,
    atMost: (x: number) => `不大于 ${x}`,
  },
};

function range(issue: IssueOf<"out_of_range">, lang: Lang): string {
  const words = RANGE_WORDS[lang];
  const low = issue.minExclusive ? words.above(issue.min) : words.from(issue.min);
  const text =
    issue.max === Infinity
      ? issue.minExclusive
        ? words.above(issue.min)
        : words.atLeast(issue.min)
      : issue.min === -Infinity
        ? words.atMost(issue.max)
        : words.to(low, issue.max);
  return issue.hint ? `${text} (${HINTS[issue.hint][lang]})` : text;
}

/** A number where text belongs (sku: 12345): YAML read it as a number, and quotes keep it as text. */
const numberForText = (i: IssueOf<"wrong_type">) => i.expected === "text" && /^-?\d[\d.e+-]*$/i.test(i.received);

const fenBelow = (x: number) => (Math.floor(x * 100) / 100).toFixed(2);
const fenAbove = (x: number) => (Math.ceil(x * 100) / 100).toFixed(2);

type IssueTemplates = { [C in IssueCode]: Record<Lang, (issue: IssueOf<C>) => string> };

/** Every engine issue in words. `field` is a code (an argument or a scenario path) and stays as it is in both languages. */
export const ISSUE_MESSAGES: IssueTemplates = {
  unknown_name: {
    en: (i) => `${i.field}: "${i.received}" is not recognised.${i.suggestion ? ` Did you mean "${i.suggestion}"?` : ""} Accepted: ${list(i.accepted)}.`,
    zh: (i) => `${i.field}: 无法识别 "${i.received}"。${i.suggestion ? `你是不是想输入 "${i.suggestion}"?` : ""}可用值: ${list(i.accepted)}`,
  },
  // NaN is what an emptied or unreadable number becomes: it is named as that, never as "NaN".
  not_a_number: {
    en: (i) => (i.received === "NaN" ? `${i.field}: enter a number; this one is empty or unreadable.` : `${i.field}: expected a number, got "${i.received}".`),
    zh: (i) => (i.received === "NaN" ? `${i.field}: 请输入数字;当前为空或无法识别。` : `${i.field}: 需要一个数字,收到 "${i.received}"。`),
  },
  out_of_range: { en: (i) => `${i.field}: ${i.received} is out of range; use ${range(i, "en")}.`, zh: (i) => `${i.field}: ${i.received} 超出范围,应为 ${range(i, "zh")}。` },
  not_an_integer: { en: (i) => `${i.field}: expected a whole number, got ${i.received}.`, zh: (i) => `${i.field}: 需要整数,收到 ${i.received}。` },
  wrong_length: { en: (i) => `${i.field}: expected ${i.expected} values, got ${i.received}.`, zh: (i) => `${i.field}: 需要 ${i.expected} 个值,收到 ${i.received} 个。` },
  mismatched_lengths: {
    en: (i) => `${i.field} has ${i.length} values but ${i.otherField} has ${i.otherLength}; they must match one to one.`,
    zh: (i) => `${i.field} 有 ${i.length} 个值,而 ${i.otherField} 有 ${i.otherLength} 个,两者数量需一致。`,
  },
  empty: { en: (i) => `${i.field}: give at least one value.`, zh: (i) => `${i.field}: 至少需要一个值。` },
  no_positive_score: { en: (i) => `${i.field}: at least one value must be above 0.`, zh: (i) => `${i.field}: 至少需要一个大于 0 的值。` },
  never_breaks_even: {
    en: (i) => `Never breaks even: each order contributes ${fenText(i.contributionPerOrder)} after fees, goods, shipping, ads and returns, so more orders lose more money.`,
    zh: (i) => `永远无法保本:每单贡献为 ${fenText(i.contributionPerOrder)}(扣除扣点、货品、运费、广告和退货后),单量越多亏得越多。`,
  },
  must_not_exceed: {
    en: (i) => `${i.field}: ${fieldWords(i.lower, "en")} must not exceed ${fieldWords(i.upper, "en")}.`,
    zh: (i) => `${i.field}: ${fieldWords(i.lower, "zh")} 不能大于 ${fieldWords(i.upper, "zh")}。`,
  },
  missing: { en: (i) => `${i.field}: this field is required.`, zh: (i) => `${i.field}: 缺少此项,请填写。` },
  wrong_type: {
    en: (i) => `${i.field}: expected ${KINDS[i.expected].en}, got "${i.received}".${numberForText(i) ? ` Put it in quotes to keep it as text: "${i.received}".` : ""}`,
    zh: (i) => `${i.field}: 需要${KINDS[i.expected].zh},收到 "${i.received}"。${numberForText(i) ? `请加上引号,作为文字填写:"${i.received}"。` : ""}`,
  },
  unknown_field: {
    en: (i) => `${i.field}: unknown field(s) ${list(i.keys.map((k) => `"${k}"`))}; check the spelling.`,
    zh: (i) => `${i.field}: 无法识别的字段 ${list(i.keys.map((k) => `"${k}"`))},请检查拼写。`,
  },
  too_long: { en: (i) => `${i.field}: too long; use at most ${i.max} characters.`, zh: (i) => `${i.field}: 太长,最多 ${i.max} 个字符。` },
  too_many: { en: (i) => `${i.field}: too many entries; at most ${i.max}.`, zh: (i) => `${i.field}: 条目太多,最多 ${i.max} 条。` },
  duplicate: {
    en: (i) => `${i.field}: "${i.received}" is used twice, also at ${i.otherField}; each must be unique.`,
    zh: (i) => `${i.field}: "${i.received}" 重复,${i.otherField} 已使用;每项必须唯一。`,
  },
  not_whole_fen: {
    en: (i) => `${i.field}: ${i.received} is not a whole number of fen; round it to 2 decimals (${fenBelow(i.received)} or ${fenAbove(i.received)}).`,
    zh: (i) => `${i.field}: ${i.received} 不是整分金额;请保留两位小数(${fenBelow(i.received)} 或 ${fenAbove(i.received)})。`,
  },
  new_brand_with_sales: {
    en: (i) => `${i.field}: a new brand has no current sales; choose the established stage, or set current sales to 0.`,
    zh: (i) => `${i.field}: 新品牌没有现有销售额;请把品牌阶段选为“成熟品牌”,或把现有年销售额设为 0。`,
  },
  illegal_character: {
    en: (i) => `${i.field}: contains the invisible control character ${i.codePoint} at position ${i.position}, which a workbook cannot store; delete it and retype the text.`,
    zh: (i) => `${i.field}: 第 ${i.position} 个字符是不可见的控制字符 ${i.codePoint},工作簿无法保存;请删除后重新输入。`,
  },
};
