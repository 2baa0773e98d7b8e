import { spendCurve } from "./spendCurve";
import type { ReferenceData } from "../../data/referenceData";
import type { PlatformTeam } from "../team/platformTeam";
import type { Candidate } from "./candidates";
import type { PlanCompany } from "./planInput";
import type { RunRate, Verdict } from "./planTypes";
import { needsShared, ownTeam, sharedPool } from "../team/teamCost";
import { runningStores } from "./existingStores";
import { profitFix } from "./profitFix";
import { ownFixedCosts, runRateOrders, runRateTarget, runningMonthlyToday, sharedFixedCosts, runRates } from "./runRate";
import { numberCalculator as N } from "../calc/numberCalculator";
import { runRateShares, type Share } from "./runRateShares";
import { oneStorePerMarketplace } from "./oneStorePerMarketplace";
import { withinPlatformLimit } from "./withinPlatformLimit";
import { carries, shortfall, verdict } from "./shortfall";

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
      // Those tried alone before it are judged as the plan's only store, the stores they were judged beside gone.
      if (result.entered.length === 0) {
        for (const c of viable.filter((v) => dropped.includes(v))) {
          const single = evaluate(data, company, [c]);
          const e = single.entered[0]!;
          if (carries(data, company, c, e.runRate, true)) {
            rejected.delete(c.platform);
            return { ...single, rejected };
          }
          rejected.set(
            c.platform,
            shortfall(data, company, single.entered, e, (co) => evaluate(data, co, [c]).entered[0]!.runRate),
          );
        }
      }
      for (const c of shadowed) rejected.set(c.platform, verdict("dont_enter", "same_marketplace"));
      for (const c of kept.filter((k) => !chosen.includes(k))) rejected.set(c.platform, verdict("dont_enter", "platform_limit"));
      return { entered: result.entered, rejected, sharedFixed: result.sharedFixed };
    }
    const weakest = losing[losing.length - 1]!;
    rejected.set(
      weakest.candidate.platform,
      shortfall(data, company, result.entered, weakest, (co) => evaluate(data, co, chosen).entered.find((e) => e.candidate === weakest.candidate)!.runRate),
    );
    const r = weakest.runRate;
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
