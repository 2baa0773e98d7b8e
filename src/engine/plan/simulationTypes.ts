import type { AverageOrder } from "./averageOrder";
import { type MonthLine } from "./monthLine";
import { type SpendCurve } from "./monthDemand";
import type { CompanyVatMonth } from "./monthVat";
import type { Role } from "../../data/schema/roles";
import type { TeamAt } from "../team/platformTeamAt";
import type { TeamVolume } from "../team/teamAtVolume";

/** A platform as the month-by-month simulation reads it. */
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
  demandRamp: { roi: readonly number[]; spend: readonly number[]; organic: readonly number[] };
  /** Diminishing returns above a reference monthly spend per platform (see monthDemand). */
  spendCurve: SpendCurve<number>;
  monthlyAdBudget: number;
  /** How fast a running store's ad spend can grow a month over the spend that keeps today's sales (runningGrowth). */
  runningSpendGrowth: number;
  /** Months the last opened platform must cover its own costs before the next one opens. */
  consecutiveMonths: number;
  /** The last month a new store may open in: later, it would not run long enough within the plan for its payback to be judged. */
  lastOpeningMonth: number;
  /** The company's target for each calendar month of a year (12 values, fen-exact). */
  monthTargets: readonly number[];
  rentPerMonth: number;
  otherFixedPerMonth: number;
  /** Company overhead as a share of each platform's sales (companyOverhead). */
  overheadShare: number;
  /** The company's conversion rate. */
  conversionRate: number;
  /** Monthly cost of the shared pool when n stores that need it are open. */
  sharedLabour: (storesOpen: number) => number;
  /** The VAT regime's monthly exemption: company taxable sales at or below it owe no output VAT (companyVat). */
  vatExemptSales: number;
  /** Every new store opens in month 1 (the alternative to single-point breakthrough: openTogether). */
  openTogether?: boolean;
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
  /** The company's VAT month by month: taxable sales, VAT before credits, paid, credit carried. */
  vat: CompanyVatMonth[];
  /**
   * The ad spend a month that keeps what the running stores sell today, at their mature ROI and paid share, in the
   * month that needs most (their budget floors together, budgetShareFen); null for a brand that runs none.
   */
  keepTodayNeed: number | null;
}
