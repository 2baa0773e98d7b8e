import type { ReferenceData } from "../../data/referenceData";
import { numberCalculator as N } from "../calc/numberCalculator";
import { breakEvenOrders } from "../margin/breakEven";
import { budgetShareFen, demandOrders, keepTodaySpend } from "./monthDemand";
import type { PlanCompany } from "./planInput";
import type { RunRate } from "./planTypes";
import { spendCurve } from "./spendCurve";
import type { EnteredPlatform } from "./chooseEntries";

/** What would carry a store too small to carry its team: each a figure the user can act on (null where it does not apply). */
export interface VolumeLevers {
  /** Orders a month its share of the ad budget buys once mature (mature ROI and paid share, on the spend curve); null without ads. */
  budgetBuysOrders: number | null;
  /**
   * The lowest annual target, in steps of ¥10,000 (a target one types), at which its share covers its fixed costs
   * beside the same stores, its team and share of the shared costs grown with it: break-even at run rate, before its
   * launch losses are earned back. Null if none up to twice today's (out of reach: naming it would mislead).
   */
  targetForBreakEven: number | null;
  /** How far above today's target that is, as a fraction (0.27: 27% more). */
  targetRaise: number | null;
  /** Its break-even orders were every team lean, when the company plans standard teams and lean needs fewer. */
  leanBreakEvenOrders: number | null;
}

const TARGET_STEP = 10_000;
const MAX_TARGET_FACTOR = 2;

/** Its run rate beside the same stores, were the company's settings `company`. */
export type RunRateAt = (company: PlanCompany) => RunRate;

/** How the store is judged: its run rate beside the same stores at other settings, whether a run rate carries it, and what each order leaves to cover the fixed costs. */
export interface Judged {
  rateAt: RunRateAt;
  carries: (r: RunRate) => boolean;
  perOrder: number;
}

/**
 * The lowest target on the ¥10,000 grid above today's, up to twice today's, at which the store carries itself: none if
 * twice today's does not carry it, else halving the gap between today's (which does not) and the lowest found.
 */
function lowestPayingTarget(company: PlanCompany, { rateAt, carries }: Judged): number | null {
  const paysAt = (annualTarget: number) => carries(rateAt({ ...company, annualTarget }));
  const grid = (t: number) => Math.ceil(t / TARGET_STEP) * TARGET_STEP;
  let low = company.annualTarget;
  let high = grid(MAX_TARGET_FACTOR * company.annualTarget);
  if (!paysAt(high)) return null;
  while (high - low > TARGET_STEP) {
    const mid = grid((low + high) / 2);
    if (mid >= high) break;
    if (paysAt(mid)) high = mid;
    else low = mid;
  }
  return high;
}

/**
 * The levers for `weakest`, judged beside the stores it was tried with: what its budget share buys (what the
 * running stores' claims for today's sales leave, split by the 80/20 weights, as in the months), the target that
 * would carry it, and its break-even with lean teams.
 */
export function volumeLevers(data: ReferenceData, company: PlanCompany, entered: readonly EnteredPlatform[], weakest: EnteredPlatform, judged: Judged): VolumeLevers {
  const c = weakest.candidate;
  const curve = spendCurve(data);
  const stores = company.existingStores ?? {};
  const roiOf = (e: EnteredPlatform) => ({ roiNow: e.candidate.roi, paidShareNow: e.candidate.order.rates.paidShare, curve });
  const floors = entered.filter((e) => stores[e.candidate.platform] !== undefined).map((e) => keepTodaySpend(N, { current: stores[e.candidate.platform]!, ...roiOf(e) }));
  const spend = budgetShareFen(N, {
    budget: company.monthlyAdBudget,
    budgetWeight: weakest.share.budgetWeight,
    ...(floors.length ? { floor: 0, floorsTotal: N.sum(floors) } : {}),
  });
  const budgetBuysOrders = c.advertises ? demandOrders(N, { spend, ...roiOf(weakest), price: c.order.price }) : null;
  const beOf = (r: RunRate) => breakEvenOrders(N, { fixedCosts: r.fixedCosts, contributionPerOrder: judged.perOrder });
  const standard = beOf(weakest.runRate);
  const lean = company.configuration === "lean" ? null : beOf(judged.rateAt({ ...company, configuration: "lean" }));
  const target = lowestPayingTarget(company, judged);
  return {
    budgetBuysOrders,
    targetForBreakEven: target,
    targetRaise: target === null ? null : target / company.annualTarget - 1,
    leanBreakEvenOrders: lean !== null && standard !== null && lean < standard ? lean : null,
  };
}
