import { ROLES, type Role } from "../../data/schema/roles";
import { platformTeamRolesAt, rolesOf, teamCostAtVolume, teamHeadcount, teamLookBackMonths, type Lang } from "../../engine";
import { formulaCalculator as F } from "../../engine/calc";
import { teamMonthLabourCost, teamMonthOwnCost, teamMonthPeople } from "../../engine/team/teamMonth";
import { label } from "../../messages";
import type { PlanResult } from "../../scenario/planResult";
import { platformName } from "../planText";
import type { CellValue } from "../workbookSpec";
import { PNL, type PnlLayout } from "./layouts";
import type { PlanRefs } from "./planSheet";
import type { SheetBuilder } from "./sheetBuilder";
import { PM, type TeamLayout } from "./teamLayout";

/**
 * The team month by month (each month's people and labour: the stores' own teams plus the shared pool), then each open
 * platform's team month by month: its role counts are the engine's platformTeamRolesAt over the P&L's orders and sales.
 */
export function teamMonthTables(
  result: PlanResult,
  lang: Lang,
  b: SheetBuilder,
  layout: TeamLayout,
  costCells: Record<Role, string>,
  refs: { plan: PlanRefs; pnl: PnlLayout; pnlSheet: SheetBuilder },
): void {
  const { plan, referenceData: data, company } = result;
  const options = { configuration: company.configuration, cityTier: company.cityTier, averageOrderValue: null };
  b.add({ kind: "heading", text: label("teamByMonth", lang) });
  if (b.nextRow !== layout.monthsHeader) throw new Error(`team sheet layout: months table expected at ${layout.monthsHeader}, got ${b.nextRow}`);
  const pmFirst = layout.platformMonthsHeader + 1;
  // Each store's team row by platform and month: the P&L lists a platform's months together, this table month by month.
  const teamRows = new Map(plan.platformTeams.map((t, i) => [`${t.platform}|${t.month}`, pmFirst + i]));
  const pmLast = Math.max(pmFirst, layout.platformMonthsHeader + plan.platformTeams.length);
  const pmRange = (col: number) => b.range(col, pmFirst, pmLast);
  b.table({
    name: "TeamMonths",
    columns: b.columns([
      ["month", "integer", 10],
      ["people", "integer", 10],
      ["ownLabour", "money", 20],
      ["sharedLabour", "money", 18],
      ["monthlyLabourCost", "money", 20],
    ]),
    rows: plan.team.map((t, i) => {
      const row = layout.monthsHeader + 1 + i;
      const rows = { months: [pmRange(PM.month)], month: b.ref(0, row) };
      return [
        t.month,
        b.cell(teamMonthPeople(F, { ...rows, people: [pmRange(PM.people)], poolPeople: F.constant(t.sharedPeople) }), t.people),
        b.cell(teamMonthOwnCost(F, { ...rows, costs: [pmRange(PM.cost)] }), t.ownCost),
        t.sharedCost,
        b.cell(teamMonthLabourCost(F, { ownCost: b.ref(2, row), sharedCost: b.ref(3, row) }), t.labourCost),
      ];
    }),
  });

  b.add({ kind: "heading", text: label("teamByPlatformMonth", lang) });
  if (b.nextRow !== layout.platformMonthsHeader) throw new Error(`team sheet layout: platform months expected at ${layout.platformMonthsHeader}, got ${b.nextRow}`);
  const at = (row: number) => rolesOf((r: Role) => b.ref(PM.role + ROLES.indexOf(r), row));
  const lookBack = Array.from({ length: teamLookBackMonths(data) }, (_, i) => i + 1);
  b.table({
    name: "TeamPlatformMonths",
    columns: [
      ...b.columns([
        ["month", "integer", 8],
        ["platform", "text", 14],
      ]),
      ...ROLES.map((r) => ({ header: data.staffing.roles[r][lang], format: "integer" as const, width: 10 })),
      ...b.columns([
        ["people", "integer", 10],
        ["ownLabour", "money", 18],
      ]),
    ],
    rows: plan.platformTeams.map((t, i): CellValue[] => {
      const row = pmFirst + i;
      const teamRow = (month: number) => teamRows.get(`${t.platform}|${month}`);
      const pnlRow = refs.pnl.row(t.platform, t.month)!;
      const previousPnl = refs.pnl.row(t.platform, t.month - 1);
      const volumeAt = (r: number) => ({
        orders: refs.pnlSheet.ref(PNL.orders, r),
        sales: refs.pnlSheet.ref(PNL.sales, r),
        averageOrderValue: refs.plan.order(t.platform, "price"),
      });
      const previousRow = previousPnl === undefined ? undefined : teamRow(t.month - 1);
      const previous = previousRow === undefined ? null : at(previousRow);
      const recent = lookBack.map((k) => refs.pnl.row(t.platform, t.month - k)).filter((r) => r !== undefined);
      const roles = platformTeamRolesAt(F, data, t.platform, volumeAt(pnlRow), options, previous, recent.map(volumeAt));
      return [
        t.month,
        platformName(data, t.platform, lang),
        ...ROLES.map((r) => b.cell(roles[r], t.roles[r])),
        b.cell(teamHeadcount(F, at(row)), t.people),
        b.cell(teamCostAtVolume(F, at(row), costCells), t.cost, "money"),
      ];
    }),
  });
}
