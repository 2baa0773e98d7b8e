import type { FigureKind } from "./provenance/figureProvenance";

type Lang = "zh" | "en";

/** Words for where a figure comes from, in the user's language (rate-card sheet, RATECARD, the wizard's ⓘ). */
export const PROVENANCE_LABELS: Record<FigureKind | "mixed" | "status" | "address" | "staleNote", Record<Lang, string>> = {
  sourced: { en: "Sourced", zh: "有来源" },
  stale: { en: "Stale source", zh: "来源已过期" },
  estimate: { en: "Estimate", zh: "估算" },
  override: { en: "User override", zh: "用户修改" },
  mixed: { en: "Partly sourced", zh: "部分有来源" },
  status: { en: "Status", zh: "状态" },
  address: { en: "Address", zh: "网址" },
  staleNote: { en: "stale: the source is more than 18 months older than the rate card", zh: "已过期:来源早于费率表日期18个月以上" },
};

export function provenanceLabel(key: keyof typeof PROVENANCE_LABELS, lang: Lang): string {
  return PROVENANCE_LABELS[key][lang];
}
