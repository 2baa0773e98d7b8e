import { spendCurve } from "./spendCurve";
import type { ReferenceData } from "../../data/referenceData";
import type { PlatformTeam } from "../team/platformTeam";
import type { Candidate } from "./candidates";
import type { PlanCompany } from "./planInput";
import type { RunRate, Verdict } from "./planTypes";
import { needsShared, ownTeam, sharedPool } from "../team/teamCost";
import { runningStores } from "./existingStores";
import { profitFix, volumeFix } from "./profitFix";
import { ownFixedCosts, runRateOrders, runRateTarget, runningMonthlyToday, sharedFixedCosts, runRates } from "./runRate";
import { numberCalculator as N } from "../calc/numberCalculator";
import { runRateShares, type Share } from "./runRateShares";
import { oneStorePerMarketplace } from "./oneStorePerMarketplace";
import { withinPlatformLimit } from "./withinPlatformLimit";
import { volumeLevers } from "./volumeLevers";
import { overheadShareOf } from "./companyOverhead";
import { overheadAtRunRate, shortOfOverhead } from "./overheadAtRunRate";

export interface EnteredPlatform {
  candidate: Candidate;
  share: Share;
  runRate: RunRate;
  team: PlatformTeam;
  ownLabour: number;
}

export interface Entries {
  entered: EnteredPlatform[];
  /** Verdicts of the platforms not entered. */
  rejected: Map<string, Verdict>;
  sharedFixed: number;
}

/** Too little volume: on a supply account (profiles: supplyAccount) for its key-account manager, elsewhere for its store team. */
const belowBreakEven = (data: ReferenceData, platform: string): Verdict["reason"] =>
  data.profiles.platforms[platform]?.supplyAccount ? "supply_below_break_even" : "below_break_even";

/** The first of `candidates` that, opened alone with the whole target and budget, covers its fixed costs at run rate: its evaluation. */
function firstThatPaysAlone(data: ReferenceData, company: PlanCompany, candidates: readonly Candidate[]): ReturnType<typeof evaluate> | undefined {
  for (const c of candidates) {
    const alone = evaluate(data, company, [c]);
    const r = alone.entered[0]!.runRate;
    if (r.orders > 0 && r.profit >= 0) return alone;
  }
  return undefined;
}

const verdict = (kind: Verdict["kind"], reason: Verdict["reason"], fix: Verdict["fix"] = null): Verdict => ({ kind, reason, openMonth: null, after: null, fix });

/** The company overhead an average order's kept sales bring (companyOverhead on price less refunds). */
const overheadPerOrder = (data: ReferenceData, company: PlanCompany, c: Candidate): number =>
  N.multiply(N.subtract(c.order.price, c.order.returns), overheadShareOf(company, data.planning));

/**
 * Whether a new store carries itself at run rate: its own team and fixed costs, and, beside other stores (running or
 * new), the company overhead its sales bring too, or it would lower the company's profit. Alone it is the plan, and
 * its verdict says it is short of overhead.
 */
const carries = (data: ReferenceData, company: PlanCompany, c: Candidate, r: RunRate, alone: boolean): boolean =>
  r.orders > 0 && r.profit >= 0 && (alone || !shortOfOverhead(r, overheadAtRunRate(r, N.subtract(c.order.price, c.order.returns), overheadShareOf(company, data.planning))));

/** Shares, teams and run rates of a set of platforms entered together. */
function evaluate(data: ReferenceData, company: PlanCompany, chosen: readonly Candidate[]): { entered: EnteredPlatform[]; sharedFixed: number } {
  const shares = runRateShares(
    chosen.map((c) => ({ platform: c.platform, fit: c.fit, adRatio: c.adRatio, advertises: c.advertises })),
    data.model.allocation,
  );
  // Sized at run-rate orders and sales (what the months want of each store), the order value picking customer service's price band.
  const stores = company.existingStores ?? {};
  const runningToday = runningMonthlyToday(stores);
  const current = (c: Candidate) => (stores[c.platform] === undefined ? {} : { current: stores[c.platform]! });
  const target = (c: Candidate, i: number) => runRateTarget(company.annualTarget, { targetShare: shares[i]!.targetShare, ...current(c) }, runningToday);
  const teams = chosen.map((c, i) => ownTeam(data, c.platform, runRateOrders(target(c, i), c.order), company.configuration, company.cityTier, c.order.price));
  const pool = sharedPool(data, teams.filter((t) => needsShared(t.team)).length, company.cityTier);
  const sharedFixed = sharedFixedCosts(N, { sharedPeople: pool.cost, rent: company.rentPerMonth, other: company.otherFixedPerMonth });
  const ownFixed = chosen.map((c, i) => ownFixedCosts(N, { teamCost: teams[i]!.cost, annualFee: data.rateCard.platforms[c.platform]!.annualFee.value }));
  const rates = runRates(
    chosen.map((c, i) => ({ platform: c.platform, order: c.order, targetShare: shares[i]!.targetShare, roi: c.roi, ownFixed: ownFixed[i]!, ...current(c) })),
    company.annualTarget,
    sharedFixed,
    spendCurve(data),
    runningToday,
  );
  return { entered: chosen.map((c, i) => ({ candidate: c, share: shares[i]!, runRate: rates[i]!, team: teams[i]!.team, ownLabour: teams[i]!.cost })), sharedFixed };
}

/**
 * Verdicts: a store the brand already runs is always kept (it is where the brand sells). Of the new platforms, one
 * whose entry gate the brand does not pass, whose fit is below the model's minimum, or that is a store type for other
 * brands in a trust-sensitive category (a C-store for a registered baby or appliance brand, unless the user chose it),
 * is not entered; one that
 * loses money on every order is not profitable (with what would fix it). Unless the user chose the platforms, only the
 * best-fitting store type of a marketplace is kept (the others: same marketplace), a running store always. The running
 * stores and the best of the rest, up to the company's platform limit, are tried together; while a new one cannot
 * cover its fixed costs at its run-rate volume, the weakest such platform is dropped (not profitable at this volume)
 * and the set is tried again. If none is left, the best fit of those dropped that covers its costs opened alone (the
 * whole target and budget its own) is entered alone: single-point breakthrough.
 */
export function chooseEntries(data: ReferenceData, company: PlanCompany, ranked: readonly Candidate[]): Entries {
  const rejected = new Map<string, Verdict>();
  const viable: Candidate[] = [];
  const running = runningStores(company);
  const limit = Math.max(company.maxPlatforms, running.size);
  for (const c of ranked) {
    if (running.has(c.platform)) viable.push(c);
    else if (!c.gateMet) rejected.set(c.platform, verdict("dont_enter", "gate"));
    else if (c.fit < data.planning.minFit.value) rejected.set(c.platform, verdict("dont_enter", "low_fit"));
    else if (c.forOtherBrands && !company.platforms) rejected.set(c.platform, verdict("dont_enter", "store_type"));
    else if (c.order.contribution <= 0) rejected.set(c.platform, verdict("not_profitable", "loss_per_order", profitFix(c.order, c.avgUnitCost, c.roi, c.contributionAt)));
    else viable.push(c);
  }
  let pool = [...viable];
  const dropped: Candidate[] = [];
  for (;;) {
    const { kept, shadowed } = company.platforms ? { kept: pool, shadowed: [] } : oneStorePerMarketplace(data, pool, running);
    const chosen = withinPlatformLimit(data, kept, limit);
    const result = evaluate(data, company, chosen);
    // A new store the months give no orders (the running stores already sell the target) is not opened, costs or none.
    const alone = result.entered.length === 1;
    const losing = result.entered.filter((e) => !running.has(e.candidate.platform) && !carries(data, company, e.candidate, e.runRate, alone));
    if (losing.length === 0) {
      // Nothing carries itself together: single-point breakthrough on the best fit dropped that carries itself alone.
      const alone =
        result.entered.length === 0
          ? firstThatPaysAlone(
              data,
              company,
              viable.filter((c) => dropped.includes(c)),
            )
          : undefined;
      if (alone) {
        rejected.delete(alone.entered[0]!.candidate.platform);
        return { ...alone, rejected };
      }
      for (const c of shadowed) rejected.set(c.platform, verdict("dont_enter", "same_marketplace"));
      for (const c of kept.filter((k) => !chosen.includes(k))) rejected.set(c.platform, verdict("dont_enter", "platform_limit"));
      return { entered: result.entered, rejected, sharedFixed: result.sharedFixed };
    }
    const weakest = losing[losing.length - 1]!;
    const r = weakest.runRate;
    const c = weakest.candidate;
    // Beside other stores an order must also carry the company overhead it brings; alone, its team and fixed costs.
    const overhead = alone ? null : overheadPerOrder(data, company, c);
    const perOrder = N.subtract(c.order.contribution, overhead ?? 0);
    const levers = () =>
      volumeLevers(data, company, result.entered, weakest, {
        rateAt: (co) => evaluate(data, co, chosen).entered.find((e) => e.candidate === c)!.runRate,
        carries: (x) => carries(data, company, c, x, alone),
        perOrder,
      });
    const fix = () => volumeFix(perOrder, r.fixedCosts, r.orders, alone, levers(), overhead);
    rejected.set(
      c.platform,
      r.orders === 0 ? verdict("dont_enter", "no_growth") : verdict("not_profitable", r.profit < 0 && perOrder > 0 ? belowBreakEven(data, c.platform) : "below_overhead", fix()),
    );
    pool = pool.filter((c) => c !== weakest.candidate);
    if (r.orders > 0) dropped.push(weakest.candidate);
  }
}

/**
 * The entries without new stores whose turn comes after the plan's last opening month (lastOpeningMonth): the stores
 * that do open are evaluated again without them, so they take back the shares of the target and budget the late ones
 * held; a late one keeps its place in the sequence as "enter later", after the new store before it, with no month,
 * share or people in the plan.
 */
export function deferStores(data: ReferenceData, company: PlanCompany, entries: Entries, late: ReadonlySet<string>): Entries {
  const rejected = new Map(entries.rejected);
  const running = runningStores(company);
  const fresh = entries.entered.filter((e) => !running.has(e.candidate.platform)).map((e) => e.candidate.platform);
  for (const code of late) rejected.set(code, { kind: "enter_later", reason: "after_previous", openMonth: null, after: fresh[fresh.indexOf(code) - 1] ?? null, fix: null });
  const kept = entries.entered.filter((e) => !late.has(e.candidate.platform)).map((e) => e.candidate);
  return { ...evaluate(data, company, kept), rejected };
}
