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

/**
 * Header plus one row per platform in input order: name, score, focus or support, amount. With `currentSales` (each
 * platform's sales a month today; blank or 0 for a new store), the focus is where the brand sells most, as in the
 * plan, and a fifth column says which stores already sell and which are new.
 */
export function allocate(budget: unknown, platforms: unknown, scores: unknown, currentSales?: unknown): (string | number)[][] {
  const data = sessionData();
  const lang = displayLanguage();
  const scored = unwrap(platformPairs(data, platforms, "scores", scores));
  const withCurrent = isOmitted(currentSales) ? null : unwrap(platformPairs(data, platforms, "currentSales", currentSales));
  const entries = scored.map(({ platform, value }, i) => ({ platform, score: value, ...(withCurrent ? { currentSales: blankAsNone(withCurrent[i]!.value) } : {}) }));
  const allocation = unwrap(allocateBudget(budget, entries, data.model.allocation));
  const status = (running: boolean) => (withCurrent ? [label(running ? "verdict_existing" : "newStore", lang)] : []);
  return [
    [label("platform", lang), label("score", lang), label("budgetRole", lang), label("amount", lang), ...(withCurrent ? [label("storeStatus", lang)] : [])],
    ...allocation.map((a) => [data.rateCard.platforms[a.platform]!.name[lang], a.score, label(a.focus ? "focus" : "support", lang), a.amount, ...status(a.running)]),
  ];
}

const blankAsNone = (value: unknown): unknown => (isOmitted(value) || value === "" ? undefined : value);
