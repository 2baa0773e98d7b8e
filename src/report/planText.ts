import type { ReferenceData } from "../data/referenceData";
import { marketplaceSibling, type ChannelPlan, type Lang, type PlanCompany, type PlatformPlan, type ProfitFix } from "../engine";
import { label, messages, percentText, VERDICT_REASON_LABELS } from "../messages/catalogue";
import type { FixWords, FocusAds } from "../messages/catalogue/planMessages";
import { costFigure } from "../engine/costs";
import { lastOpeningMonth } from "../engine/plan/storePayback";

/** Plan sentences for every view (workbook, wizard, CLI): words only, every number comes from the plan. */
export const platformName = (data: ReferenceData, platform: string, lang: Lang): string => data.rateCard.platforms[platform]!.name[lang];

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
      return m.slowPayback(v.openMonth!, p.runRate?.netMargin ?? 0, own[own.length - 1]?.cumulativeProfit ?? 0, plan.totals.length);
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
      return m.belowBreakEven(v.fix!.breakEvenOrders, v.fix!.plannedOrders, v.fix!.plannedAlone === true);
    case "supply_below_break_even":
      return m.supplyBelowBreakEven(v.fix!.breakEvenOrders, v.fix!.plannedOrders);
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
  // A store that gets the whole budget, or none of it, is told so in words, not as "100.0%" or "0.0%".
  const ads: FocusAds = !focus || percentText(focus.budgetWeight) === percentText(1) ? "whole" : focus.budgetWeight === 0 ? "none" : { share: percentText(focus.budgetWeight) };
  const today = salesToday(plan);
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
  return [...existing, ...enter, year, ...loses].join(" ");
}

/** What the stores the brand already runs sell in a year today (12 × their monthly sales); null for a new brand. */
function salesToday(plan: ChannelPlan): number | null {
  const stores = plan.platforms.filter((p) => p.existing !== null);
  return stores.length ? stores.reduce((sum, p) => sum + 12 * p.existing!.monthlySales, 0) : null;
}

/** Whether the user's ad budget carries the plan, and the team check. */
export function budgetText(data: ReferenceData, plan: ChannelPlan, lang: Lang): string {
  const m = messages(lang).plan;
  const b = plan.budget;
  const need =
    b.runRateNeed <= 0
      ? m.budgetNoSpend(b.monthlyBudget)
      : b.covers
        ? // A budget that covers the run rate but caps a store while it ramps or peaks is not "enough": say which.
          b.capped.length
          ? m.budgetCoversRunRateOnly(b.monthlyBudget, b.runRateNeed)
          : m.budgetCovers(b.monthlyBudget, b.runRateNeed, b.peakNeed, b.peakMonth)
        : m.budgetShort(b.monthlyBudget, b.runRateNeed, b.carriedTarget);
  const today = salesToday(plan);
  const keep = b.keepTodayNeed !== null && b.monthlyBudget < b.keepTodayNeed ? ` ${m.budgetKeepToday(b.monthlyBudget, b.keepTodayNeed)}` : "";
  const pace = percentText(data.planning.runningGrowth.monthlySpendGrowth.value);
  const growth = today === null ? "" : ` ${m.budgetGrowth(b.forecastYearOneSales, today, pace)}${keep}`;
  const capped = b.capped.map((x) => m.budgetCapped(platformName(data, x.platform, lang), x.months, plan.totals.length, x.firstMonth, x.wanted, x.spend, x.sales));
  const forecast = plan.entered.length ? ` ${m.budgetForecast(b.forecastYearOneSales, b.targetReachedMonth, plan.totals.length, b.budgetForTarget, b.monthlyBudget)}${growth}` : "";
  const spendRamp = data.planning.demandRamp.spend.values;
  const ramps = plan.platforms.some((p) => plan.entered.includes(p.platform) && p.existing === null && p.runRate !== null && p.runRate.adSpend > 0);
  const ramp = ramps ? [m.budgetRamp(percentText(spendRamp[0]!), spendRamp.length)] : [];
  const money = [`${need}${forecast}`, ...ramp, ...capped].join(" ");
  const s = plan.summary;
  return s.teamOver ? `${money} ${m.teamOver(s.peakPeople, s.teamAvailable!)}` : money;
}

/** How ad spend is modelled, with the paid share and the new-store ramp as the data give them. */
export function adModelText(data: ReferenceData, paidShare: number | null, lang: Lang): string {
  const { roi, spend } = { roi: data.planning.demandRamp.roi.values, spend: data.planning.demandRamp.spend.values };
  const curve = data.planning.spendCurve;
  const m = messages(lang).plan;
  const knee = curve.referenceMonthlySpend.value.toLocaleString("en-US");
  const pace = percentText(data.planning.runningGrowth.monthlySpendGrowth.value);
  return m.adModel(
    paidShareText(data, paidShare, lang),
    percentText(roi[0]!),
    percentText(spend[0]!),
    Math.max(roi.length, spend.length),
    knee,
    String(curve.elasticity.value),
    pace,
  );
}

/** The company's paid-share override as a percentage, or each platform's own (costs data). */
export function paidShareText(data: ReferenceData, paidShare: number | null, lang: Lang): string {
  if (paidShare !== null) return percentText(paidShare);
  const list = Object.keys(data.rateCard.platforms).map((p) => `${platformName(data, p, lang)} ${percentText(costFigure(data.costs, p, "", "paidShare").value)}`);
  return messages(lang).plan.paidShareByPlatform(list.join(lang === "zh" ? "、" : ", "));
}
