import { allocateByWeights } from "../money/allocateByWeights";
import { roundToFen } from "../money/roundHalfEven";
import type { AverageOrder } from "./averageOrder";
import { addFen, closeLine, emptyLine, type MonthLine } from "./monthLine";
import { rampFactor } from "./rampFactor";
import { paidVisitorsFor, visitorsFor } from "./visitorsFor";

export interface SimulatedPlatform {
  platform: string;
  order: AverageOrder;
  targetShare: number;
  /** Its own people a month, from its opening month. */
  ownLabour: number;
  annualFee: number;
  /** Stores' worth of shared roles it needs (design), counted in the shared pool while open. */
  needsShared: boolean;
}

export interface SimulationRules {
  horizonMonths: number;
  rampUp: readonly number[];
  /** Months the last opened platform must cover its own costs before the next one opens. */
  consecutiveMonths: number;
  /** The company's target for each calendar month of a year (12 values, fen-exact). */
  monthTargets: readonly number[];
  rentPerMonth: number;
  otherFixedPerMonth: number;
  /** The company's conversion rate and paid share of traffic: visitors and paid visitors behind the orders. */
  conversionRate: number;
  paidShare: number;
  /** Monthly cost of the shared pool when n stores that need it are open. */
  sharedLabour: (storesOpen: number) => number;
}

export interface Simulation {
  lines: MonthLine[];
  openMonths: Map<string, number>;
}

function platformMonth(month: number, p: SimulatedPlatform, openMonth: number, rules: SimulationRules): MonthLine {
  const line = emptyLine(month, p.platform);
  const target = rules.monthTargets[(month - 1) % 12]! * p.targetShare * rampFactor(rules.rampUp, month - openMonth + 1);
  const orders = p.order.price > 0 ? Math.round(target / p.order.price) : 0;
  const o = p.order;
  Object.assign(line, {
    open: true,
    orders,
    visitors: visitorsFor(orders, rules.conversionRate, 1),
    paidVisitors: paidVisitorsFor(visitorsFor(orders, rules.conversionRate, 1), rules.paidShare),
    sales: roundToFen(orders * o.price),
    returns: roundToFen(orders * o.returns),
    deductions: roundToFen(orders * o.deductions),
    goods: roundToFen(orders * o.goods),
    shipping: roundToFen(orders * o.shipping),
    ads: roundToFen(orders * o.ads),
    platformFees: roundToFen(orders * o.platformFee),
    annualFee: roundToFen(p.annualFee / 12),
  });
  return line;
}

/**
 * Month by month: the focus platform opens in month 1; each next one opens the month after the previous one has
 * covered its own costs (its people, fees and its share of shared costs) for `consecutiveMonths` running.
 * Sales follow the company's monthly target × the platform's share × its ramp-up. A platform has no cost before
 * it opens. Shared people, rent and other fixed costs are split among open platforms by sales.
 */
export function simulateMonths(platforms: readonly SimulatedPlatform[], rules: SimulationRules): Simulation {
  const openMonths = new Map<string, number>();
  if (platforms.length > 0) openMonths.set(platforms[0]!.platform, 1);
  const cumulative = new Map<string, number>();
  const lines: MonthLine[] = [];
  let streak = 0;
  for (let month = 1; month <= rules.horizonMonths; month++) {
    const open = platforms.filter((p) => (openMonths.get(p.platform) ?? Infinity) <= month);
    const monthLines = open.map((p) => platformMonth(month, p, openMonths.get(p.platform)!, rules));
    const sales = monthLines.map((l) => l.sales);
    const weights = sales.some((s) => s > 0) ? sales : monthLines.map(() => 1);
    const split = (amount: number) => (monthLines.length ? allocateByWeights(amount, weights) : []);
    const shared = split(rules.sharedLabour(open.filter((p) => p.needsShared).length));
    const rent = split(rules.rentPerMonth);
    const other = split(rules.otherFixedPerMonth);
    monthLines.forEach((line, i) => {
      line.labour = addFen(open[i]!.ownLabour, shared[i]!);
      line.rent = rent[i]!;
      line.otherFixed = other[i]!;
      closeLine(line, cumulative.get(line.platform!) ?? 0);
      cumulative.set(line.platform!, line.cumulativeProfit);
    });
    lines.push(...monthLines);
    const next = platforms[openMonths.size];
    if (next) {
      const latest = monthLines[monthLines.length - 1]!;
      streak = latest.profit >= 0 ? streak + 1 : 0;
      if (streak >= rules.consecutiveMonths && month < rules.horizonMonths) {
        openMonths.set(next.platform, month + 1);
        streak = 0;
      }
    }
  }
  return { lines, openMonths };
}
