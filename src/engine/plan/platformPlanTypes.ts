import type { OverheadAtRunRate } from "./overheadAtRunRate";
import type { FitScore } from "../fit/fitScore";
import type { OrderEconomics } from "../margin/orderEconomics";
import type { PlatformTeam } from "../team/platformTeam";
import type { AverageOrder } from "./averageOrder";
import type { ExistingStore, Verdict } from "./verdictTypes";

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
  /** The company overhead its kept sales carry at run rate (null without a run rate): a store earning less is short_of_overhead. */
  overheadAtRunRate: OverheadAtRunRate | null;
  team: PlatformTeam | null;
  /** Monthly cost of the platform's own people (not the shared pool). */
  teamMonthlyCost: number;
  /** Whole orders a month to cover its own fixed costs and its share of the shared ones at run rate. */
  breakEvenOrders: number | null;
  /** First month its profit is not negative. */
  breakEvenMonth: number | null;
  /** First month its cumulative profit since opening is not negative (launch losses earned back); null when not within the plan. */
  paybackMonth: number | null;
  /**
   * Months from its opening to its payback for a store the plan opens: within the plan, or projected after it at its
   * run-rate month after company overhead (monthsToPayback); null when it would never pay back, or for a running store.
   */
  paybackMonthsOpen: number | null;
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
