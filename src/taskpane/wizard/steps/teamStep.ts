import { ROLES } from "../../../data/schema/staffing";
import { teamPlanRows } from "../../../report/tables/teamPlanRows";
import { explainFigure } from "../explainFigure";
import { el } from "../../dom";
import { yuan } from "../form";
import type { StepContext } from "../stepContext";
import { t } from "../wizardText";

export function teamStep(ctx: StepContext): HTMLElement {
  const { lang, plan } = ctx;
  if (!plan) return el("p", {}, "");
  const data = plan.referenceData;
  const staffing = data.staffing;
  const tier = String(ctx.draft.company.cityTier ?? "2") as "1" | "2" | "3";
  const [header, ...body] = teamPlanRows(data, plan.team, lang);
  const onCost = explainFigure(data, staffing.employerOnCost, lang, staffing.sources);
  // One note per row: the role's salary and its source; CS also its capacity; the totals the configuration's basis.
  const notes = [
    ...ROLES.map((role) => {
      const salary = staffing.salaries[role][tier] ?? staffing.salaries[role]["2"];
      const capacity = role === "customerService" ? ` · ${staffing.ordersPerCustomerServicePerMonth.value}/${lang === "zh" ? "人·月订单" : "orders a person a month"}: ${explainFigure(data, staffing.ordersPerCustomerServicePerMonth, lang, staffing.sources)}` : role === "design" ? ` · ${explainFigure(data, staffing.designCoverage, lang, staffing.sources)}` : "";
      return `${yuan(salary.value)}: ${explainFigure(data, salary, lang, staffing.sources)}${capacity}`;
    }),
    staffing.templates[String(ctx.draft.company.configuration ?? "lean") === "standard" ? "standard" : "lean"].basis,
    `+${Math.round(staffing.employerOnCost.value * 100)}%: ${onCost}`,
  ];
  // data-label names each number's column where a narrow pane stacks the table row by row.
  const cell = (v: string | number, i: number, last: boolean) => el(i === 0 ? "th" : "td", i === 0 ? { scope: "row" } : { class: "num", "data-label": String(header![i]) }, last && i > 0 ? yuan(Number(v)) : String(v));
  const explain = (note: string) => el("td", { class: "explain" }, el("details", {}, el("summary", {}, "ⓘ"), el("p", {}, note)));
  const available = ctx.draft.company.teamAvailable;
  return el(
    "div",
    {},
    el("p", { class: "result", id: "team-total" }, `${t("teamNeeded", lang)}: ${plan.team.totalPeople} · ${yuan(plan.team.monthlyLabourCost)}/${lang === "zh" ? "月" : "month"}`),
    ...(available !== undefined && plan.team.totalPeople > available ? [el("p", { class: "warning", role: "alert" }, t("overTeam", lang))] : []),
    el(
      "table",
      { id: "team-table", class: "stack-narrow" },
      el("thead", {}, el("tr", {}, ...header!.map((h) => el("th", {}, String(h))))),
      el("tbody", {}, ...body.map((row, r) => el("tr", { title: notes[r] ?? "" }, ...row.map((v, i) => cell(v, i, r === body.length - 1)), explain(notes[r] ?? "")))),
    ),
  );
}
