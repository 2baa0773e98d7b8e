import type { ReferenceData } from "../../data/referenceData";
import { BRAND_STAGE_NAMES, DEFAULTS, resolveName, VAT_REGIME_NAMES, type Lang } from "../../engine";
import { label, optionLabels } from "../../messages";
import type { Option } from "./form";

export const categoryOptions = (data: ReferenceData, lang: Lang): Option[] => Object.entries(data.rateCard.categories).map(([value, c]) => ({ value, label: c.name[lang] }));
export const platformOptions = (data: ReferenceData, lang: Lang): Option[] => Object.entries(data.rateCard.platforms).map(([value, p]) => ({ value, label: p.name[lang] }));
export const ageOptions = (lang: Lang) => optionLabels("ageBand", lang);
export const genderOptions = (lang: Lang) => optionLabels("gender", lang);
export const tierOptions = (lang: Lang) => optionLabels("cityTier", lang);
export const brandOptions = (lang: Lang) => optionLabels("brandStatus", lang);
export const contentOptions = (lang: Lang) => optionLabels("contentCapacity", lang);
export const configurationOptions = (lang: Lang) => optionLabels("configuration", lang);
export const overrideFieldOptions = (lang: Lang) => optionLabels("overrideField", lang);
export const brandStageOptions = (data: ReferenceData, lang: Lang): Option[] =>
  BRAND_STAGE_NAMES.entries.map((e) => ({ value: e.code, label: data.planning.brandStages[e.code][lang] }));
/** The stage code a draft holds, whatever name it was saved under. */
export function brandStageOf(value: unknown): string {
  const stage = resolveName(BRAND_STAGE_NAMES, "company.brandStage", value ?? DEFAULTS.brandStage);
  return stage.ok ? stage.value : DEFAULTS.brandStage;
}

/** The VAT regimes in the user's words, after "" for the plan's default (by the annual target). */
export const vatRegimeOptions = (data: ReferenceData, lang: Lang): Option[] => [
  { value: "", label: label("vatRegimeDefault", lang) },
  ...VAT_REGIME_NAMES.entries.map((e) => ({ value: e.code, label: data.costs.vat.regimes[e.code].name[lang] })),
];
/** The regime code a draft holds, whatever name it was saved under; "" when it leaves the choice to the plan. */
export function vatRegimeOf(value: unknown): string {
  if (value === undefined || value === "") return "";
  const regime = resolveName(VAT_REGIME_NAMES, "company.vatRegime", value);
  return regime.ok ? regime.value : "";
}
