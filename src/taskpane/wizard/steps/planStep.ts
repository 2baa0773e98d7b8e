import { el } from "../../dom";
import { percent, yuan } from "../form";
import type { StepContext } from "../stepContext";
import { t } from "../wizardText";

export function planStep(ctx: StepContext): HTMLElement {
  const { lang, plan } = ctx;
  if (!plan) return el("p", {}, "");
  const data = plan.referenceData;
  const name = (p: string) => data.rateCard.platforms[p]!.name[lang];
  const action = el("button", { type: "button", id: ctx.inExcel ? "write-workbook" : "download-xlsx", class: "primary" }, t(ctx.inExcel ? "writeWorkbook" : "download", lang));
  action.addEventListener("click", () => void (ctx.inExcel ? ctx.write() : ctx.download()));
  const c = ctx.draft.company;
  const note = (text: string) => el("details", { class: "note" }, el("summary", {}, "ⓘ"), el("p", {}, text));
  const assumptions =
    lang === "zh"
      ? `销售额 = 访客 × 转化率(${((c.conversionRate ?? 0.02) * 100).toFixed(1)}%)× 客单价(¥${plan.avgOrderValue.toFixed(2)});付费访客占 ${((c.paidShare ?? 0.4) * 100).toFixed(0)}%,点击单价 ¥${c.costPerClick ?? 1.5}。季节系数:${data.model.seasonality.estimate}`
      : `Sales = visitors × conversion (${((c.conversionRate ?? 0.02) * 100).toFixed(1)}%) × order value (¥${plan.avgOrderValue.toFixed(2)}); ${((c.paidShare ?? 0.4) * 100).toFixed(0)}% of visitors are paid at ¥${c.costPerClick ?? 1.5} a click. Seasonality: ${data.model.seasonality.estimate}`;
  return el(
    "div",
    {},
    el("h3", {}, t("sequence", lang)),
    note(data.model.breakthroughMonths.estimate),
    el("ol", { id: "sequence" }, ...plan.sequence.map((s) => el("li", {}, `${name(s.platform)} · ${t("openMonth", lang)} ${s.openMonth}`))),
    el("h3", {}, t("budget", lang)),
    note(data.model.allocation.basis),
    el("table", { id: "budget-table" }, el("tbody", {}, ...plan.allocation.map((a) => el("tr", {}, el("th", { scope: "row" }, name(a.platform)), el("td", { class: "num" }, yuan(a.amount)), el("td", { class: "num" }, percent(a.amount / Math.max(1, ctx.draft.company.monthlyAdBudget))))))),
    el("h3", {}, t("months", lang)),
    note(assumptions),
    el(
      "table",
      { id: "months-table" },
      el("tbody", {}, ...plan.monthly.map((m) => el("tr", {}, el("th", { scope: "row" }, String(m.month)), el("td", { class: "num" }, yuan(m.sales)), el("td", { class: "num" }, m.visitors.toLocaleString("en")), el("td", { class: "num" }, yuan(m.adSpend))))),
    ),
    el("div", { class: "actions" }, action),
  );
}
