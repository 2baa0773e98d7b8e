import type { ReferenceData } from "../../data/referenceData";
import { optionLabels, type Lang } from "../../engine";
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
