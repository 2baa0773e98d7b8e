import type { ReferenceData } from "../data/referenceData";
import { type FitReason, type FitScore, type Lang } from "../engine";
import type { DriverBasis } from "../engine/fit/fitDriverBasis";
import { FIT_MESSAGES } from "../messages/catalogue/fitMessages";
import { driverBasisDetail, driverBasisLabel } from "./driverBasisText";
import { provenanceLabel } from "../messages";
import { fitReasonText } from "../messages/fitReasonText";

/**
 * Where a reason's figures come from, per data set, language and figures read: a catalogue's rows share a few dozen.
 * Keyed by the figures, not by the reason, so a plan's 110,000 reasons do not each keep a text of their own alive.
 */
const details = new WeakMap<ReferenceData, Map<string, string>>();

function basisDetail(data: ReferenceData, basis: DriverBasis, lang: Lang): string {
  let known = details.get(data);
  if (!known) details.set(data, (known = new Map()));
  const key = `${lang}|${basis.figures.map(({ id }) => `${id.platform}/${id.driver}/${id.key ?? ""}`).join(",")}`;
  let detail = known.get(key);
  if (detail === undefined) known.set(key, (detail = driverBasisDetail(data, basis, lang)));
  return detail;
}

/** Where a reason's figures come from, in full (the Comparison's screen-only column; the JSON's topReasonBasis); null without a basis. */
export const reasonBasis = (data: ReferenceData, reason: FitReason, lang: Lang): string | null => (reason.basis ? basisDetail(data, reason.basis, lang) : null);

/** A fit reason with the kind of its basis only, for a cell a boss prints: "… (Estimate)", "… (Partly sourced)". */
export const reasonWithKind = (data: ReferenceData, reason: FitReason, lang: Lang): string =>
  reason.basis ? `${fitReasonText(data, reason, lang)} (${provenanceLabel(reason.basis.kind, lang)})` : fitReasonText(data, reason, lang);

/** A fit reason with its basis' kind and sources' titles, for a one-line explanation: "… (Estimate)", "… (Sourced: title, date)". */
export const reasonWithLabel = (data: ReferenceData, reason: FitReason, lang: Lang): string =>
  reason.basis ? `${fitReasonText(data, reason, lang)} (${driverBasisLabel(data, reason.basis, lang)})` : fitReasonText(data, reason, lang);

/** One sentence for a cell or a boss: the score and its strongest reasons, each marked sourced or estimate. */
export function explainFit(data: ReferenceData, fit: FitScore, lang: Lang, maxReasons = 3): string {
  const name = data.rateCard.platforms[fit.platform]!.name[lang];
  // The fit domain alone: the custom functions explain a fit, and need none of the other sentences (messages()).
  return FIT_MESSAGES.explain[lang](
    name,
    fit.score,
    fit.reasons.slice(0, maxReasons).map((r) => reasonWithLabel(data, r, lang)),
  );
}
