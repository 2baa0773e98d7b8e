import { provenanceOf, type Provenance } from "../data/provenance/figureProvenance";
import { profileFigure } from "../data/provenance/profileFigure";
import type { ReferenceData } from "../data/referenceData";
import { type DriverBasis, type Lang } from "../engine";
import { provenanceLabel } from "../messages";

interface KeyedProvenance {
  key?: string;
  provenance: Provenance;
}

const sourceText = (p: Provenance, full: boolean): string => {
  const title = p.source ? (full ? `${p.source.title} (${p.source.publisher}), ${p.source.url}` : p.source.title) : (p.sourceId ?? "");
  return `${title}, ${p.date ?? ""}`;
};

/** Each figure of the basis with its provenance read from the data (the source entry, the estimate's reasoning). */
function provenances(data: ReferenceData, basis: DriverBasis): KeyedProvenance[] {
  return basis.figures.flatMap(({ id }) => {
    const figure = profileFigure(data.profiles, id);
    if (!figure) return [];
    const provenance = provenanceOf(figure, data.profiles.sources, data.rateCard.asOf);
    // A category share's key is the product's own category: naming it (a code) would add nothing but English.
    return [{ ...(id.key === undefined || id.driver === "categoryShare" ? {} : { key: id.key }), provenance }];
  });
}

/** "18-24, 25-30: …" for parts that share a text; the text alone for a single figure. */
function joinParts(parts: Array<{ key?: string; text: string }>): string {
  const byText = new Map<string, string[]>();
  for (const part of parts) byText.set(part.text, [...(byText.get(part.text) ?? []), ...(part.key ? [part.key] : [])]);
  return [...byText].map(([text, keys]) => (keys.length > 0 && parts.length > 1 ? `${keys.join(", ")}: ${text}` : text)).join("; ");
}

/** Short, for a cell or a list: "Sourced: QuestMobile 2024年新媒体生态盘点, 2024-12-25" or "Estimate". */
export function driverBasisLabel(data: ReferenceData, basis: DriverBasis, lang: Lang): string {
  if (basis.kind === "estimate") return provenanceLabel("estimate", lang);
  const sourced = provenances(data, basis).filter((i) => i.provenance.kind === "sourced" || i.provenance.kind === "stale");
  const titles = [...new Set(sourced.map((i) => sourceText(i.provenance, false)))].join("; ");
  return `${provenanceLabel(basis.kind, lang)}: ${titles}`;
}

/** Every figure's source (title, publisher, address, date) or its estimate's reasoning. */
export function driverBasisDetail(data: ReferenceData, basis: DriverBasis, lang: Lang): string {
  return joinParts(
    provenances(data, basis).map(({ key, provenance: p }) => ({
      ...(key === undefined ? {} : { key }),
      text: p.kind === "estimate" ? `${provenanceLabel("estimate", lang)}: ${(lang === "zh" && p.textZh) || p.text}` : `${provenanceLabel(p.kind, lang)}: ${sourceText(p, true)}`,
    })),
  );
}
