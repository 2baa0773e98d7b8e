import { ROLES, type Role } from "../../data/schema/roles";
import { monthlyCostPerPerson, platformTeamRolesAt, teamLookBackMonths, rolesOf, teamCostAtVolume, teamHeadcount, type Lang } from "../../engine";
import { label } from "../../messages";
import { formulaCalculator as F } from "../../engine/calc";
import { teamMonthLabourCost, teamMonthOwnCost, teamMonthPeople } from "../../engine/team/teamMonth";
import { platformName } from "../planText";
import type { PlanResult } from "../../scenario/planResult";
import type { CellValue } from "../workbookSpec";
import { PNL, type PnlLayout } from "./layouts";
import type { PlanRefs } from "./planSheet";
import { SheetBuilder } from "./sheetBuilder";

export interface TeamRefs {
  /** Monthly cost of an entered platform's own people at run rate, and their number. */
  ownCost(platform: string): string;
  ownPeople(platform: string): string;
  sharedCost: string;
  /** The shared pool's cost in a month of the horizon. */
  sharedPoolMonth(month: number): string;
  /** An open platform's own people's cost in a month (its team that month). */
  platformMonthCost(platform: string, month: number): string;
  peoplePerMonth: string;
}

/** Where the team sheet's tables land, known before it is filled (the plan and the P&L read its costs). */
export interface TeamLayout {
  refs: TeamRefs;
  header: number;
  monthsHeader: number;
  platformMonthsHeader: number;
}

const PM = { month: 0, platform: 1, role: 2, people: 2 + ROLES.length, cost: 3 + ROLES.length } as const;

/** The team sheet's title and first heading, and where its three tables will land. */
export function teamLayout(b: SheetBuilder, result: PlanResult, lang: Lang): TeamLayout {
  const { plan } = result;
  b.add({ kind: "title", text: `${label("sheetTeam", lang)}: ${label("peakPeople", lang)} ${plan.summary.peakPeople}` });
  b.add({ kind: "heading", text: label("teamByPlatform", lang) });
  const header = b.nextRow;
  const n = plan.entered.length;
  const costRow = header + ROLES.length + 2;
  const monthsHeader = header + ROLES.length + 3 + 2 + 1;
  const platformMonthsHeader = monthsHeader + plan.team.length + 2 + 1;
  const pmRow = new Map(plan.platformTeams.map((t, i) => [`${t.platform}|${t.month}`, platformMonthsHeader + 1 + i]));
  return {
    header,
    monthsHeader,
    platformMonthsHeader,
    refs: {
      ownCost: (platform) => b.ref(plan.entered.indexOf(platform) + 1, costRow),
      ownPeople: (platform) => b.ref(plan.entered.indexOf(platform) + 1, costRow - 1),
      sharedCost: b.ref(n + 1, costRow),
      sharedPoolMonth: (month) => b.ref(3, monthsHeader + month),
      platformMonthCost: (platform, month) => b.ref(PM.cost, pmRow.get(`${platform}|${month}`)!),
      peoplePerMonth: b.range(1, monthsHeader + 1, monthsHeader + plan.team.length),
    },
  };
}

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
  const sharedPeople = ROLES.reduce((s, r) => s + plan.sharedRoles[r], 0);
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
      const own = plan.platformTeams.filter((x) => x.month === t.month);
      const poolPeople = t.people - own.reduce((s, x) => s + x.people, 0);
      const rows = { months: [pmRange(PM.month)], month: b.ref(0, row) };
      return [
        t.month,
        b.cell(teamMonthPeople(F, { ...rows, people: [pmRange(PM.people)], poolPeople: F.constant(poolPeople) }), t.people),
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
