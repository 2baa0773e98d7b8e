/** Words for where a figure comes from (rate-card sheet, =CHANNEL.RATECARD, the fit reasons' basis, the wizard's ⓘ). */
export const PROVENANCE_LABELS = {
  provenance_sourced: { en: "Sourced", zh: "有来源" },
  // An old source is not a wrong one: "expired" is kept for a figure a newer rule replaced (replacedBy in the data).
  provenance_stale: { en: "Older source", zh: "来源较旧" },
  provenance_expired: { en: "Expired", zh: "已过期" },
  provenance_estimate: { en: "Estimate", zh: "估算" },
  provenance_override: { en: "User override", zh: "用户修改" },
  provenance_mixed: { en: "Partly sourced", zh: "部分有来源" },
  provenance_status: { en: "Status", zh: "状态" },
  provenance_address: { en: "Address", zh: "网址" },
  provenance_staleNote: { en: "older source: more than 18 months before the rate card's date", zh: "来源较旧:早于费率表日期18个月以上" },
  provenance_expiredNote: { en: "expired: a newer rule replaced this figure", zh: "已过期:已被新规则取代" },
} as const;
