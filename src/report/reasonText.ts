import type { ReferenceData } from "../data/referenceData";
import { type FitReason, type FitScore, type Lang } from "../engine";
import { messages } from "../messages";
import { driverBasisDetail, driverBasisLabel } from "./driverBasisText";
import { fitReasonText } from "../messages/fitReasonText";

/** Texts already written, per data set, reason and language: products alike share their fit reasons, and a catalogue repeats them. */
const written = new WeakMap<ReferenceData, WeakMap<FitReason, Map<Lang, string>>>();

/** A fit reason with where its figures come from, for a cell: "… [Sourced: title (publisher), address, date]" or "… [Estimate: reasoning]". */
export function reasonWithBasis(data: ReferenceData, reason: FitReason, lang: Lang): string {
  if (!reason.basis) return fitReasonText(data, reason, lang);
  let byReason = written.get(data);
  if (!byReason) written.set(data, (byReason = new WeakMap()));
  let byLang = byReason.get(reason);
  if (!byLang) byReason.set(reason, (byLang = new Map()));
  const known = byLang.get(lang);
  if (known !== undefined) return known;
  const text = `${fitReasonText(data, reason, lang)} [${driverBasisDetail(data, reason.basis, lang)}]`;
  byLang.set(lang, text);
  return text;
}

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
