import type { YearTotal } from "./yearTotals";
import type { Role } from "../../data/schema/staffing";
import type { MonthLine } from "./monthLine";
import type { PlatformTeamMonth } from "./simulateMonths";
import type { PlatformPlan, ProductPlan } from "./platformPlanTypes";
import type { BudgetCheck, Headline, PlanTotals, TeamMonth } from "./planTotalsTypes";

export type { ExistingStore, Verdict, VerdictKind, VerdictReason } from "./verdictTypes";
export type { PlatformPlan, ProductOnPlatform, ProductPlan, RunRate } from "./platformPlanTypes";
export type { BudgetCheck, CappedPlatform, Headline, PlanTotals, TeamMonth } from "./planTotalsTypes";

/** The whole plan: the one answer every view (formula, wizard, workbook, JSON) shows. */
export interface ChannelPlan {
  headline: Headline;
  /** Every platform, best fit first. */
  platforms: PlatformPlan[];
  /** Entered platforms in entry order. */
  entered: string[];
  products: ProductPlan[];
  avgOrderValue: number;
  /** The company's target for each calendar month (12 values, fen-exact; year 2 repeats them). */
  monthTargets: number[];
  budget: BudgetCheck;
  /** Per platform and month, entered platforms only. */
  months: MonthLine[];
  /** All platforms per month. */
  totals: MonthLine[];
  /** All platforms per year of the horizon: flows summed, running totals at the year's end. */
  yearTotals: YearTotal[];
  team: TeamMonth[];
  /** Each open platform's own team by month, in the order of `months` (its labour is the team's cost plus its share of the pool). */
  platformTeams: PlatformTeamMonth[];
  /** Shared roles at full run rate, with the per-platform teams in PlatformPlan.team. */
  sharedRoles: Record<Role, number>;
  sharedMonthlyCost: number;
  summary: PlanTotals;
}
