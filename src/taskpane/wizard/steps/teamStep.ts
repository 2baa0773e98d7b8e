import type { ReferenceData } from "../../../data/referenceData";
import type { CityTier } from "../../../data/schema/profiles";
import { ROLES, type Role } from "../../../data/schema/staffing";
import { conversationsPerOrder, monthlyCostPerPerson, ordersPerAgent, priceBandFor, type Lang } from "../../../engine";
import { label, messages } from "../../../messages";
import { percentText, yuanText } from "../../../messages/catalogue";
import { platformName } from "../../../report/planText";
import { el } from "../../dom";
import { wholeYuan } from "../form";
import { explainFigure } from "../explainFigure";
import type { StepContext } from "../stepContext";
import { scrollBox } from "../tableParts";

/** Why a role costs what it does, and for customer service (at the focus platform's order value) and design how many a store needs. */
function roleNote(data: ReferenceData, role: Role, tier: CityTier, lang: Lang, orderValue: number): string {
  const s = data.staffing;
  const salary = s.salaries[role][tier];
  const cost = `${yuanText(monthlyCostPerPerson(s, role, tier))}/${label("perMonth", lang)} = ${yuanText(salary.value)} (${explainFigure(data, salary, lang, s.sources)}) + ${percentText(s.employerOnCost.value)} (${explainFigure(data, s.employerOnCost, lang, s.sources)})`;
  const cs = s.customerService;
  const capacity =
    role === "customerService"
      ? [
          messages(lang).wizard.csCapacity(conversationsPerOrder(s, orderValue), cs.consultationsPerAgentPerDay.value, cs.workingDaysPerMonth.value, ordersPerAgent(s, orderValue)),
          ...[priceBandFor(s, orderValue).conversationsPerOrder, cs.consultationsPerAgentPerDay, cs.workingDaysPerMonth, cs.coverageAgents].map((f) =>
            explainFigure(data, f, lang, s.sources),
          ),
        ]
      : s.sharedRoles.includes(role)
        ? [explainFigure(data, s.designCoverage, lang, s.sources)]
        : [];
  return [...capacity, cost].join(" · ");
}

/** People by role for each entered platform and the shared pool, when each joins, and what they cost a month. */
export function teamStep(ctx: StepContext): HTMLElement {
  const { lang, plan: result } = ctx;
  if (!result) return el("p", {}, "");
  const { plan, referenceData: data, company } = result;
  const entered = plan.entered.map((code) => plan.platforms.find((p) => p.platform === code)!);
  if (entered.length === 0) return el("p", { class: "result", id: "team-total" }, label("noTeam", lang));
  const s = plan.summary;
  const peak = plan.team.find((t) => t.people === s.peakPeople) ?? plan.team[0]!;
  const sharedFrom = plan.team.find((t) => data.staffing.sharedRoles.some((r) => t.byRole[r] > 0))?.month ?? null;
  const columns = [
    ...entered.map((p) => ({ head: platformName(data, p.platform, lang), roles: p.team!.roles, cost: p.teamMonthlyCost, joins: p.verdict.openMonth })),
    { head: label("shared", lang), roles: plan.sharedRoles, cost: plan.sharedMonthlyCost, joins: sharedFrom },
    { head: messages(lang).wizard.atPeak(peak.month), roles: peak.byRole, cost: peak.labourCost, joins: null as number | null },
  ];
  const roles = ROLES.filter((r) => columns.some((c) => c.roles[r] > 0));
  const row = (head: string, cells: string[], attrs: Record<string, string> = {}, note?: string) =>
    el("tr", { ...attrs, ...(note ? { title: note } : {}) }, el("th", { scope: "row" }, head), ...cells.map((c) => el("td", { class: "num" }, c)));
  // Each role's note opens below the table at full width (inside a cell it would be one narrow column).
  const notes = roles.map((r) =>
    el(
      "details",
      { class: "role-note", "data-role": r },
      el("summary", {}, `ⓘ ${data.staffing.roles[r][lang]}`),
      el("p", {}, roleNote(data, r, company.cityTier, lang, plan.avgOrderValue)),
    ),
  );
  const table = el(
    "table",
    { id: "team-table", class: "numbers" },
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, label("role", lang)), ...columns.map((c) => el("th", { scope: "col" }, c.head)))),
    el(
      "tbody",
      {},
      ...roles.map((r) =>
        row(
          data.staffing.roles[r][lang],
          columns.map((c) => String(c.roles[r])),
          { "data-role": r },
          roleNote(data, r, company.cityTier, lang, plan.avgOrderValue),
        ),
      ),
      row(
        label("labourPerMonth", lang),
        columns.map((c) => wholeYuan(c.cost)),
        { "data-row": "labour" },
      ),
      row(
        label("joins", lang),
        columns.map((c, i) => (i === columns.length - 1 || c.joins === null ? "—" : String(c.joins))),
        { "data-row": "joins" },
      ),
    ),
  );
  return el(
    "div",
    {},
    el("p", { class: "result", id: "team-total" }, messages(lang).wizard.peakTeam(s.peakPeople, peak.month, yuanText(peak.labourCost))),
    ...(s.teamOver ? [el("p", { class: "warning", role: "alert" }, messages(lang).plan.teamOver(s.peakPeople, s.teamAvailable!))] : []),
    el("h3", {}, label("teamByPlatform", lang)),
    scrollBox(table),
    ...notes,
    el("p", { class: "hint" }, data.staffing.templates[company.configuration].basis),
  );
}
