import { numberCalculator as N } from "../calc/numberCalculator";
import { allocateByWeights } from "../money/allocateByWeights";
import { roundToFen } from "../money/roundHalfEven";
import { addFen, emptyLine, type MonthLine } from "./monthLine";
import { closeLine } from "./monthClose";
import { monthBudgetShares } from "./monthBudgetShares";
import { monthsOpenIn, type BudgetFloors } from "./monthDemand";
import { storeDemand } from "./storeDemand";
import { platformMonthCash, platformMonthLines } from "./platformMonth";
import { paidVisitorsOf, visitorsForOrders } from "./visitorsFor";
import { monthlyAnnualFee } from "./runRate";
import type { Role } from "../../data/schema/roles";
import type { TeamVolume } from "../team/teamAtVolume";
import type { PlatformTeamMonth, SimulatedPlatform, Simulation, SimulationRules } from "./simulationTypes";
import { budgetFloorIn, demandInputs, monthCostInputs, NOTHING_BEFORE, runningTodayIn, type Previous } from "./monthInputs";
import { settleMonthVat, type CompanyVatMonth } from "./monthVat";
import { companyOverhead } from "./companyOverhead";

export type { PlatformTeamMonth, SimulatedPlatform, Simulation, SimulationRules } from "./simulationTypes";

/**
 * One platform's month. `previous` is undefined in its first month: a new store starts from nothing, a store the
 * brand already runs from its steady state (last month's stock and unsettled money as this month's, no cash yet counted).
 */
function platformMonth(
  month: number,
  p: SimulatedPlatform,
  openMonth: number,
  budgetWeight: number,
  rules: SimulationRules,
  previous: Previous | undefined,
  runningToday: number | undefined,
  floors: BudgetFloors<number>,
) {
  const line = emptyLine(month, p.platform);
  const x = demandInputs(p, month, openMonth, budgetWeight, rules, runningToday, floors);
  const { spend, wanted, orders, paidShareNow } = storeDemand(p, x, month, rules);
  const costInputs = { orders, ...monthCostInputs(p, monthsOpenIn(month, openMonth, p.currentSales !== null), paidShareNow, spend, previous ?? NOTHING_BEFORE) };
  const { payout, ...lines } = platformMonthLines(N, costInputs);
  const steady = p.currentSales !== null ? { goods: lines.goods, payout, cumulativeCash: 0 } : NOTHING_BEFORE;
  const inputs = { ...costInputs, previous: previous ?? steady };
  const visitors = visitorsForOrders(N, { orders, conversionRate: rules.conversionRate });
  Object.assign(line, lines, {
    open: true,
    orders,
    visitors,
    paidVisitors: paidVisitorsOf(N, { visitors, paidShare: paidShareNow }),
    paidShare: paidShareNow,
    adsWanted: wanted,
    ads: spend,
    annualFee: monthlyAnnualFee(N, { annualFee: p.annualFee }),
  });
  return { line, inputs, payout };
}

/**
 * Month by month: the stores the brand already runs and the first new platform (every new one, with
 * `openTogether`) are open in month 1; each next new one opens the month after the previous new one has covered its own costs (its people, fees and its share of
 * shared costs) for `consecutiveMonths` running.
 * Sales are what the month's ad spend buys (monthDemand): spend goes where the store's wanted sales need it (what a
 * running store sells today plus its target share of the growth the target asks over today's sales), capped by the
 * platform's share of the monthly budget among the open platforms, so no month spends more than the budget; a running
 * store's share first holds what keeps today's sales (budgetShareFen's floors), the 80/20 split is of the rest. Each
 * platform's own people grow with its month's orders and sales; core roles are kept through a slow month, peak
 * customer-service agents only for staffing's agentsKeptMonths. A
 * platform has no cost before it opens. Shared people, rent and other fixed costs are split among open platforms by sales.
 * VAT is settled for the company each month (settleMonthVat): a credit is carried forward, what is paid is shared out.
 */
export function simulateMonths(platforms: readonly SimulatedPlatform[], rules: SimulationRules): Simulation {
  const openMonths = new Map<string, number>();
  const fresh = platforms.filter((p) => p.currentSales === null);
  for (const p of platforms) if (p.currentSales !== null) openMonths.set(p.platform, 1);
  const openAtOnce = rules.openTogether ? fresh.length : Math.min(fresh.length, 1);
  for (const p of fresh.slice(0, openAtOnce)) openMonths.set(p.platform, 1);
  let openedNew = openAtOnce;
  const previous = new Map<string, Previous>();
  const previousTeam = new Map<string, Record<Role, number>>();
  const volumes = new Map<string, Array<TeamVolume<number>>>();
  const teams: PlatformTeamMonth[] = [];
  const cumulativeProfit = new Map<string, number>();
  const lines: MonthLine[] = [];
  const vat: CompanyVatMonth[] = [];
  let streak = 0;
  let keepTodayNeed: number | null = null;
  for (let month = 1; month <= rules.horizonMonths; month++) {
    const open = platforms.filter((p) => (openMonths.get(p.platform) ?? Infinity) <= month);
    const shares = monthBudgetShares(open.map((p) => p.budgetWeight));
    const runningToday = runningTodayIn(platforms, month);
    const floors = open.map((p) => budgetFloorIn(p, month, rules));
    const floorsTotal = floors.reduce((a, b) => a + b, 0);
    const floorOf = (i: number): BudgetFloors<number> => (runningToday === undefined ? {} : { floor: floors[i]!, floorsTotal });
    if (runningToday !== undefined) keepTodayNeed = Math.max(keepTodayNeed ?? 0, roundToFen(floorsTotal));
    const months = open.map((p, i) => platformMonth(month, p, openMonths.get(p.platform)!, shares[i]!, rules, previous.get(p.platform), runningToday, floorOf(i)));
    const monthLines = months.map((m) => m.line);
    vat.push(settleMonthVat(monthLines, month, vat.at(-1)?.creditCarried ?? 0, rules.vatExemptSales));
    const sales = monthLines.map((l) => l.sales);
    const weights = sales.some((s) => s > 0) ? sales : monthLines.map(() => 1);
    const split = (amount: number) => (monthLines.length ? allocateByWeights(amount, weights) : []);
    const shared = split(rules.sharedLabour(open.filter((p) => p.needsShared).length));
    const rent = split(rules.rentPerMonth);
    const other = split(rules.otherFixedPerMonth);
    monthLines.forEach((line, i) => {
      const recent = volumes.get(line.platform!) ?? [];
      const team = open[i]!.ownTeam({ orders: line.orders, sales: line.sales }, previousTeam.get(line.platform!) ?? null, recent);
      previousTeam.set(line.platform!, team.roles);
      volumes.set(line.platform!, [{ orders: line.orders, sales: line.sales }, ...recent.slice(0, 11)]);
      teams.push({ month, platform: line.platform!, ...team });
      line.labour = addFen(team.cost, shared[i]!);
      line.rent = rent[i]!;
      line.otherFixed = other[i]!;
      line.overhead = companyOverhead(N, { sales: line.sales, returns: line.returns, share: rules.overheadShare });
      closeLine(line, cumulativeProfit.get(line.platform!) ?? 0);
      const cash = platformMonthCash(N, months[i]!.inputs, { profit: line.profit, goods: line.goods, payout: months[i]!.payout });
      Object.assign(line, cash);
      cumulativeProfit.set(line.platform!, line.cumulativeProfit);
      previous.set(line.platform!, { goods: line.goods, payout: months[i]!.payout, cumulativeCash: line.cumulativeCash });
    });
    lines.push(...monthLines);
    const next = fresh[openedNew];
    if (next) {
      const latest = monthLines.find((l) => l.platform === fresh[openedNew - 1]!.platform)!;
      streak = latest.profit >= 0 ? streak + 1 : 0;
      if (streak >= rules.consecutiveMonths && month + 1 <= rules.lastOpeningMonth) {
        openMonths.set(next.platform, month + 1);
        openedNew++;
        streak = 0;
      }
    }
  }
  return { lines, teams, openMonths, vat, keepTodayNeed };
}
