import { ROLES } from "../../data/schema/roles";
import { monthlyCostPerPerson, platformTeamRolesAt, rolesOf, teamCostAtVolume, teamHeadcount, type Lang } from "../../engine";
import { formulaCalculator as F, numberCalculator as N } from "../../engine/calc";
import { label } from "../../messages";
import type { PlanResult } from "../../scenario/planResult";
import { platformName } from "../planText";
import type { CellValue } from "../workbookSpec";
import type { PnlLayout } from "./layouts";
import type { PlanRefs } from "./planSheet";
import type { SheetBuilder } from "./sheetBuilder";
import type { TeamLayout } from "./teamLayout";
import { teamMonthTables } from "./teamMonthTables";

export { teamLayout, type TeamLayout, type TeamRefs } from "./teamLayout";

/**
 * People by role × entered platform at run rate plus the shared pool, the cost per person by role (data), each
 * month's people and labour cost, and each open platform's team month by month. Role counts are the engine's
 * platformTeamRolesAt as formulas over the plan's run-rate orders and sales and the P&L's month, so they follow an
 * edit of a price or a rate; the shared pool's size (stores that need it) is a judgement, a value.
 */
export function teamSheet(result: PlanResult, lang: Lang, b: SheetBuilder, layout: TeamLayout, refs: { plan: PlanRefs; pnl: PnlLayout; pnlSheet: SheetBuilder }): void {
  const { plan, referenceData: data, company } = result;
  const entered = plan.entered.map((p) => plan.platforms.find((x) => x.platform === p)!);
  const options = { configuration: company.configuration, cityTier: company.cityTier, averageOrderValue: null };
  const { header } = layout;
  const first = header + 1;
  const n = entered.length;
  const costCol = n + 2;
  const costCells = rolesOf((r) => b.ref(costCol, first + ROLES.indexOf(r)));
  const runRateRoles = entered.map((p) =>
    platformTeamRolesAt(
      F,
      data,
      p.platform,
      { orders: refs.plan.runRate(p.platform, "orders"), sales: refs.plan.runRate(p.platform, "sales"), averageOrderValue: refs.plan.order(p.platform, "price") },
      options,
    ),
  );
  const peopleRows = ROLES.map((role): CellValue[] => [
    data.staffing.roles[role][lang],
    ...entered.map((p, i) => b.cell(runRateRoles[i]![role], p.team!.roles[role])),
    plan.sharedRoles[role],
    monthlyCostPerPerson(data.staffing, role, company.cityTier),
  ]);
  const column = (col: number) => rolesOf((r) => b.ref(col, first + ROLES.indexOf(r)));
  const columnCost = (col: number, value: number) => b.cell(teamCostAtVolume(F, column(col), costCells), value, "money");
  const columnPeople = (col: number, value: number) => b.cell(teamHeadcount(F, column(col)), value);
  const sharedPeople = teamHeadcount(N, plan.sharedRoles);
  b.table({
    name: "Team",
    columns: [
      { header: label("role", lang), format: "text", width: 24 },
      ...entered.map((p) => ({
        header: p.verdict.openMonth === null ? `${platformName(data, p.platform, lang)} (${label("opensAfterPlan", lang)})` : platformName(data, p.platform, lang),
        format: "integer" as const,
        width: p.verdict.openMonth === null ? 20 : 14,
      })),
      { header: label("shared", lang), format: "integer", width: 12 },
      { header: label("costPerPerson", lang), format: "money", width: 18 },
    ],
    rows: [
      ...peopleRows,
      [label("totalPeople", lang), ...entered.map((p, i) => columnPeople(i + 1, p.team!.total)), columnPeople(n + 1, sharedPeople), null],
      [label("monthlyLabourCost", lang), ...entered.map((p, i) => columnCost(i + 1, p.teamMonthlyCost)), columnCost(n + 1, plan.sharedMonthlyCost), null],
      [label("joins", lang), ...entered.map((p) => p.verdict.openMonth ?? label("opensAfterPlan", lang)), 1, null],
    ],
  });

  teamMonthTables(result, lang, b, layout, costCells, refs);
}
