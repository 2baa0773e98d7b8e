/** Notes on the boss workbook's input cells (shown when a cell is selected), one per kind of input. */
export const INPUT_NOTES = {
  noteCompanySetting: {
    en: "Type a new amount or percentage: the formulas follow. Rows in words are judgements: change them in the wizard or the scenario and rerun.",
    zh: "可改金额或百分比,公式会随之重算。文字行是判断项:请在向导或方案文件中修改后重新生成。",
  },
  noteSeasonality: { en: "A month's weight (0 or more). Month targets split the annual target by these weights.", zh: "当月权重(不小于 0)。月目标按这些权重拆分年度目标。" },
  noteMoneyInput: { en: "An amount in ¥, 0 or more. The margins, the P&L and the totals follow.", zh: "金额(¥),不小于 0。利润率、损益与合计会随之重算。" },
  noteOrdersInput: { en: "Expected orders a month, a whole number. It weights the platform's average order.", zh: "预计月订单数(整数),用于加权平台的平均客单。" },
  noteJudgementInput: {
    en: "A judgement (fit, entries, teams): change it in the wizard or the scenario and rerun the plan.",
    zh: "判断项(匹配度、进入顺序、团队):请在向导或方案文件中修改后重新生成计划。",
  },
  noteRateInput: {
    en: "Rates show as percentages (type 5% or 0.05), fees and deposits in ¥, ROI as a multiple. Formulas that use it follow; the source column then no longer applies.",
    zh: "费率以百分比显示(输入 5% 或 0.05),费用与保证金用 ¥,ROI 为倍数。使用它的公式会重算;来源列不再适用。",
  },
} as const;
