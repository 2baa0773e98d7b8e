import type { Issue } from "../core/issue";
import type { Lang } from "../fit/fitReasonText";

const LIST_LIMIT = 14;

function list(values: readonly string[]): string {
  const shown = values.slice(0, LIST_LIMIT).join(", ");
  return values.length > LIST_LIMIT ? `${shown}, …` : shown;
}

function range(issue: Extract<Issue, { code: "out_of_range" }>, lang: Lang): string {
  const low = issue.minExclusive ? (lang === "zh" ? `大于 ${issue.min}` : `above ${issue.min}`) : lang === "zh" ? `${issue.min}` : `from ${issue.min}`;
  const text = lang === "zh" ? `${low} 至 ${issue.max}` : `${low} to ${issue.max}`;
  return issue.hint ? `${text} (${issue.hint})` : text;
}

/** The one place engine issues become words, for cells, the wizard and the command line. */
export function describeIssue(issue: Issue, lang: Lang = "en"): string {
  const zh = lang === "zh";
  switch (issue.code) {
    case "unknown_name": {
      const hint = issue.suggestion ? (zh ? `你是不是想输入 "${issue.suggestion}"?` : ` Did you mean "${issue.suggestion}"?`) : "";
      return zh
        ? `${issue.field}: 无法识别 "${issue.received}"。${hint}可用值: ${list(issue.accepted)}`
        : `${issue.field}: "${issue.received}" is not recognised.${hint} Accepted: ${list(issue.accepted)}.`;
    }
    case "not_a_number":
      return zh ? `${issue.field}: 需要一个数字,收到 "${issue.received}"。` : `${issue.field}: expected a number, got "${issue.received}".`;
    case "out_of_range":
      return zh ? `${issue.field}: ${issue.received} 超出范围,应为 ${range(issue, lang)}。` : `${issue.field}: ${issue.received} is out of range; use ${range(issue, lang)}.`;
    case "not_an_integer":
      return zh ? `${issue.field}: 需要整数,收到 ${issue.received}。` : `${issue.field}: expected a whole number, got ${issue.received}.`;
    case "wrong_length":
      return zh ? `${issue.field}: 需要 ${issue.expected} 个值,收到 ${issue.received} 个。` : `${issue.field}: expected ${issue.expected} values, got ${issue.received}.`;
    case "mismatched_lengths":
      return zh
        ? `${issue.field} 有 ${issue.length} 个值,而 ${issue.otherField} 有 ${issue.otherLength} 个,两者数量需一致。`
        : `${issue.field} has ${issue.length} values but ${issue.otherField} has ${issue.otherLength}; they must match one to one.`;
    case "empty":
      return zh ? `${issue.field}: 至少需要一个值。` : `${issue.field}: give at least one value.`;
    case "no_positive_score":
      return zh ? `${issue.field}: 至少需要一个大于 0 的值。` : `${issue.field}: at least one value must be above 0.`;
    case "never_breaks_even":
      return zh
        ? `永远无法保本:每单贡献为 ¥${issue.contributionPerOrder}(扣除扣点、货品、运费、广告和退货后),单量越多亏得越多。`
        : `Never breaks even: each order contributes ¥${issue.contributionPerOrder} after fees, goods, shipping, ads and returns, so more orders lose more money.`;
    case "invalid_data":
      return zh ? `${issue.field}: ${issue.detail}` : `${issue.field}: ${issue.detail}`;
  }
}
