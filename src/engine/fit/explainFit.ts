import type { ReferenceData } from "../../data/referenceData";
import { FIT_MESSAGES } from "../messages/catalogue/fitMessages";
import type { Lang } from "../messages/lang";
import type { FitScore } from "./fitScore";
import { reasonWithLabel } from "./reasonWithBasis";

/** One sentence for a cell or a boss: the score and its strongest reasons, each marked sourced or estimate. */
export function explainFit(data: ReferenceData, fit: FitScore, lang: Lang, maxReasons = 3): string {
  const name = data.rateCard.platforms[fit.platform]!.name[lang];
  return FIT_MESSAGES.explain[lang](
    name,
    fit.score,
    fit.reasons.slice(0, maxReasons).map((r) => reasonWithLabel(r, lang)),
  );
}
