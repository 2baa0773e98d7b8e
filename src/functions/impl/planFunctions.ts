import { adBudget, allocateBudget, monthlyTargets, trafficNeeded } from "../../engine";
import { displayLanguage } from "../../shared/displayLanguage";
import { sessionData } from "../../shared/session";
import { cellsOf, isOmitted, platformPairs } from "../args";
import { unwrap } from "../excelErrors";
import { label } from "../../messages";

export const traffic = (salesTarget: unknown, conversionRate: unknown, avgOrderValue: unknown): number => unwrap(trafficNeeded(salesTarget, conversionRate, avgOrderValue));

export const adSpend = (salesTarget: unknown, conversionRate: unknown, avgOrderValue: unknown, paidShare: unknown, cpc: unknown): number =>
  unwrap(adBudget(salesTarget, conversionRate, avgOrderValue, paidShare, cpc)).spend;

/** 12 rows: month number and target. Without a seasonality range the default 618 / Double 11 profile is used. */
export function monthly(annualTarget: unknown, seasonality: unknown): number[][] {
  const weights = isOmitted(seasonality) ? sessionData().model.seasonality.weights : cellsOf(seasonality);
  return unwrap(monthlyTargets(annualTarget, weights)).map((amount, i) => [i + 1, amount]);
}

/** Header plus one row per platform in input order: name, score, focus or support, amount. */
export function allocate(budget: unknown, platforms: unknown, scores: unknown): (string | number)[][] {
  const data = sessionData();
  const lang = displayLanguage();
  const entries = unwrap(platformPairs(data, platforms, "scores", scores)).map(({ platform, value }) => ({ platform, score: value }));
  const allocation = unwrap(allocateBudget(budget, entries, data.model.allocation));
  return [
    [label("platform", lang), label("score", lang), label("budgetRole", lang), label("amount", lang)],
    ...allocation.map((a) => [data.rateCard.platforms[a.platform]!.name[lang], a.score, label(a.focus ? "focus" : "support", lang), a.amount]),
  ];
}
