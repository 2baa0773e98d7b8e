import { sourceTitle } from "../../data/provenance/figureProvenance";
import type { ReferenceData } from "../../data/referenceData";
import { reasoningText } from "../../data/reasoningText";
import type { Lang } from "../../engine";
import { label, provenanceLabel } from "../../messages";
import { rateCardEntries, type Row } from "./rateCardRows";

/** Headers of =CHANNEL.RATECARD(): the sheet's columns plus the status (sourced / stale / estimate) and the address on its own. */
export function rateCardListingHeaders(lang: Lang): string[] {
  return [
    label("platform", lang),
    label("item", lang),
    label("category", lang),
    label("value", lang),
    provenanceLabel("status", lang),
    label("source", lang),
    provenanceLabel("address", lang),
    label("asOf", lang),
    label("note", lang),
  ];
}

/** One row per figure: value, status, source title, address and date for a sourced figure; the reasoning for an estimate. */
export function rateCardListing(data: ReferenceData, platforms: readonly string[], lang: Lang): Row[] {
  return rateCardEntries(data, platforms, lang).map(({ platform, item, category, value, provenance }) => [
    platform,
    item,
    category,
    value,
    provenanceLabel(provenance.kind, lang),
    sourceTitle(provenance),
    provenance.source?.url ?? "",
    provenance.date ?? "",
    reasoningText(provenance.text, lang),
  ]);
}
