import type { Lang } from "../messages/lang";
import type { FitReason } from "./fitScore";

/** A fit reason with where its figures come from, for a cell: "… [Sourced: title (publisher), address, date]" or "… [Estimate: reasoning]". */
export const reasonWithBasis = (reason: FitReason, lang: Lang): string => (reason.basis ? `${reason.text[lang]} [${reason.basis.detail[lang]}]` : reason.text[lang]);

/** The same with the short label only, for a one-line explanation: "… (Estimate)". */
export const reasonWithLabel = (reason: FitReason, lang: Lang): string => (reason.basis ? `${reason.text[lang]} (${reason.basis.label[lang]})` : reason.text[lang]);
