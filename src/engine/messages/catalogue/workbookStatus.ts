/** The boss workbook's plan-status flag: whether the live figures still describe the plan that was run. */
export const WORKBOOK_STATUS = {
  planStatus: { en: "Plan status", zh: "方案状态" },
  statusMatches: {
    en: "✓ Same products and rate card as the plan; the budget judgement still holds",
    zh: "✓ 产品与费率表同生成时一致;预算判断仍成立",
  },
  statusSkusChanged: {
    en: "⚠ Re-run the plan: the Inputs sheet's SKUs are not the ones the plan was made for (a SKU added, cleared or typed below the table is not in these figures)",
    zh: "⚠ 请重新运行方案:输入表中的 SKU 与生成方案时不同(新增、清空或在表格下方输入的 SKU 未计入这些数字)",
  },
  statusRowMissing: {
    en: "⚠ Re-run the plan: a SKU or rate-card row the formulas look up is missing, renamed or repeated (cells show #N/A); restore it or rerun",
    zh: "⚠ 请重新运行方案:公式查找的某个 SKU 或费率表行已缺失、改名或重复(相关单元格显示 #N/A);请恢复或重新运行",
  },
  statusBudgetNowShort: {
    en: "⚠ Re-run the plan: with your edits the ad budget no longer covers the run-rate need the budget sentence was written for",
    zh: "⚠ 请重新运行方案:修改后,每月广告预算已不足以覆盖稳定期所需,预算结论不再成立",
  },
  statusBudgetNowCovers: {
    en: "⚠ Re-run the plan: with your edits the ad budget now covers the run-rate need; the budget sentence and the plan were made for a shortfall",
    zh: "⚠ 请重新运行方案:修改后,每月广告预算已能覆盖稳定期所需;预算结论与方案是按预算不足制定的",
  },
} as const;
