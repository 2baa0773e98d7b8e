import type { Role } from "../../data/schema/staffing";
import type { OpenTogether } from "./openTogether";
import type { ProfitFix } from "./profitFix";
import type { VerdictReason } from "./verdictTypes";

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
  /** The budget a month that keeps what the running stores sell today, the peak month included (null: none runs). */
  keepTodayNeed: number | null;
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
  /** The shared pool's people (design shared by the stores that need it). */
  sharedPeople: number;
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
   * For a brand with running stores, payback speaks of the stores the plan opens alone (the running stores have no
   * launch to pay back): the first month from which every new store's own cumulative profit stays at or above 0
   * (newStoresPayback); null when it opens none (`newStores` 0) or they do not pay back within the horizon.
   */
  newStoresPaybackMonth: number | null;
  /**
   * For a brand with running stores, when what the plan adds over keeping today's sales (their growth and any new
   * store) pays back: the first month from which its cumulative profit stays at or above that of the same stores kept
   * at today's sales (growthPayback); null for a new brand, a plan that adds nothing, or one not paying back in the plan.
   */
  growthPaybackMonth: number | null;
  /** The same stores with every new one opened in month 1, beside this plan (openTogether); null when none opens later. */
  openTogether: OpenTogether | null;
  /** Whether the plan adds more than an order a month over the running stores kept at today's sales (false for a new brand). */
  growthAdded: boolean;
  /** What the running stores kept at today's sales earn in the plan's last 12 months, before income tax (null for a new brand). */
  todayYearProfit: number | null;
  /** The same on the new stores' cumulative cash (deposits, stock bought ahead and money not yet settled counted). */
  newStoresCashPaybackMonth: number | null;
  /** How many new stores open within the horizon. */
  newStores: number;
  /** First month the cumulative cash (profit less deposits, stock bought ahead and money not yet settled) is back at or above 0 for good; null: not within the horizon. */
  cashPaybackMonth: number | null;
  /** The most cash the plan has out at once (minus the lowest cumulative cash; 0 if it never goes below 0). */
  peakCashNeed: number;
  /** The month of that peak (the first, if several); null when the cash never goes below 0. */
  peakCashMonth: number | null;
  peakPeople: number;
  teamAvailable: number | null;
  /** The peak team is larger than the people available (teamOver): the plan warns. */
  teamOver: boolean;
}
