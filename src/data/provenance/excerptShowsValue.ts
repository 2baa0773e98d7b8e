import { chineseNumber } from "./chineseNumeral";

/** How a figure's value is written in prose: a rate (0.05 is "5%"), an amount of yuan, or a plain number such as an ROI. */
export type ValueKind = "rate" | "money" | "number";

const tidy = (n: number) => Number(n.toFixed(8));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A number not glued to other digits: "5" must not be read inside "15", "0.5" or "50". */
const standalone = (digits: string) => `(?<![\\d.,，])${digits}(?![\\d]|[.,，]\\d)`;
const decimalForms = (n: number) => {
  const plain = String(tidy(n));
  return Number.isInteger(n) ? [plain, `${plain}\\.0+`] : [`${escape(plain)}0*`];
};
/** "3000" also as "3,000"; "50000" as "50,000". */
const groupedForms = (n: number) => {
  if (!Number.isInteger(n) || n < 1000) return [];
  const grouped = n.toLocaleString("en-US");
  return [grouped, grouped.replace(/,/g, "，"), grouped.replace(/,/g, " ")].map(escape);
};
const PERCENT = "\\s*[%％]";
const RANGE = "\\s*[-–—~～至到]\\s*";

function rateForms(fraction: number): RegExp[] {
  const percent = tidy(fraction * 100);
  const perMille = tidy(fraction * 1000);
  const p = decimalForms(percent).map(standalone).join("|");
  const forms = [
    `(?:${p})${PERCENT}`,
    `(?:${p})${RANGE}[\\d.]+${PERCENT}`,
    `(?:${p})\\s*个(?:百分)?点`,
    `(?:${p})\\s*per\\s?cent(?:age points?)?`,
    `(?:${decimalForms(perMille).map(standalone).join("|")})\\s*‰`,
  ];
  const zhPercent = chineseNumber(percent);
  if (zhPercent) forms.push(`百分之${zhPercent}(?![一二三四五六七八九十点])`);
  const zhPerMille = chineseNumber(perMille);
  if (zhPerMille) forms.push(`千分之${zhPerMille}(?![一二三四五六七八九十点])`);
  return forms.map((f) => new RegExp(f));
}

function moneyForms(yuan: number): RegExp[] {
  const forms = [...decimalForms(yuan), ...groupedForms(yuan)].map(standalone);
  const wan = tidy(yuan / 10000);
  if (yuan >= 1000) forms.push(`${standalone(escape(String(wan)))}\\s*[万萬]`);
  if (yuan >= 1000 && yuan % 1000 === 0 && yuan < 10000) forms.push(`${standalone(String(yuan / 1000))}\\s*千`);
  if (yuan >= 1e6) forms.push(`${standalone(escape(String(tidy(yuan / 1e6))))}\\s*million`);
  return forms.map((f) => new RegExp(f, "i"));
}

function numberForms(n: number): RegExp[] {
  return [...decimalForms(n).map(standalone), `${standalone(String(tidy(n * 100)))}${PERCENT}`].map((f) => new RegExp(f));
}

/** Zero is often written as a waiver rather than a digit. */
const ZERO = /(?<![\d.,])0(?![\d]|[.,]\d)|零|免|不收|无需|無需|取消|waive|abolish|no longer/i;

/**
 * Whether a verbatim excerpt states the value in some written form: 0.05 as "5%", "5.0%", "5-8%", "百分之五" or
 * "5个点"; 0.006 as "0.6%" or "千分之六"; ¥3,000 as "3000", "3,000", "3千" or "0.3万"; an ROI of 3 as "3" or "300%".
 * A digit inside a longer number never counts: 0.05 is not in "15%" nor in "0.5%".
 */
export function excerptShowsValue(excerpt: string, value: number, kind: ValueKind): boolean {
  if (value === 0) return ZERO.test(excerpt);
  const forms = kind === "rate" ? rateForms(value) : kind === "money" ? moneyForms(value) : numberForms(value);
  return forms.some((form) => form.test(excerpt));
}
