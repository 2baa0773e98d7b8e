import type { Lang } from "../engine";
import type { PlanResult } from "./planResult";
import { budgetText, headlineText, platformName, verdictLabel, verdictReason } from "./planText";

export const PLAN_JSON_FORMAT = "channelfit-plan/1";

/**
 * The whole plan as plain JSON for scripts and BI tools: inputs echoed, per-platform verdicts and economics, team,
 * monthly P&L and totals. Every number is the engine's; the sentences are the same ones the workbook shows.
 */
export function planJson(result: PlanResult, lang: Lang, generatedAt: Date) {
  const { plan, referenceData: data, company } = result;
  return {
    format: PLAN_JSON_FORMAT,
    generatedAt: generatedAt.toISOString(),
    language: lang,
    brand: result.brand,
    dataVersions: {
      rateCard: data.rateCard.version,
      rateCardAsOf: data.rateCard.asOf,
      profiles: data.profiles.version,
      staffing: data.staffing.version,
      planning: data.planning.version,
    },
    inputs: {
      company,
      products: result.inputs.map(({ input, product }) => ({ ...input, category: product.product.category })),
    },
    headline: { ...plan.headline, text: headlineText(data, plan, lang, company) },
    budget: { ...plan.budget, text: budgetText(plan, lang) },
    summary: plan.summary,
    platforms: plan.platforms.map((p) => ({
      ...p,
      name: platformName(data, p.platform, lang),
      verdict: { ...p.verdict, label: verdictLabel(p, lang), text: verdictReason(data, plan, p, lang, company.maxPlatforms) },
    })),
    entered: plan.entered,
    products: plan.products.map((p) => ({
      sku: p.sku,
      platforms: p.platforms.map((x) => ({
        platform: x.platform,
        fit: x.fit.score,
        topReason: x.fit.reasons[0]?.text[lang] ?? null,
        returnRate: x.returnRate,
        adRatio: x.adRatio,
        contributionPerOrder: x.economics.contribution,
        contributionMargin: x.economics.contribution / x.economics.price,
        netProfitPerOrder: x.netProfit,
        netMargin: x.netMargin,
        economics: x.economics,
      })),
    })),
    team: { byMonth: plan.team, sharedRoles: plan.sharedRoles, sharedMonthlyCost: plan.sharedMonthlyCost },
    monthlyPnl: { byPlatform: plan.months, total: plan.totals },
  };
}
