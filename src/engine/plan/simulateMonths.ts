import { allocateByWeights } from "../money/allocateByWeights";
import { roundToFen } from "../money/roundHalfEven";
import type { AverageOrder } from "./averageOrder";
import { addFen, closeLine, emptyLine, type MonthLine } from "./monthLine";
import { numberCalculator as N } from "../calc/numberCalculator";
import { demandOrders, demandRates, demandSpend, wantedSpend, monthsOpenIn, rampAt, type SpendCurve } from "./monthDemand";
import { platformMonthCash, platformMonthLines, type PlatformMonthInputs } from "./platformMonth";
import { ownTrafficSales } from "./ownTraffic";
import { paidVisitorsFor, visitorsFor } from "./visitorsFor";
import type { Role } from "../../data/schema/roles";
import type { TeamAt } from "../team/platformTeamAt";
import type { TeamVolume } from "../team/teamAtVolume";

export interface SimulatedPlatform {
  platform: string;
  order: AverageOrder;
  targetShare: number;
  /** Its 80/20 weight in the ad budget; the month's budget is split among open platforms by these weights. */
  budgetWeight: number;
  /** The platform's mature ROI (the middle of its range). */
  roi: number;
  /** 1 where the brand buys the platform's ads, 0 where it sells on the platform's own traffic (ownTraffic). */
  advertises: number;
  /** The paid share of a mature store's sales: the platform's (costs data) or the company's override. */
  paidShare: number;
  /**
   * Its own people at a month's orders and sales (platformTeamAt), held from `previous` (last month's team; null in
   * the opening month) so a slow month lets no core role go, with customer service kept for what the `recent`
   * months (its earlier volumes, latest first) needed.
   */
  ownTeam(volume: TeamVolume<number>, previous: Record<Role, number> | null, recent: ReadonlyArray<TeamVolume<number>>): TeamAt<number>;
  annualFee: number;
  /** The store deposit, paid when a new store opens. */
  deposit: number;
  /** Stores' worth of shared roles it needs (design), counted in the shared pool while open. */
  needsShared: boolean;
  /**
   * A store the brand already runs: what it sells today in each calendar month (12 values, seasonalised like the
   * targets). It is open and mature from month 1, with its stock and receivables in place; null for a new store.
   */
  currentSales: readonly number[] | null;
}

export interface SimulationRules {
  horizonMonths: number;
  /** By month open: ROI as a share of the mature ROI, and organic sales as a share of the mature organic share. */
  demandRamp: { roi: readonly number[]; organic: readonly number[] };
  /** Diminishing returns above a reference monthly spend per platform (see monthDemand). */
  spendCurve: SpendCurve<number>;
  monthlyAdBudget: number;
  /** Months the last opened platform must cover its own costs before the next one opens. */
  consecutiveMonths: number;
  /** The company's target for each calendar month of a year (12 values, fen-exact). */
  monthTargets: readonly number[];
  rentPerMonth: number;
  otherFixedPerMonth: number;
  /** The company's conversion rate. */
  conversionRate: number;
  /** Monthly cost of the shared pool when n stores that need it are open. */
  sharedLabour: (storesOpen: number) => number;
}

/** One open platform's own team in a month (beside its P&L line). */
export interface PlatformTeamMonth extends TeamAt<number> {
  month: number;
  platform: string;
}

export interface Simulation {
  lines: MonthLine[];
  /** The own team of each line's platform and month, in the order of `lines`. */
  teams: PlatformTeamMonth[];
  openMonths: Map<string, number>;
}

/** The month's demand inputs for one open platform (see monthDemand), shared by the engine and the workbook. */
export function demandInputs(p: SimulatedPlatform, month: number, openMonth: number, budgetWeight: number, rules: SimulationRules) {
  const monthsOpen = monthsOpenIn(month, openMonth, p.currentSales !== null);
  return {
    target: rules.monthTargets[(month - 1) % 12]!,
    share: p.targetShare,
    ...(p.currentSales === null ? {} : { current: p.currentSales[(month - 1) % 12]! }),
    budget: rules.monthlyAdBudget,
    budgetWeight,
    roi: p.roi,
    roiRamp: rampAt(rules.demandRamp.roi, monthsOpen),
    organicRamp: rampAt(rules.demandRamp.organic, monthsOpen),
    paidShare: p.paidShare,
    advertises: p.advertises,
    price: p.order.price,
    curve: rules.spendCurve,
  };
}

type Previous = PlatformMonthInputs<number>["previous"];
const NOTHING_BEFORE: Previous = { goods: 0, payout: 0, cumulativeCash: 0 };

/** The month's inputs of the cost stack and cash line for one platform (see platformMonth), shared with the workbook. */
export function monthCostInputs(p: SimulatedPlatform, monthsOpen: number, paidShareNow: number, ads: number, previous: Previous): Omit<PlatformMonthInputs<number>, "orders"> {
  const o = p.order;
  return {
    price: o.price,
    returnsPerOrder: o.returns,
    deductionsPerOrder: o.deductions,
    goodsPerOrder: o.goods,
    shippingPerOrder: o.shipping,
    returnRate: o.returnRate,
    paidShareNow,
    affiliateShare: o.rates.affiliateShare,
    rates: o.rates,
    ads,
    vatRates: o.vatRates,
    deductionsAreDiscount: o.deductionsAreDiscount,
    opening: monthsOpen === 1 ? 1 : 0,
    deposit: p.deposit,
    inventoryCoverMonths: o.rates.inventoryCoverMonths,
    settlementDays: o.rates.settlementDays,
    previous,
  };
}

/**
 * One platform's month. `previous` is undefined in its first month: a new store starts from nothing, a store the
 * brand already runs from its steady state (last month's stock and unsettled money as this month's, no cash yet counted).
 */
function platformMonth(month: number, p: SimulatedPlatform, openMonth: number, budgetWeight: number, rules: SimulationRules, previous: Previous | undefined) {
  const line = emptyLine(month, p.platform);
  const x = demandInputs(p, month, openMonth, budgetWeight, rules);
  const rates = demandRates(N, x);
  const spend = demandSpend(N, { ...x, ...rates });
  const own = p.advertises ? {} : { ownSales: ownTrafficSales(N, x) };
  const orders = demandOrders(N, { spend, ...rates, price: x.price, curve: x.curve, ...own });
  const costInputs = { orders, ...monthCostInputs(p, monthsOpenIn(month, openMonth, p.currentSales !== null), rates.paidShareNow, spend, previous ?? NOTHING_BEFORE) };
  const { payout, ...lines } = platformMonthLines(N, costInputs);
  const steady = p.currentSales !== null ? { goods: lines.goods, payout, cumulativeCash: 0 } : NOTHING_BEFORE;
  const inputs = { ...costInputs, previous: previous ?? steady };
  const visitors = visitorsFor(orders, rules.conversionRate, 1);
  Object.assign(line, lines, {
    open: true,
    orders,
    visitors,
    paidVisitors: paidVisitorsFor(visitors, rates.paidShareNow),
    paidShare: rates.paidShareNow,
    adsWanted: Math.max(spend, roundToFen(wantedSpend(N, { ...x, ...rates }))),
    ads: spend,
    annualFee: roundToFen(p.annualFee / 12),
  });
  return { line, inputs, payout };
}

/**
 * Month by month: the stores the brand already runs and the first new platform are open in month 1; each next new
 * one opens the month after the previous new one has covered its own costs (its people, fees and its share of
 * shared costs) for `consecutiveMonths` running.
 * Sales are what the month's ad spend buys (monthDemand): spend goes where the target share needs it, capped by the
 * platform's share of the monthly budget among the open platforms, so no month spends more than the budget. Each
 * platform's own people grow with its month's orders and sales; core roles are kept through a slow month, peak
 * customer-service agents only for staffing's agentsKeptMonths. A
 * platform has no cost before it opens. Shared people, rent and other fixed costs are split among open platforms by sales.
 */
export function simulateMonths(platforms: readonly SimulatedPlatform[], rules: SimulationRules): Simulation {
  const openMonths = new Map<string, number>();
  const fresh = platforms.filter((p) => p.currentSales === null);
  for (const p of platforms) if (p.currentSales !== null) openMonths.set(p.platform, 1);
  if (fresh.length > 0) openMonths.set(fresh[0]!.platform, 1);
  let openedNew = Math.min(fresh.length, 1);
  const previous = new Map<string, Previous>();
  const previousTeam = new Map<string, Record<Role, number>>();
  const volumes = new Map<string, Array<TeamVolume<number>>>();
  const teams: PlatformTeamMonth[] = [];
  const cumulativeProfit = new Map<string, number>();
  const lines: MonthLine[] = [];
  let streak = 0;
  for (let month = 1; month <= rules.horizonMonths; month++) {
    const open = platforms.filter((p) => (openMonths.get(p.platform) ?? Infinity) <= month);
    const weightOpen = open.reduce((sum, p) => sum + p.budgetWeight, 0);
    const months = open.map((p) =>
      platformMonth(month, p, openMonths.get(p.platform)!, weightOpen > 0 ? p.budgetWeight / weightOpen : 1 / open.length, rules, previous.get(p.platform)),
    );
    const monthLines = months.map((m) => m.line);
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
      const before = months[i]!.inputs.previous;
      closeLine(line, { cumulativeProfit: cumulativeProfit.get(line.platform!) ?? 0, cumulativeCash: before.cumulativeCash });
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
      if (streak >= rules.consecutiveMonths && month < rules.horizonMonths) {
        openMonths.set(next.platform, month + 1);
        openedNew++;
        streak = 0;
      }
    }
  }
  return { lines, teams, openMonths };
}
