/** The boss workbook's plan-status flag (whether the live figures still describe the plan that was run) and its glossary. */
export const WORKBOOK_NOTES = {
  planStatus: { en: "Plan status", zh: "方案状态" },
  statusMatches: {
    en: "✓ Same products and rate card as the plan; the budget and profit verdicts still hold",
    zh: "✓ 产品与费率表同生成时一致;预算与盈利结论仍成立",
  },
  statusSkusChanged: {
    en: "⚠ Re-run the plan: the Inputs sheet's SKUs are not the ones the plan was made for (a SKU added, cleared or typed below the table is not in these figures)",
    zh: "⚠ 请重新运行方案:输入表中的 SKU 与生成方案时不同(新增、清空或在表格下方输入的 SKU 未计入这些数字)",
  },
  statusRowMissing: {
    en: "⚠ Re-run the plan: a SKU, setting, month or rate-card row the formulas look up is missing, renamed or repeated (cells show #N/A); restore it or rerun",
    zh: "⚠ 请重新运行方案:公式查找的某个 SKU、设置、月份或费率表行已缺失、改名或重复(相关单元格显示 #N/A);请恢复或重新运行",
  },
  statusBudgetNowShort: {
    en: "⚠ Re-run the plan: with your edits the ad budget no longer covers the run-rate need the budget sentence was written for",
    zh: "⚠ 请重新运行方案:修改后,每月广告预算已不足以覆盖稳定期所需,预算结论不再成立",
  },
  statusBudgetNowCovers: {
    en: "⚠ Re-run the plan: with your edits the ad budget now covers the run-rate need; the budget sentence and the plan were made for a shortfall",
    zh: "⚠ 请重新运行方案:修改后,每月广告预算已能覆盖稳定期所需;预算结论与方案是按预算不足制定的",
  },
  statusVerdictCrossed: {
    en: "⚠ Re-run the plan: with your edits an entered platform's run-rate profit changed sign, so its verdict (profitable or not) no longer holds",
    zh: "⚠ 请重新运行方案:修改后,某个已进入平台的稳定期利润由盈转亏或由亏转盈,其结论(是否盈利)不再成立",
  },
  statusPaybackCrossed: {
    en: "⚠ Re-run the plan: with your edits a new store's payback changed side: one judged not to pay back within the plan now does, or one judged to pay back no longer does",
    zh: "⚠ 请重新运行方案:修改后,某个新店的回本结论已改变:原判计划期内回不了本的现在能回本,或原判能回本的现在回不了本",
  },
  statusOpeningCrossed: {
    en: "⚠ Re-run the plan: with your edits a later platform's opening month no longer follows: the platform before it covers its costs for the months required earlier or later than planned",
    zh: "⚠ 请重新运行方案:修改后,后续平台的开店月份不再成立:前一个平台连续覆盖成本所需的月数提前或推后了",
  },
  statusTeamCrossed: {
    en: "⚠ Re-run the plan: with your edits the peak team crosses the people available: the warning that the plan needs more people than you have would appear or go",
    zh: "⚠ 请重新运行方案:修改后,高峰人数与可用人数的比较已改变:“所需人数超过可用人数”的提醒应出现或消失",
  },
  opensAfterPlan: { en: "Not within the plan", zh: "计划期内不开店" },
  terms: { en: "What the figures mean", zh: "术语说明" },
  glossReturns: {
    en: "Returns: the price of a returned order is refunded to the buyer; the goods come back to stock and are sold again, so goods are costed only on the orders kept, and a return costs its return shipping.",
    zh: "退款:退货订单的货款退还给买家;退回的货品回到库存、可以再卖,所以货品成本只按留下的订单计算,退货另有退货运费。",
  },
  glossContributionMargin: {
    en: "Contribution margin: what each order keeps after returns, platform fees, goods, shipping and ads, as a share of its price, before the team, rent and other fixed costs.",
    zh: "贡献率:每单扣除退货、平台扣点、货品、运费和广告费后剩下的部分占售价的比例,尚未扣团队、房租等固定成本。",
  },
  glossNetMarginRunRate: {
    en: "Store margin at run rate: the store's profit after its team and its share of the fixed costs, as a share of sales, once it has ramped up to its planned monthly orders (the steady state, not month 1). It is before company overhead (admin, finance, R&D), which the Monthly P&L charges on every store: the company's net profit is lower.",
    zh: "稳定期店铺利润率:店铺爬坡完成、达到计划月订单后(稳定期/成熟期,而非第 1 个月),扣除自身团队和分摊固定成本后的利润占销售额的比例。未扣公司管理费用(行政、财务、研发),月度损益表对每个店铺都计提这笔费用:公司的利润会更低。",
  },
  // Cash, not profit (engine/costs/cashLine): launch costs are in the profit; stock, unsettled payouts and deposits are not.
  glossPeakCashNeed: {
    en: "Peak cash need: the most money the plan needs put in at any one time (the low of cumulative cash). It is usually more than the lowest cumulative profit because, on top of the launch losses (launch costs included), stock is bought ahead of sales, platform payouts arrive only after settlement and deposits are paid when a store opens: none of these is a loss in the P&L, but the money leaves first.",
    zh: "最大资金需求:计划期内任何时候最多需要投入的资金(累计现金的最低点)。它通常高于累计利润的最低点,因为除了开店期的亏损(已含开店费用),还要先垫付备货、尚未结算的平台回款(未结算回款)和开店时交的保证金:这些在损益表上不算亏损,但钱要先付出去。",
  },
  glossPaidShare: {
    en: "Paid share of sales: the part of sales bought with ads (paid traffic); the rest comes from search, followers and repeat buyers.",
    zh: "付费流量占比:靠广告(付费流量)带来的销售额所占比例;其余来自自然搜索、粉丝和复购。",
  },
} as const;
