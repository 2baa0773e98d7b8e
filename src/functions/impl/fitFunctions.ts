import { fitScore, parseProduct, scoreFit, rankPlatforms, type FitScore, type Product, type ProductInput } from "../../engine";
import { explainFit, reasonWithLabel } from "../../report/reasonText";
import { displayLanguage } from "../../shared/displayLanguage";
import { sessionData } from "../../shared/session";
import { platformArg } from "../args";
import { unwrap } from "../excelErrors";
import { label } from "../../messages";

const product = (input: ProductInput): Product => unwrap(parseProduct(sessionData().rateCard, input));

function fitOf(platform: unknown, input: ProductInput): FitScore {
  const data = sessionData();
  return fitScore(data, unwrap(platformArg(data, platform)), product(input));
}

export function fit(platform: unknown, input: ProductInput): number {
  const data = sessionData();
  return scoreFit(data, unwrap(platformArg(data, platform)), product(input));
}

export const explain = (platform: unknown, input: ProductInput): string => explainFit(sessionData(), fitOf(platform, input), displayLanguage());

/** Header row plus one row per platform: name, fit, margin headroom (share of price left after fees, typical ads and returns), top reason. */
export function rank(input: ProductInput): (string | number)[][] {
  const data = sessionData();
  const lang = displayLanguage();
  const rows = rankPlatforms(data, product(input)).map((f) => [
    data.rateCard.platforms[f.platform]!.name[lang],
    f.score,
    Number(f.factors.find((x) => x.factor === "margin")!.detail.headroom),
    f.reasons[0] ? reasonWithLabel(data, f.reasons[0], lang) : "",
  ]);
  return [[label("platform", lang), label("fitScore", lang), label("marginHeadroom", lang), label("topReason", lang)], ...rows];
}
