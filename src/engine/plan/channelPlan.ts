import { contributionMarginOf } from "../margin/profitModel";
import { yearTotals } from "./yearTotals";
import { incomeTaxRatesOf } from "../costs/incomeTax";
import type { ReferenceData } from "../../data/referenceData";
import { allocateByWeights } from "../money/allocateByWeights";
import { roundToFen } from "../money/roundHalfEven";
import { impliedCostPerClick, impliedRoi } from "./adModel";
import { budgetCheck } from "./budgetCheck";
import { candidates } from "./candidates";
import { chooseEntries, deferStores } from "./chooseEntries";
import { currentSalesByMonth, entryOrder, existingStore } from "./existingStores";
import { breakEvenOrders } from "../margin/breakEven";
import { yearOneAdSpend } from "./yearOneAdSpend";
import { monthTotals } from "./monthTotals";
import type { PlanInput } from "./planInput";
import { headline, planTotals, teamMonths } from "./planSummary";
import { needsShared, sharedPool } from "../team/teamCost";
import type { ChannelPlan, PlatformPlan, Verdict } from "./planTypes";
import { productEconomics } from "./productEconomics";
import { simulateMonths, type SimulationRules } from "./simulateMonths";
import { simulatedPlatform } from "./simulatedPlatform";
import { growthPayback } from "./growthPayback";
import { openTogether } from "./openTogether";
import { spendCurve } from "./spendCurve";
import { lastOpeningMonth, monthsToPayback, paysBackTooSlowly, storePaybackMonth } from "./storePayback";
import { numberCalculator as N } from "../calc/numberCalculator";
import { vatExemptSalesOf } from "../costs/vatRegime";
import { overheadShareOf } from "./companyOverhead";
import { overheadAtRunRate, shortOfOverhead } from "./overheadAtRunRate";
import { enteredVerdict } from "./enteredVerdict";

/**
 * The whole channel plan, computed once: fit and economics of every product on every platform, a verdict for every
 * platform, the entry sequence (single-point breakthrough), the monthly P&L per platform and in total, the team by
 * month and the ad budget check. Every view renders this; none computes a plan number of its own.
 * Inputs must be checked and resolved (see the scenario and wizard adapters).
 */
export function channelPlan(data: ReferenceData, input: PlanInput): ChannelPlan {
  const { company } = input;
  const { fits, ranked } = candidates(data, input);
  const planning = data.planning;
  const monthTargets = allocateByWeights(company.annualTarget, company.seasonality);
  const stores = company.existingStores ?? {};
  const currentSales = new Map(Object.entries(stores).map(([p, monthly]) => [p, currentSalesByMonth(monthly, company.seasonality)]));
  const judged = { after: planning.paybackJudgedAfterMonths.value, expectedWithin: planning.paybackExpectedWithinMonths.value };
  const overheadShare = overheadShareOf(company, planning);
  const rules: SimulationRules = {
    horizonMonths: planning.horizonMonths,
    demandRamp: { roi: planning.demandRamp.roi.values, spend: planning.demandRamp.spend.values, organic: planning.demandRamp.organic.values },
    spendCurve: spendCurve(data),
    monthlyAdBudget: company.monthlyAdBudget,
    runningSpendGrowth: planning.runningGrowth.monthlySpendGrowth.value,
    consecutiveMonths: planning.breakthrough.consecutiveMonths.value,
    lastOpeningMonth: lastOpeningMonth(planning.horizonMonths, planning.paybackJudgedAfterMonths.value),
    monthTargets,
    rentPerMonth: company.rentPerMonth,
    otherFixedPerMonth: company.otherFixedPerMonth,
    overheadShare,
    conversionRate: company.conversionRate,
    sharedLabour: (n) => sharedPool(data, n, company.cityTier).cost,
    vatExemptSales: vatExemptSalesOf(data.costs, company.vatRegime),
  };
  // A new store whose turn comes after the last opening month hands its shares back to those that open.
  const toSimulated = simulatedPlatform(data, company, currentSales);
  let entries = chooseEntries(data, company, entryOrder(ranked, company));
  let simulated = entries.entered.map(toSimulated);
  let simulation = simulateMonths(simulated, rules);
  for (;;) {
    const late = new Set(simulated.filter((p) => p.currentSales === null && !simulation.openMonths.has(p.platform)).map((p) => p.platform));
    if (late.size === 0) break;
    entries = deferStores(data, company, entries, late);
    simulated = entries.entered.map(toSimulated);
    simulation = simulateMonths(simulated, rules);
  }
  const enteredCodes = entries.entered.map((e) => e.candidate.platform);
  const newCodes = enteredCodes.filter((p) => !currentSales.has(p));
  const platforms = ranked.map((c): PlatformPlan => {
    const e = entries.entered.find((x) => x.candidate.platform === c.platform);
    const index = newCodes.indexOf(c.platform);
    const openMonth = simulation.openMonths.get(c.platform) ?? null;
    const own = simulation.lines.filter((l) => l.platform === c.platform);
    const today = currentSales.get(c.platform);
    const existing = today ? existingStore(stores[c.platform]!, today, own, c.order.price) : null;
    const paybackMonth = storePaybackMonth(own, openMonth);
    const overhead = e ? overheadAtRunRate(e.runRate, N.subtract(c.order.price, c.order.returns), overheadShare) : null;
    const paybackMonthsOpen = monthsToPayback(own, openMonth, paybackMonth, e && overhead ? N.subtract(e.runRate.profit, overhead.amount) : 0);
    const slow = paysBackTooSlowly(openMonth, paybackMonthsOpen, planning.horizonMonths, judged);
    const short = openMonth !== null && shortOfOverhead(e?.runRate ?? null, overhead);
    const after = index > 0 ? newCodes[index - 1]! : null;
    const verdict: Verdict =
      existing || e
        ? enteredVerdict({ existing, index, openMonth, after, short, slow })
        : (entries.rejected.get(c.platform) ?? { kind: "dont_enter", reason: "not_chosen", openMonth: null, after: null, fix: null });
    return {
      platform: c.platform,
      fit: c.fit,
      existing,
      gateMet: c.gateMet,
      roi: c.roi,
      paidShare: c.order.rates.paidShare,
      adRatio: c.adRatio,
      impliedCostPerClick: roundToFen(impliedCostPerClick(company.conversionRate, c.order.price, c.roi)),
      impliedRoiAtYourCpc: company.costPerClick === null ? null : impliedRoi(company.conversionRate, c.order.price, company.costPerClick),
      averageOrder: c.order,
      contributionMargin: contributionMarginOf(N, { contribution: c.order.contribution, price: c.order.price }),
      verdict,
      targetShare: e?.share.targetShare ?? 0,
      budgetWeight: e?.share.budgetWeight ?? 0,
      runRate: e?.runRate ?? null,
      overheadAtRunRate: overhead,
      team: e?.team ?? null,
      teamMonthlyCost: e?.ownLabour ?? 0,
      breakEvenOrders: e ? breakEvenOrders(N, { fixedCosts: e.runRate.fixedCosts, contributionPerOrder: c.order.contribution }) : null,
      breakEvenMonth: own.find((l) => l.profit >= 0)?.month ?? null,
      paybackMonth,
      paybackMonthsOpen: existing ? null : paybackMonthsOpen,
      yearOneAdSpend: yearOneAdSpend(N, { ads: own.map((l) => l.ads), platforms: own.map((l) => l.platform ?? ""), months: own.map((l) => l.month), platform: c.platform }),
    };
  });
  const totals = monthTotals(simulation.lines, planning.horizonMonths, simulation.vat);
  const years = yearTotals(totals, incomeTaxRatesOf(data.costs));
  const team = teamMonths(data, company, entries, simulation, planning.horizonMonths);
  const full = sharedPool(data, entries.entered.filter((e) => needsShared(e.team)).length, company.cityTier);
  return {
    headline: headline(platforms, enteredCodes),
    platforms,
    entered: enteredCodes,
    products: productEconomics(data, input.products, fits, ranked, (p) => entries.entered.find((e) => e.candidate.platform === p)?.runRate ?? null, company.vatRegime),
    avgOrderValue: ranked[0]?.order.price ?? 0,
    monthTargets,
    budget: budgetCheck(
      company.monthlyAdBudget,
      monthTargets,
      entries.entered.map((e) => e.runRate),
      totals,
      simulation.lines,
      simulation.keepTodayNeed,
    ),
    months: simulation.lines,
    platformTeams: simulation.teams,
    totals,
    yearTotals: years,
    team,
    sharedRoles: full.roles,
    sharedMonthlyCost: full.cost,
    summary: {
      ...planTotals(company, totals, years, team, simulation.lines),
      ...growthPayback(simulated, rules, totals),
      openTogether: openTogether(simulated, rules, { openMonths: simulation.openMonths, totals }, incomeTaxRatesOf(data.costs)),
    },
  };
}
