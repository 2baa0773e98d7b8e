import { explainFit, fitScore, fitValue, parseProduct, rankPlatforms, type FitScore, type Product } from "../../engine";
import { displayLanguage } from "../../shared/displayLanguage";
import { sessionData } from "../../shared/session";
import { platformArg } from "../args";
import { unwrap } from "../excelErrors";
import { label } from "../../shared/labels";

export interface Traits {
  ageBand?: unknown;
  gender?: unknown;
  cityTier?: unknown;
  brandStatus?: unknown;
  contentCapacity?: unknown;
}

function product(category: unknown, price: unknown, traits: Traits): Product {
  return unwrap(parseProduct(sessionData().rateCard, { category, price, ...traits }));
}

function fitOf(platform: unknown, category: unknown, price: unknown, traits: Traits): FitScore {
  const data = sessionData();
  const p = unwrap(platformArg(data, platform));
  return fitScore(data, p, product(category, price, traits));
}

export function fit(platform: unknown, category: unknown, price: unknown, traits: Traits): number {
  const data = sessionData();
  return fitValue(data, unwrap(platformArg(data, platform)), product(category, price, traits)).score;
}

export const explain = (platform: unknown, category: unknown, price: unknown, traits: Traits): string => explainFit(sessionData(), fitOf(platform, category, price, traits), displayLanguage());

/** Header row plus one row per platform: name, fit, margin headroom (share of price left after fees, typical ads and returns), top reason. */
export function rank(category: unknown, price: unknown, traits: Traits): (string | number)[][] {
  const data = sessionData();
  const lang = displayLanguage();
  const rows = rankPlatforms(data, product(category, price, traits)).map((f) => [
    data.rateCard.platforms[f.platform]!.name[lang],
    f.score,
    Number(f.factors.find((x) => x.factor === "margin")!.detail.headroom),
    f.reasons[0]?.text[lang] ?? "",
  ]);
  return [[label("platform", lang), label("fitScore", lang), label("marginHeadroom", lang), label("topReason", lang)], ...rows];
}
