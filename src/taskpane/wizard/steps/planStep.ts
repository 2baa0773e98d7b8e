import { type PlatformPlan } from "../../../engine";
import { label, messages } from "../../../messages";
import { percentText } from "../../../messages/catalogue";
import { adModelText, budgetText, headlineText, platformName, verdictLabel } from "../../../report/planText";
import { assumptionText } from "../../../report/assumptionText";
import { reasoningText } from "../../../data/reasoningText";
import { el } from "../../dom";
import { wholeYuan } from "../form";
import type { StepContext } from "../stepContext";
import { explainNote, figureRow, numberTable, scrollBox } from "../tableParts";
import { pnlTable, yearsTable } from "./pnlTable";

type Measure = { key: string; name: string; value: (p: PlatformPlan) => string };

/** The answer: headline and budget check, entry sequence, ad spend by platform, the monthly P&L; then write or export it. */
export function planStep(ctx: StepContext): HTMLElement {
  const { lang, plan: result } = ctx;
  if (!result) return el("p", {}, "");
  const { plan, referenceData: data, company } = result;
  const name = (p: string) => platformName(data, p, lang);
  const entered = plan.entered.map((code) => plan.platforms.find((p) => p.platform === code)!);
  const w = messages(lang).wizard;
  const measures: Measure[] = [
    { key: "budgetWeight", name: label("budgetShare", lang), value: (p) => percentText(p.budgetWeight) },
    { key: "roi", name: label("roi", lang), value: (p) => p.roi.toFixed(2) },
    { key: "paidShare", name: label("paidShare", lang), value: (p) => percentText(p.paidShare) },
    { key: "adRatio", name: label("adRatio", lang), value: (p) => percentText(p.adRatio) },
    { key: "impliedCpc", name: label("impliedCpc", lang), value: (p) => p.impliedCostPerClick.toFixed(2) },
    ...(company.costPerClick === null
      ? []
      : [{ key: "roiAtYourCpc", name: label("impliedRoiAtYourCpc", lang), value: (p: PlatformPlan) => p.impliedRoiAtYourCpc?.toFixed(2) ?? "—" }]),
    { key: "runRateAds", name: label("adSpendPerMonth", lang), value: (p) => wholeYuan(p.runRate!.adSpend) },
  ];
  const budgetTable = numberTable(
    "budget-table",
    ["", ...entered.map((p) => name(p.platform))],
    measures.map((m) => ({ attrs: { "data-measure": m.key }, cells: [m.name, ...entered.map(m.value)] })),
  );
  // The plan's totals for all platforms: the run-rate need and year 1 (the engine gives year 1 only in total).
  const totals = el(
    "table",
    { id: "budget-totals", class: "breakdown" },
    el("caption", {}, label("allPlatformsTotal", lang)),
    el(
      "tbody",
      {},
      figureRow(label("adSpendPerMonth", lang), "runRateNeed", wholeYuan(plan.budget.runRateNeed)),
      figureRow(label("adSpendYearOne", lang), "yearOneNeed", wholeYuan(plan.budget.yearOneNeed)),
      figureRow(label("monthlyAdBudget", lang), "monthlyBudget", wholeYuan(plan.budget.monthlyBudget)),
    ),
  );
  const perPlatform = entered.map((p) =>
    el(
      "details",
      { class: "pnl-platform", "data-platform": p.platform },
      el("summary", {}, w.pnlOf(name(p.platform))),
      pnlTable(
        `pnl-${p.platform}`,
        plan.months.filter((l) => l.platform === p.platform),
        lang,
      ),
    ),
  );
  const write = el("button", { type: "button", id: ctx.inExcel ? "write-workbook" : "download-xlsx", class: "primary" }, label(ctx.inExcel ? "writeWorkbook" : "download", lang));
  write.addEventListener("click", () => void (ctx.inExcel ? ctx.write() : ctx.download()));
  const json = el("button", { type: "button", id: "export-json", class: "secondary" }, label("exportJson", lang));
  json.addEventListener("click", () => ctx.exportJson());
  const headline = el("p", { class: "result", id: "headline" }, headlineText(data, plan, lang, company));
  // Money inputs left out and counted at their defaults: said beside the headline they flatter.
  const assumed = result.assumptions.map((a) => el("p", { class: "warning", "data-assumed": a.code }, assumptionText(a, lang)));
  const actions = el("div", { class: "actions" }, write, json);
  // Nothing entered: the headline names the fix; a budget, a sequence and a P&L of zeros would only hide it.
  if (entered.length === 0) return el("div", {}, headline, ...assumed, actions);
  return el(
    "div",
    {},
    headline,
    ...assumed,
    el("h3", {}, label("budgetCheck", lang)),
    el("p", { id: "budget-check", class: plan.budget.covers ? "" : "warning" }, budgetText(data, plan, lang)),
    el("h3", {}, label("sequence", lang), " ", explainNote(data.planning.breakthrough.consecutiveMonths.estimate)),
    el(
      "ol",
      { id: "sequence" },
      ...entered.map((p) =>
        el("li", { "data-platform": p.platform }, `${name(p.platform)} · ${p.verdict.kind === "existing" ? verdictLabel(p, lang) : w.opensIn(p.verdict.openMonth)}`),
      ),
    ),
    el("h3", {}, label("adSpendByPlatform", lang), " ", explainNote(`${reasoningText(data.model.allocation.basis, lang)} ${adModelText(data, company.paidShare, lang)}`)),
    scrollBox(budgetTable),
    totals,
    el(
      "h3",
      {},
      label("monthlyPnl", lang),
      " ",
      explainNote(
        Object.values(data.planning.demandRamp)
          .map((ramp) => ramp.estimate)
          .concat(data.model.seasonality.estimate)
          .map((text) => reasoningText(text, lang))
          .join(" "),
      ),
    ),
    el(
      "p",
      { id: "payback", class: "result" },
      plan.platforms.some((p) => p.existing !== null) ? w.paybackNewStores(plan.summary.newStoresPaybackMonth, plan.summary.newStores) : w.payback(plan.summary.paybackMonth),
    ),
    pnlTable("pnl-table", plan.totals, lang),
    el("h3", {}, label("pnlYears", lang), " ", explainNote(data.costs.incomeTax.basis)),
    yearsTable("pnl-years", plan.yearTotals, lang),
    ...perPlatform,
    actions,
  );
}
