/** Words for where a figure comes from (rate-card sheet, =CHANNEL.RATECARD, the fit reasons' basis, the wizard's ⓘ). */
export const PROVENANCE_LABELS = {
  provenance_sourced: { en: "Sourced", zh: "有来源" },
  provenance_stale: { en: "Stale source", zh: "来源已过期" },
  provenance_estimate: { en: "Estimate", zh: "估算" },
  provenance_override: { en: "User override", zh: "用户修改" },
  provenance_mixed: { en: "Partly sourced", zh: "部分有来源" },
  provenance_status: { en: "Status", zh: "状态" },
  provenance_address: { en: "Address", zh: "网址" },
  provenance_staleNote: { en: "stale: the source is more than 18 months older than the rate card", zh: "已过期:来源早于费率表日期18个月以上" },
} as const;
