import { ROLES } from "../../data/schema/roles";
import type { Lang } from "../../engine";
import { label } from "../../messages";
import type { PlanResult } from "../../scenario/planResult";
import type { SheetBuilder } from "./sheetBuilder";

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

/** Columns of the team-by-platform-and-month table: month, platform, one per role, people, cost. */
export const PM = { month: 0, platform: 1, role: 2, people: 2 + ROLES.length, cost: 3 + ROLES.length } as const;

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
