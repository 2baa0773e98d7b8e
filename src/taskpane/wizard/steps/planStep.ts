import { el } from "../../dom";
import { percent, yuan } from "../form";
import type { StepContext } from "../stepContext";
import { label, messages } from "../../../engine";

export function planStep(ctx: StepContext): HTMLElement {
  const { lang, plan } = ctx;
  if (!plan) return el("p", {}, "");
  const data = plan.referenceData;
  const name = (p: string) => data.rateCard.platforms[p]!.name[lang];
  const action = el("button", { type: "button", id: ctx.inExcel ? "write-workbook" : "download-xlsx", class: "primary" }, label(ctx.inExcel ? "writeWorkbook" : "download", lang));
  action.addEventListener("click", () => void (ctx.inExcel ? ctx.write() : ctx.download()));
  const c = ctx.draft.company;
  const note = (text: string) => el("details", { class: "note" }, el("summary", {}, "ⓘ"), el("p", {}, text));
  const assumptions = messages(lang).wizard.assumptions(((c.conversionRate ?? 0.02) * 100).toFixed(1), plan.avgOrderValue.toFixed(2), ((c.paidShare ?? 0.4) * 100).toFixed(0), String(c.costPerClick ?? 1.5), data.model.seasonality.estimate);
  return el(
    "div",
    {},
    el("h3", {}, label("sequence", lang)),
    note(data.model.breakthroughMonths.estimate),
    el("ol", { id: "sequence" }, ...plan.sequence.map((s) => el("li", {}, `${name(s.platform)} · ${label("openMonth", lang)} ${s.openMonth}`))),
    el("h3", {}, label("budget", lang)),
    note(data.model.allocation.basis),
    el("table", { id: "budget-table" }, el("tbody", {}, ...plan.allocation.map((a) => el("tr", {}, el("th", { scope: "row" }, name(a.platform)), el("td", { class: "num" }, yuan(a.amount)), el("td", { class: "num" }, percent(a.amount / Math.max(1, ctx.draft.company.monthlyAdBudget))))))),
    el("h3", {}, label("months", lang)),
    note(assumptions),
    el(
      "table",
      { id: "months-table" },
      el("tbody", {}, ...plan.monthly.map((m) => el("tr", {}, el("th", { scope: "row" }, String(m.month)), el("td", { class: "num" }, yuan(m.sales)), el("td", { class: "num" }, m.visitors.toLocaleString("en")), el("td", { class: "num" }, yuan(m.adSpend))))),
    ),
    el("div", { class: "actions" }, action),
  );
}
