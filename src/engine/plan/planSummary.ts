import type { ReferenceData } from "../../data/referenceData";
import { ROLES } from "../../data/schema/roles";
import type { Entries } from "./chooseEntries";
import type { MonthLine } from "./monthLine";
import { paybackMonth, paybackMonthOf } from "./monthTotals";
import type { Calculator } from "../calc/calculator";
import { numberCalculator as N } from "../calc/numberCalculator";
import { teamMonthLabourCost, teamMonthOwnCost, teamMonthPeople } from "../team/teamMonth";
import { peakCashMonth, peakCashNeed } from "../costs/cashSummary";
import type { YearTotal } from "./yearTotals";
import type { PlanCompany } from "./planInput";
import { needsShared, sharedPool, zeroRoles } from "../team/teamCost";
import type { Simulation } from "./simulateMonths";
import type { Headline, PlanTotals, PlatformPlan, TeamMonth } from "./planTypes";
import { opensAfterPlan } from "./verdictTypes";

/**
 * People on the payroll each month: each open platform's own team that month (grown with its orders and sales,
 * held through slow months: see simulateMonths), plus the shared pool.
 */
export function teamMonths(data: ReferenceData, company: PlanCompany, entries: Entries, simulation: Simulation, horizonMonths: number): TeamMonth[] {
  const months: TeamMonth[] = [];
  for (let month = 1; month <= horizonMonths; month++) {
    const open = entries.entered.filter((e) => (simulation.openMonths.get(e.candidate.platform) ?? Infinity) <= month);
    const own = simulation.teams.filter((t) => t.month === month);
    const byRole = zeroRoles();
    for (const t of own) for (const r of ROLES) byRole[r] += t.roles[r];
    const pool = sharedPool(data, open.filter((e) => needsShared(e.team)).length, company.cityTier);
    for (const r of ROLES) byRole[r] += pool.roles[r];
    const rows = { months: own.map((t) => t.month), month };
    const sharedPeople = ROLES.reduce((sum, r) => sum + pool.roles[r], 0);
    const people = teamMonthPeople(N, { ...rows, people: own.map((t) => t.people), poolPeople: sharedPeople });
    const ownCost = teamMonthOwnCost(N, { ...rows, costs: own.map((t) => t.cost) });
    months.push({ month, people, byRole, labourCost: teamMonthLabourCost(N, { ownCost, sharedCost: pool.cost }), sharedCost: pool.cost, sharedPeople, ownCost });
  }
  return months;
}

/**
 * The stores the plan opens (not in `running`), by their lines: how many open within the horizon, and their payback
 * on profit and on cash: the first month from which every new store's own cumulative line stays at or above 0
 * (paybackMonthOf over their lines; the workbook reads their rows, which follow the running stores').
 */
function newStoresOf(lines: readonly MonthLine[], running: ReadonlySet<string>, horizon: number) {
  const fresh = lines.filter((l) => l.platform !== null && !running.has(l.platform));
  const payback = (line: "cumulativeProfit" | "cumulativeCash") =>
    fresh.length === 0 ? null : paybackMonthOf(N, { cumulative: fresh.map((l) => l[line]), months: fresh.map((l) => l.month), orders: fresh.map((l) => l.orders), horizon });
  return { newStores: new Set(fresh.map((l) => l.platform)).size, newStoresPaybackMonth: payback("cumulativeProfit"), newStoresCashPaybackMonth: payback("cumulativeCash") };
}

/** The most people on the payroll in any month of the horizon. */
export const peakPeople = <T>(c: Calculator<T>, peoplePerMonth: readonly T[]): T => c.max(c.constant(0), ...peoplePerMonth);

/** 1 when the peak team is larger than the people the company says it has, else 0 (a blank or 0 says nothing). */
export function teamOver<T>(c: Calculator<T>, x: { peakPeople: T; available: T }): T {
  const [zero, one] = [c.constant(0), c.constant(1)];
  return c.ifGreater(x.available, zero, c.ifGreater(x.peakPeople, x.available, one, zero), zero);
}

export function planTotals(
  company: PlanCompany,
  totals: readonly MonthLine[],
  years: readonly YearTotal[],
  team: readonly TeamMonth[],
  lines: readonly MonthLine[] = [],
): Omit<PlanTotals, "growthPaybackMonth" | "growthAdded" | "todayYearProfit" | "openTogether"> {
  const yearOne = years[0];
  const peak = peakPeople(
    N,
    team.map((t) => t.people),
  );
  return {
    months: totals.length,
    yearOneSales: yearOne?.sales ?? 0,
    yearOneAdSpend: yearOne?.ads ?? 0,
    yearOneProfit: yearOne?.profit ?? 0,
    horizonProfit: totals.length ? totals[totals.length - 1]!.cumulativeProfit : 0,
    paybackMonth: paybackMonth(totals),
    ...newStoresOf(lines, new Set(Object.keys(company.existingStores ?? {})), totals.length),
    cashPaybackMonth: paybackMonth(totals, "cumulativeCash"),
    peakCashNeed: peakCashNeed(totals.map((t) => t.cumulativeCash)),
    peakCashMonth: peakCashMonth(totals),
    peakPeople: peak,
    teamAvailable: company.teamAvailable,
    teamOver: teamOver(N, { peakPeople: peak, available: company.teamAvailable ?? 0 }) === 1,
  };
}

/**
 * The one-line answer: the stores the brand runs today, the focus (first new) platform and the new ones after it;
 * or, when none pays, the best-fit platform and its fix.
 */
export function headline(platforms: readonly PlatformPlan[], entered: readonly string[]): Headline {
  if (entered.length > 0) {
    const kind = (p: string) => platforms.find((x) => x.platform === p)!.verdict;
    const existing = entered.filter((p) => kind(p).kind === "existing");
    const fresh = entered.filter((p) => kind(p).kind !== "existing");
    // Those whose turn comes after the plan (deferStores) follow, with no opening month.
    const deferred = platforms.filter((p) => opensAfterPlan(p.verdict)).map((p) => p.platform);
    const next = [...fresh.slice(1), ...deferred].map((p) => ({ platform: p, openMonth: kind(p).openMonth }));
    return { kind: "enter", existing, focus: fresh[0] ?? null, next };
  }
  const fixable = platforms.find((p) => p.verdict.kind === "not_profitable") ?? null;
  return { kind: "none_profitable", bestFit: fixable?.platform ?? null, fix: fixable?.verdict.fix ?? null, reason: fixable?.verdict.reason ?? null };
}
