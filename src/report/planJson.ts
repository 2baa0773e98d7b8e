import { roundToFen, type Lang } from "../engine";
import type { PlanResult } from "../scenario/planResult";
import { budgetText, headlineText, platformName, verdictLabel, verdictReason } from "./planText";
import { driverBasisDetail } from "./driverBasisText";
import { fitReasonText } from "../messages";
import { LazyJsonArray } from "./jsonPieces";
import { assumptionText } from "./assumptionText";

export const PLAN_JSON_FORMAT = "channelfit-plan/1";

type Fix = { breakEvenPrice: number | null; breakEvenUnitCost: number | null } | null;

/** Yuan figures to the fen, as every other money figure in the JSON; ROI and orders stay as they are. */
const fenFix = <T extends Fix>(fix: T): T =>
  fix && {
    ...fix,
    breakEvenPrice: fix.breakEvenPrice === null ? null : roundToFen(fix.breakEvenPrice),
    breakEvenUnitCost: fix.breakEvenUnitCost === null ? null : roundToFen(fix.breakEvenUnitCost),
  };
const fenValues = <T extends object>(figures: T): T => Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, typeof v === "number" ? roundToFen(v) : v])) as T;

/**
 * The whole plan as plain JSON for scripts and BI tools: inputs echoed, per-platform verdicts and economics, team,
 * monthly P&L and totals. Every number is the engine's; the sentences are the same ones the workbook shows.
 */
export function planJson(result: PlanResult, lang: Lang, generatedAt: Date) {
  const document = planJsonDocument(result, lang, generatedAt);
  return { ...document, products: document.products.toJSON() };
}

/**
 * The same document with its per-product rows (a product on every platform: the bulk of a large catalogue's JSON)
 * made as they are written (jsonPieces); JSON.stringify gives the same text for it as for planJson.
 */
export function planJsonDocument(result: PlanResult, lang: Lang, generatedAt: Date) {
  const { plan, referenceData: data, company } = result;
  const productRow = (p: PlanResult["plan"]["products"][number]) => ({
    sku: p.sku,
    platforms: p.platforms.map((x) => ({
      platform: x.platform,
      fit: x.fit.score,
      topReason: x.fit.reasons[0] ? fitReasonText(data, x.fit.reasons[0], lang) : null,
      topReasonBasis: x.fit.reasons[0]?.basis ? driverBasisDetail(data, x.fit.reasons[0].basis, lang) : null,
      returnRate: x.returnRate,
      adRatio: x.adRatio,
      contributionPerOrder: x.economics.contribution,
      contributionMargin: x.economics.contribution / x.economics.price,
      netProfitPerOrder: x.netProfit,
      netMargin: x.netMargin,
      economics: x.economics,
    })),
  });
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
      fitRules: data.fitRules.version,
    },
    inputs: {
      company,
      // Shipping as the plan counted it: given, or the default named in `assumptions`.
      products: result.inputs.map(({ input, product }) => ({ ...input, shipping: product.shipping, category: product.product.category })),
    },
    assumptions: result.assumptions.map((a) => ({ ...a, text: assumptionText(a, lang) })),
    headline: { ...plan.headline, ...(plan.headline.kind === "none_profitable" ? { fix: fenFix(plan.headline.fix) } : {}), text: headlineText(data, plan, lang, company) },
    budget: { ...plan.budget, text: budgetText(data, plan, lang) },
    summary: plan.summary,
    platforms: plan.platforms.map((p) => ({
      ...p,
      averageOrder: fenValues(p.averageOrder),
      name: platformName(data, p.platform, lang),
      verdict: { ...p.verdict, fix: fenFix(p.verdict.fix), label: verdictLabel(p, lang), text: verdictReason(data, plan, p, lang, company.maxPlatforms) },
    })),
    entered: plan.entered,
    products: new LazyJsonArray(plan.products.length, function* () {
      for (const p of plan.products) yield productRow(p);
    }),
    team: { byMonth: plan.team, byPlatformMonth: plan.platformTeams, sharedRoles: plan.sharedRoles, sharedMonthlyCost: plan.sharedMonthlyCost },
    monthlyPnl: { byPlatform: plan.months, total: plan.totals, byYear: plan.yearTotals },
  };
}
