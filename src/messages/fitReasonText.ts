import type { ReferenceData } from "../data/referenceData";
import { BRAND_STATUS_WORDS, FIT_REASONS, GENDER_WORDS, TIER_PHRASE, type FitReasonKey, type ReasonWords } from "./catalogue/fitReasons";
import type { Bilingual, Lang } from "../engine/core/lang";
import type { FactorScore } from "../engine/fit/fitFactors";
import type { FitReason } from "../engine/fit/fitScore";

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

/** Which sentence of the catalogue speaks for a factor, pointing the way the factor pulls the score. */
function reasonKey(factor: FactorScore): FitReasonKey {
  const good = factor.value >= 0.6;
  const d = factor.detail;
  switch (factor.factor) {
    case "category":
      if (Number(d.lift) > 0.005) return "categoryContentLift";
      return good ? "categoryStrong" : "categoryWeak";
    case "price":
      return good ? "priceSuits" : Number(d.position) > Number(d.tier) ? "priceAbove" : "priceBelow";
    case "age":
      return good ? "ageCore" : "ageFew";
    case "gender":
      return good ? "genderLeans" : "genderFew";
    case "cityTier":
      return good ? "tierStrong" : "tierWeak";
    case "brand":
      if (factor.value > 0 && d.status === "registered") return good ? "brandFavoured" : "brandLittleGain";
      if (factor.value > 0) return good ? "brandNotNeeded" : "brandWanted";
      return "brandRequired";
    case "content":
      return good ? "contentEnough" : "contentShort";
    case "margin":
      return good ? "marginRoom" : "marginSqueezed";
  }
}

/** A plain-words reason for one weighted factor, in both languages, from the catalogue. */
function factorReasonText(data: ReferenceData, platform: string, category: string, factor: FactorScore): Bilingual {
  const d = factor.detail;
  const words = (lang: Lang): ReasonWords => ({
    platform: data.rateCard.platforms[platform]!.name[lang],
    category: data.rateCard.categories[category]!.name[lang],
    band: String(d.band ?? ""),
    share: pct(Number(d.share)),
    who: GENDER_WORDS[String(d.gender)]?.[lang] ?? "",
    tier: TIER_PHRASE[lang](String(d.tier ?? "").split("+")),
    status: BRAND_STATUS_WORDS[String(d.status)]?.[lang] ?? "",
    minimum: BRAND_STATUS_WORDS[String(d.minimum)]?.[lang] ?? "",
    deductionRate: pct(Number(d.deductionRate)),
    adRatio: pct(Number(d.adRatio)),
    returnRate: pct(Number(d.returnRate)),
  });
  const reason = FIT_REASONS[reasonKey(factor)];
  return { en: reason.en(words("en")), zh: reason.zh(words("zh")) };
}

/** A fit reason in words: a weighted factor from the catalogue, a cut of the score from the rule's own text in the data. */
export function fitReasonText(data: ReferenceData, reason: FitReason, lang: Lang): string {
  const { platform, category } = reason;
  switch (reason.factor) {
    case "ownFollowing":
      return data.fitRules.ownFollowing.reason[lang];
    case "scope":
      return data.fitRules.scopes[platform]!.serves[lang];
    case "storeType":
      return data.fitRules.storeTypes[platform]!.reason[lang];
    case "entryGate":
      return data.planning.entryGates[platform]!.reason[lang];
    default:
      return factorReasonText(data, platform, category, { factor: reason.factor, value: reason.value!, detail: reason.detail! })[lang];
  }
}
