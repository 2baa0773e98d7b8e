import type { YearTotal } from "./yearTotals";
import type { Role } from "../../data/schema/staffing";
import type { FitScore } from "../fit/fitScore";
import type { OrderEconomics } from "../margin/orderEconomics";
import type { PlatformTeam } from "../team/platformTeam";
import type { AverageOrder } from "./averageOrder";
import type { MonthLine } from "./monthLine";
import type { ProfitFix } from "./profitFix";
import type { PlatformTeamMonth } from "./simulateMonths";

/** existing: a store the brand already runs (never an entry verdict). */
export type VerdictKind = "existing" | "enter_now" | "enter_later" | "not_profitable" | "dont_enter";
export type VerdictReason =
  | "already_selling"
  | "budget_shrinks"
  | "best_fit"
  | "after_previous"
  | "slow_payback"
  | "loss_per_order"
  | "below_break_even"
  | "gate"
  | "low_fit"
  | "platform_limit"
  | "same_marketplace"
  | "store_type"
  | "not_chosen";

export interface Verdict {
  kind: VerdictKind;
  reason: VerdictReason;
  /** Month the platform opens (enter verdicts; 1 for a store already running); null when the previous platform does not pay within the horizon. */
  openMonth: number | null;
  /** The platform opened before this one (enter_later). */
  after: string | null;
  /** What would make it profitable (not_profitable). */
  fix: ProfitFix | null;
}

/** A store the brand already runs: its sales today against what its share of the ad budget buys once steady. */
export interface ExistingStore {
  /** Its current monthly sales, as the user stated them. */
  monthlySales: number;
  /** Its average monthly sales over the plan's last 12 months. */
  steadyMonthlySales: number;
  /** Its budget share buys less than it sells today (by more than an order a month). */
  shrinks: boolean;
}

/** One platform as the plan sees it, whether entered or not. */
export interface PlatformPlan {
  platform: string;
  /** Orders-weighted mean fit of the products, 0–100. */
  fit: number;
  /** The store the brand already runs there; null when it does not sell there today. */
  existing: ExistingStore | null;
  gateMet: boolean;
  roi: number;
  /** A mature store's paid share of sales (the platform's, or the company's override): an output of the model. */
  paidShare: number;
  adRatio: number;
  /** CPC the ROI implies at the company's conversion rate and this order value. */
  impliedCostPerClick: number;
  /** ROI the user's own CPC implies, when given. */
  impliedRoiAtYourCpc: number | null;
  averageOrder: AverageOrder;
  /** Contribution per order ÷ price. */
  contributionMargin: number;
  verdict: Verdict;
  /** Share of the annual target at full run rate (0 without an enter verdict). */
  targetShare: number;
  /** 80/20 weight of the ad spend (0 without an enter verdict). */
  budgetWeight: number;
  runRate: RunRate | null;
  team: PlatformTeam | null;
  /** Monthly cost of the platform's own people (not the shared pool). */
  teamMonthlyCost: number;
  /** Whole orders a month to cover its own fixed costs and its share of the shared ones at run rate. */
  breakEvenOrders: number | null;
  /** First month its profit is not negative. */
  breakEvenMonth: number | null;
  /** First month its cumulative profit since opening is not negative (launch losses earned back); null when not within the plan. */
  paybackMonth: number | null;
  /** Its ad spend over months 1–12 of the P&L (0 when it does not open in the first year). */
  yearOneAdSpend: number;
}

/** A platform at full run rate (all entered platforms open, average month, full ramp). */
export interface RunRate {
  orders: number;
  sales: number;
  adSpend: number;
  contribution: number;
  /** Its own people and fees plus its share of shared people, rent and other fixed costs. */
  fixedCosts: number;
  fixedPerOrder: number;
  profit: number;
  netProfitPerOrder: number;
  /** profit ÷ sales: the net margin at run rate (0 without sales). */
  netMargin: number;
}

export interface ProductOnPlatform {
  platform: string;
  fit: FitScore;
  returnRate: number;
  adRatio: number;
  /** fixedPerOrder is the platform's run-rate fixed cost per order; 0 when the platform is not entered. */
  economics: OrderEconomics;
  /** Net profit per order after fixed costs at planned volume; null when the platform is not entered. */
  netProfit: number | null;
  netMargin: number | null;
  /** Orders a month of this product alone that cover the platform's run-rate fixed costs; null when not entered or no contribution. */
  breakEvenOrders: number | null;
}

export interface ProductPlan {
  sku: string;
  platforms: ProductOnPlatform[];
}

export interface BudgetCheck {
  monthlyBudget: number;
  /** Ad spend a month the target needs at full run rate. */
  runRateNeed: number;
  /** The largest month's ad spend within the first 12 months. */
  peakNeed: number;
  peakMonth: number;
  yearOneNeed: number;
  /** monthlyBudget − runRateNeed: negative is a shortfall. */
  runRateGap: number;
  /** The annual target the budget carries at full run rate (null without ad spend). */
  carriedTarget: number | null;
  covers: boolean;
  /** Year-1 sales the capped plan forecasts: what the budget buys, not the target. */
  forecastYearOneSales: number;
  /** First month whose sales reach that month's share of the annual target (null if none within the horizon). */
  targetReachedMonth: number | null;
  /** The flat monthly budget that meets every month's target once the stores are mature, the peak month included. */
  budgetForTarget: number;
  /** Platforms whose plan wants more than their share of the budget in some months, with what that share buys. */
  capped: CappedPlatform[];
}

export interface CappedPlatform {
  platform: string;
  /** How many months the budget share caps its spend. */
  months: number;
  /** The first such month: the spend its target share wanted, the spend its budget share allowed, and what it bought. */
  firstMonth: number;
  wanted: number;
  spend: number;
  sales: number;
}

export interface TeamMonth {
  month: number;
  people: number;
  byRole: Record<Role, number>;
  labourCost: number;
  /** The shared pool's (design) part of the labour cost. */
  sharedCost: number;
  /** The entered platforms' own people this month (labourCost − sharedCost). */
  ownCost: number;
}

export type Headline =
  /** existing: the stores the brand runs today; focus: the first new platform, opened in month 1 (null: none new). */
  | { kind: "enter"; existing: string[]; focus: string | null; next: Array<{ platform: string; openMonth: number | null }> }
  | { kind: "none_profitable"; bestFit: string | null; fix: ProfitFix | null; reason: VerdictReason | null };

export interface PlanTotals {
  months: number;
  yearOneSales: number;
  yearOneAdSpend: number;
  yearOneProfit: number;
  horizonProfit: number;
  /** First month the cumulative profit is back at or above 0 after the launch costs; null: not within the horizon. */
  paybackMonth: number | null;
  /**
   * The same for the stores the plan opens alone (a brand's running stores left out: they pay from month 1); null
   * when it opens none or they do not pay back within the horizon.
   */
  newStoresPaybackMonth: number | null;
  /** First month the cumulative cash (profit less deposits, stock bought ahead and money not yet settled) is back at or above 0 for good; null: not within the horizon. */
  cashPaybackMonth: number | null;
  /** The most cash the plan has out at once (minus the lowest cumulative cash; 0 if it never goes below 0). */
  peakCashNeed: number;
  peakPeople: number;
  teamAvailable: number | null;
}

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
