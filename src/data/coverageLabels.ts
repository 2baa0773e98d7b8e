import type { FigureKind, Provenance } from "./provenance/figureProvenance";

type Lang = "zh" | "en";

/** Words for where a figure comes from, in the user's language (rate-card sheet, RATECARD, the wizard's ⓘ). */
export const PROVENANCE_LABELS: Record<FigureKind | "mixed" | "status" | "address" | "staleNote" | "expiredNote", Record<Lang, string>> = {
  sourced: { en: "Sourced", zh: "有来源" },
  // An old source is not a wrong one: "expired" is kept for a figure a newer rule replaced (replacedBy in the data).
  stale: { en: "Older source", zh: "来源较旧" },
  expired: { en: "Expired", zh: "已过期" },
  estimate: { en: "Estimate", zh: "估算" },
  override: { en: "User override", zh: "用户修改" },
  mixed: { en: "Partly sourced", zh: "部分有来源" },
  status: { en: "Status", zh: "状态" },
  address: { en: "Address", zh: "网址" },
  staleNote: { en: "older source: more than 18 months before the rate card's date", zh: "来源较旧:早于费率表日期18个月以上" },
  expiredNote: { en: "expired: a newer rule replaced this figure", zh: "已过期:已被新规则取代" },
};

export function provenanceLabel(key: keyof typeof PROVENANCE_LABELS, lang: Lang): string {
  return PROVENANCE_LABELS[key][lang];
}

/** What a source's date needs beside it: the stale mark, or the expired mark with the rule that replaced the figure. */
export function provenanceDateNote(provenance: Provenance, lang: Lang): string {
  if (provenance.kind === "stale") return provenanceLabel("staleNote", lang);
  if (provenance.kind === "expired") return `${provenanceLabel("expiredNote", lang)}: ${provenance.replacedBy}`;
  return "";
}
