import type { ReferenceData } from "../../data/referenceData";
import { numberCalculator as N } from "../calc/numberCalculator";
import type { Candidate } from "./candidates";
import type { EnteredPlatform } from "./chooseEntries";
import { overheadShareOf } from "./companyOverhead";
import { overheadAtRunRate, shortOfOverhead } from "./overheadAtRunRate";
import type { PlanCompany } from "./planInput";
import type { RunRate, Verdict } from "./planTypes";
import { volumeFix } from "./profitFix";
import { volumeLevers, type RunRateAt } from "./volumeLevers";

/** Too little volume: on a supply account (profiles: supplyAccount) for its key-account manager, elsewhere for its store team. */
const belowBreakEven = (data: ReferenceData, platform: string): Verdict["reason"] =>
  data.profiles.platforms[platform]?.supplyAccount ? "supply_below_break_even" : "below_break_even";

/** A verdict on a platform the plan does not open. */
export const verdict = (kind: Verdict["kind"], reason: Verdict["reason"], fix: Verdict["fix"] = null): Verdict => ({ kind, reason, openMonth: null, after: null, fix });

/** The company overhead an average order's kept sales bring (companyOverhead on price less refunds). */
const overheadPerOrder = (data: ReferenceData, company: PlanCompany, c: Candidate): number =>
  N.multiply(N.subtract(c.order.price, c.order.returns), overheadShareOf(company, data.planning));

/**
 * Whether a new store carries itself at run rate: its own team and fixed costs, and, beside other stores (running or
 * new), the company overhead its sales bring too, or it would lower the company's profit. Alone it is the plan, and
 * its verdict says it is short of overhead.
 */
export const carries = (data: ReferenceData, company: PlanCompany, c: Candidate, r: RunRate, alone: boolean): boolean =>
  r.orders > 0 && r.profit >= 0 && (alone || !shortOfOverhead(r, overheadAtRunRate(r, N.subtract(c.order.price, c.order.returns), overheadShareOf(company, data.planning))));

/**
 * The verdict of a new store that does not carry itself beside `entered` (`rateAt`: its run rate beside them at other settings): no
 * growth left for it, or too small to carry its costs (below_break_even) or the company overhead its sales bring
 * beside other stores (below_overhead), with what would carry it.
 */
export function shortfall(data: ReferenceData, company: PlanCompany, entered: readonly EnteredPlatform[], weakest: EnteredPlatform, rateAt: RunRateAt): Verdict {
  const r = weakest.runRate;
  const c = weakest.candidate;
  if (r.orders === 0) return verdict("dont_enter", "no_growth");
  const alone = entered.length === 1;
  // Beside other stores an order must also carry the company overhead it brings; alone, its team and fixed costs.
  const overhead = alone ? null : overheadPerOrder(data, company, c);
  const perOrder = N.subtract(c.order.contribution, overhead ?? 0);
  // The target named is one at which it would carry the overhead too, alone or not: a target that only opens it as
  // the plan's thin only store would lead the boss into a loss.
  const levers = volumeLevers(data, company, entered, weakest, { rateAt, carries: (x) => carries(data, company, c, x, false), perOrder });
  // Overhead is its trouble when it carries its own team, or takes as much of each order as it leaves.
  const overheadBinds = overhead !== null && (r.profit >= 0 || perOrder <= overhead);
  const reason = overheadBinds ? "below_overhead" : belowBreakEven(data, c.platform);
  return verdict("not_profitable", reason, volumeFix(perOrder, r.fixedCosts, r.orders, alone, levers, overhead, r.profit >= 0));
}
