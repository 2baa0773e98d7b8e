import type { ReferenceData } from "../data/referenceData";
import { marketplaceSibling, type ChannelPlan, type Lang, type PlanCompany, type PlatformPlan, type ProfitFix } from "../engine";
import { label, messages, percentText, VERDICT_REASON_LABELS } from "../messages/catalogue";
import type { FixWords, FocusAds } from "../messages/catalogue/planMessages";
import { lastOpeningMonth } from "../engine/plan/storePayback";
import { salesToday } from "./budgetText";
import { platformName } from "./platformName";

export { adModelText, budgetText, paidShareText } from "./budgetText";
export { platformName } from "./platformName";

/** Plan sentences for every view (workbook, wizard, CLI): words only, every number comes from the plan. */

/** A verdict's label; "not profitable" says which of its two meanings it has (VERDICT_REASON_LABELS). */
export const verdictLabel = (p: PlatformPlan, lang: Lang): string => label(VERDICT_REASON_LABELS[p.verdict.reason] ?? `verdict_${p.verdict.kind}`, lang);

function fixWords(p: PlatformPlan, fix: ProfitFix): FixWords {
  const price = fix.breakEvenPrice;
  return {
    loss: p.averageOrder.contribution,
    price,
    priceChange: price === null ? null : price / p.averageOrder.price - 1,
    unitCost: fix.breakEvenUnitCost,
    roi: fix.breakEvenRoi,
  };
}

/** Why a platform got its verdict, in one sentence. */
export function verdictReason(data: ReferenceData, plan: ChannelPlan, p: PlatformPlan, lang: Lang, maxPlatforms: number): string {
  const reason = reasonWords(data, plan, p, lang, maxPlatforms);
  // A store that opens but pays back only after the plan, within the months a store is expected to: say when.
  const after = p.paybackMonth === null && p.paybackMonthsOpen !== null && p.verdict.reason !== "slow_payback";
  return after ? `${reason} ${messages(lang).plan.paysBackAfterPlan(p.paybackMonthsOpen!)}` : reason;
}

function reasonWords(data: ReferenceData, plan: ChannelPlan, p: PlatformPlan, lang: Lang, maxPlatforms: number): string {
  const m = messages(lang).plan;
  const v = p.verdict;
  switch (v.reason) {
    case "already_selling":
      return m.alreadySelling(p.existing!.monthlySales, p.existing!.steadyMonthlySales);
    case "budget_shrinks":
      return m.budgetShrinks(p.existing!.monthlySales, p.existing!.steadyMonthlySales);
    case "best_fit":
      return m.bestFit();
    case "slow_payback": {
      const own = plan.months.filter((l) => l.platform === p.platform);
      return m.slowPayback(v.openMonth!, p.runRate?.netMargin ?? 0, own[own.length - 1]?.cumulativeProfit ?? 0, plan.totals.length, p.paybackMonthsOpen);
    }
    case "short_of_overhead":
      return m.shortOfOverhead(v.openMonth!, p.runRate!.netMargin, p.overheadAtRunRate!.ofSales, p.paybackMonth !== null);
    case "after_previous":
      return m.afterPrevious(
        platformName(data, v.after!, lang),
        data.planning.breakthrough.consecutiveMonths.value,
        v.openMonth,
        plan.totals.length,
        lastOpeningMonth(plan.totals.length, data.planning.paybackJudgedAfterMonths.value),
      );
    case "loss_per_order":
      return m.lossPerOrder(fixWords(p, v.fix!));
    case "below_break_even":
      return m.belowBreakEven(v.fix!);
    case "supply_below_break_even":
      return m.supplyBelowBreakEven(v.fix!);
    case "below_overhead":
      return m.belowOverhead(v.fix!);
    case "gate": {
      const gate = data.planning.entryGates[p.platform]!;
      return m.gate(gate.reason[lang], gate.byInvitation);
    }
    case "low_fit":
      return m.lowFit(p.fit, data.planning.minFit.value);
    case "platform_limit":
      return m.platformLimit(maxPlatforms);
    case "same_marketplace": {
      const sibling =
        marketplaceSibling(data, p.platform, plan.entered) ??
        marketplaceSibling(
          data,
          p.platform,
          plan.platforms.map((x) => x.platform),
        )!;
      const store = (code: string) => data.fitRules.storeTypes[code]!.name[lang];
      return m.sameMarketplace(store(p.platform), store(sibling));
    }
    case "store_type":
      return data.fitRules.storeTypes[p.platform]!.reason[lang];
    case "not_chosen":
      return m.notChosen();
    case "no_growth":
      return m.noGrowth();
  }
}

/** The plan in one or two sentences: what to enter and when, and year one; or that nothing pays and the fix. */
export function headlineText(data: ReferenceData, plan: ChannelPlan, lang: Lang, company: Pick<PlanCompany, "maxPlatforms" | "annualTarget">): string {
  const m = messages(lang).plan;
  const h = plan.headline;
  if (h.kind === "none_profitable") {
    const best = h.bestFit ? plan.platforms.find((p) => p.platform === h.bestFit)! : null;
    return m.headlineNone(best ? platformName(data, best.platform, lang) : null, best ? verdictReason(data, plan, best, lang, company.maxPlatforms) : "");
  }
  const next = h.next.map((n) => m.nextInMonth(platformName(data, n.platform, lang), n.openMonth));
  const s = plan.summary;
  const existing = h.existing.length ? [m.headlineExisting(h.existing.map((p) => platformName(data, p, lang)))] : [];
  const focus = h.focus === null ? null : plan.platforms.find((p) => p.platform === h.focus)!;
  const focusName = focus ? platformName(data, focus.platform, lang) : "";
  const today = salesToday(plan);
  // A store that gets the whole budget, or none of it, is told so in words, not as "100.0%" or "0.0%"; a new brand's
  // focus runs alone, on the whole budget, until the next store opens.
  const opensNext = today === null ? (h.next[0]?.openMonth ?? null) : null;
  const wholeUntil = opensNext !== null && opensNext > 1 ? opensNext : null;
  const ads: FocusAds =
    !focus || percentText(focus.budgetWeight) === percentText(1) ? "whole" : focus.budgetWeight === 0 ? "none" : { share: percentText(focus.budgetWeight), wholeUntil };
  const enter = !focus
    ? []
    : focus.verdict.reason === "short_of_overhead"
      ? [m.headlineEnterShort(focusName, ads, next, today !== null)]
      : focus.verdict.reason === "slow_payback"
        ? [m.headlineEnterSlow(focusName, plan.totals.length, ads, next)]
        : [m.headlineEnter(focusName, ads, next)];
  const year =
    today === null
      ? m.headlineYear(s.yearOneSales, company.annualTarget, s.yearOneProfit, s.paybackMonth, s.cashPaybackMonth)
      : m.headlineYearExisting(s.yearOneSales, today, company.annualTarget, s.yearOneProfit, s.newStoresPaybackMonth, h.focus !== null, {
          added: s.growthAdded,
          month: s.growthPaybackMonth,
        });
  const loses = s.todayYearProfit !== null && s.todayYearProfit < 0 ? [m.todayLoses(-s.todayYearProfit)] : [];
  const together = s.openTogether
    ? [
        m.openTogether(
          s.openTogether.later.map((p) => platformName(data, p, lang)),
          s.openTogether,
          plan.totals.length,
          today === null,
        ),
      ]
    : [];
  return [...existing, ...enter, year, ...loses, ...together].join(" ");
}
