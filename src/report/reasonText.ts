import type { ReferenceData } from "../data/referenceData";
import { type FitReason, type FitScore, type Lang } from "../engine";
import { messages } from "../messages";
import { driverBasisDetail, driverBasisLabel } from "./driverBasisText";
import { fitReasonText } from "../messages/fitReasonText";

/** A fit reason with where its figures come from, for a cell: "… [Sourced: title (publisher), address, date]" or "… [Estimate: reasoning]". */
export const reasonWithBasis = (data: ReferenceData, reason: FitReason, lang: Lang): string =>
  reason.basis ? `${fitReasonText(data, reason, lang)} [${driverBasisDetail(data, reason.basis, lang)}]` : fitReasonText(data, reason, lang);

/** The same with the short label only, for a one-line explanation: "… (Estimate)". */
export const reasonWithLabel = (data: ReferenceData, reason: FitReason, lang: Lang): string =>
  reason.basis ? `${fitReasonText(data, reason, lang)} (${driverBasisLabel(data, reason.basis, lang)})` : fitReasonText(data, reason, lang);

/** One sentence for a cell or a boss: the score and its strongest reasons, each marked sourced or estimate. */
export function explainFit(data: ReferenceData, fit: FitScore, lang: Lang, maxReasons = 3): string {
  const name = data.rateCard.platforms[fit.platform]!.name[lang];
  return messages(lang).fit.explain(
    name,
    fit.score,
    fit.reasons.slice(0, maxReasons).map((r) => reasonWithLabel(data, r, lang)),
  );
}
