import { ROLES } from "../../data/schema/staffing";
import { label, monthlyCostPerPerson, type Lang } from "../../engine";
import { platformName } from "../planText";
import type { PlanResult } from "../planResult";
import type { CellValue } from "../workbookSpec";
import { fen, SheetBuilder } from "./sheetBuilder";

export interface TeamRefs {
  /** Monthly cost of an entered platform's own people. */
  ownCost(platform: string): string;
  sharedCost: string;
  /** The shared pool's cost in a month of the horizon. */
  sharedPoolMonth(month: number): string;
  peoplePerMonth: string;
}

/**
 * People by role × entered platform plus the shared pool (judgements: values), the cost per person by role (data)
 * and, as formulas, the monthly labour cost of each platform and of each month.
 */
export function teamSheet(result: PlanResult, lang: Lang, live: boolean): { sheet: SheetBuilder; refs: TeamRefs } {
  const { plan, referenceData: data, company } = result;
  const b = new SheetBuilder(label("sheetTeam", lang), lang, live);
  const entered = plan.entered.map((p) => plan.platforms.find((x) => x.platform === p)!);
  b.add({ kind: "title", text: `${label("sheetTeam", lang)}: ${label("peakPeople", lang)} ${plan.summary.peakPeople}` });
  b.add({ kind: "heading", text: label("teamByPlatform", lang) });
  const header = b.nextRow;
  const first = header + 1;
  const last = header + ROLES.length;
  const n = entered.length;
  const costCol = n + 2;
  const peopleRows = ROLES.map((role): CellValue[] => [
    data.staffing.roles[role][lang],
    ...entered.map((p) => p.team!.roles[role]),
    plan.sharedRoles[role],
    monthlyCostPerPerson(data.staffing, role, company.cityTier),
  ]);
  const columnCost = (col: number, value: number) => b.cell(fen(`SUMPRODUCT(${b.range(col, first, last)},${b.range(costCol, first, last)})`), value, "money");
  const columnPeople = (col: number, value: number) => b.cell(`SUM(${b.range(col, first, last)})`, value);
  const sharedPeople = ROLES.reduce((s, r) => s + plan.sharedRoles[r], 0);
  const rows: CellValue[][] = [
    ...peopleRows,
    [label("totalPeople", lang), ...entered.map((p, i) => columnPeople(i + 1, p.team!.total)), columnPeople(n + 1, sharedPeople), null],
    [label("monthlyLabourCost", lang), ...entered.map((p, i) => columnCost(i + 1, p.teamMonthlyCost)), columnCost(n + 1, plan.sharedMonthlyCost), null],
    [label("joins", lang), ...entered.map((p) => p.verdict.openMonth ?? label("opensAfterPlan", lang)), 1, null],
  ];
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
    rows,
  });
  const costRow = last + 2;
  const ownCost = (platform: string) => b.ref(plan.entered.indexOf(platform) + 1, costRow);
  const sharedCost = b.ref(n + 1, costRow);

  b.add({ kind: "heading", text: label("teamByMonth", lang) });
  const monthsHeader = b.nextRow;
  const openBy = (month: number) => entered.filter((p) => p.verdict.openMonth !== null && p.verdict.openMonth <= month);
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
      const row = monthsHeader + 1 + i;
      const own = openBy(t.month).map((p) => ownCost(p.platform));
      return [
        t.month,
        t.people,
        b.cell(own.length ? `ROUND(${own.join("+")},2)` : "0", t.ownCost),
        t.sharedCost,
        b.cell(`ROUND(${b.ref(2, row)}+${b.ref(3, row)},2)`, t.labourCost),
      ];
    }),
  });
  return {
    sheet: b,
    refs: { ownCost, sharedCost, sharedPoolMonth: (month) => b.ref(3, monthsHeader + month), peoplePerMonth: b.range(1, monthsHeader + 1, monthsHeader + plan.team.length) },
  };
}
