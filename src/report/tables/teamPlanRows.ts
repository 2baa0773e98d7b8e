import type { ReferenceData } from "../../data/referenceData";
import { ROLES } from "../../data/schema/roles";
import { teamHeadcount, type Lang, type TeamPlan } from "../../engine";
import { numberCalculator as N } from "../../engine/calc";
import { label } from "../../messages";

/** Role × platform with a shared column and a total column, then a people row and a monthly labour cost row. */
export function teamPlanRows(data: ReferenceData, plan: TeamPlan, lang: Lang): (string | number)[][] {
  const header = [label("role", lang), ...plan.perPlatform.map((p) => data.rateCard.platforms[p.platform]!.name[lang]), label("shared", lang), label("total", lang)];
  const roleRows = ROLES.map((role) => [data.staffing.roles[role][lang], ...plan.perPlatform.map((p) => p.team.roles[role]), plan.shared[role], plan.byRole[role]]);
  const people = [label("totalPeople", lang), ...plan.perPlatform.map((p) => p.team.total), teamHeadcount(N, plan.shared), plan.totalPeople];
  const cost = [label("monthlyLabourCost", lang), ...plan.perPlatform.map((p) => p.monthlyCost), plan.sharedMonthlyCost, plan.monthlyLabourCost];
  return [header, ...roleRows, people, cost];
}
