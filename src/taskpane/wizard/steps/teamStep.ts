import { teamPlanRows } from "../../../report/tables/teamPlanRows";
import { el } from "../../dom";
import { yuan } from "../form";
import type { StepContext } from "../stepContext";
import { t } from "../wizardText";

export function teamStep(ctx: StepContext): HTMLElement {
  const { lang, plan } = ctx;
  if (!plan) return el("p", {}, "");
  const [header, ...body] = teamPlanRows(plan.referenceData, plan.team, lang);
  const cell = (v: string | number, i: number, last: boolean) => el(i === 0 ? "th" : "td", i === 0 ? { scope: "row" } : { class: "num" }, last && i > 0 ? yuan(Number(v)) : String(v));
  const available = ctx.draft.company.teamAvailable;
  return el(
    "div",
    {},
    el("p", { class: "result", id: "team-total" }, `${t("teamNeeded", lang)}: ${plan.team.totalPeople} · ${yuan(plan.team.monthlyLabourCost)}/${lang === "zh" ? "月" : "month"}`),
    ...(available !== undefined && plan.team.totalPeople > available ? [el("p", { class: "warning", role: "alert" }, t("overTeam", lang))] : []),
    el(
      "table",
      { id: "team-table" },
      el("thead", {}, el("tr", {}, ...header!.map((h) => el("th", {}, String(h))))),
      el("tbody", {}, ...body.map((row, r) => el("tr", {}, ...row.map((v, i) => cell(v, i, r === body.length - 1))))),
    ),
  );
}
