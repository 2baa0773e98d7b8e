import type { ReferenceData } from "../data/referenceData";
import type { Lang } from "../engine";

/** A platform's name in the reader's language (rate card). */
export const platformName = (data: ReferenceData, platform: string, lang: Lang): string => data.rateCard.platforms[platform]!.name[lang];
