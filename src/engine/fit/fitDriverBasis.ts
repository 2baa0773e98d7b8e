import { provenanceLabel } from "../../data/coverageLabels";
import { provenanceOf, type FigureKind, type Provenance } from "../../data/provenance/figureProvenance";
import type { ReferenceData } from "../../data/referenceData";
import type { FitFactor } from "../../data/schema/model";
import type { Figure } from "../../data/schema/figure";
import type { Bilingual, Lang } from "../messages/lang";
import type { Product } from "./product";

/** Where the profile figures behind one fit factor come from: each sourced (title, address, date) or an estimate. */
export interface DriverBasis {
  /** "mixed" when the factor reads several figures of different kinds (an age range across bands). */
  kind: FigureKind | "mixed";
  /** Short, for a cell or a list: "Sourced: QuestMobile 2024年新媒体生态盘点, 2024-12-25" or "Estimate". */
  label: Bilingual;
  /** Every figure's source (title, publisher, address, date) or its estimate's reasoning. */
  detail: Bilingual;
}

interface KeyedFigure {
  key?: string;
  figure: Figure;
}

/** The profile figures a factor reads for this product: category strength, price tier, or the audience shares it covers. */
function driverFigures(data: ReferenceData, platform: string, product: Product, factor: FitFactor): KeyedFigure[] {
  const profile = data.profiles.platforms[platform];
  if (!profile) return [];
  const strength = profile.categoryStrength[product.category];
  const { ageShare, femaleShare, cityTierShare } = profile.audience;
  switch (factor) {
    case "category":
      return strength ? [{ figure: strength }] : [];
    case "price":
      return [{ figure: profile.priceTier }];
    case "age":
      return (product.ageBand?.parts ?? []).map((part) => ({ key: part.key, figure: ageShare[part.key] }));
    case "gender":
      return [{ figure: femaleShare }];
    case "cityTier":
      return (product.cityTier?.parts ?? []).map((part) => ({ key: part.key, figure: cityTierShare[part.key] }));
    default:
      return [];
  }
}

const sourceText = (p: Provenance, full: boolean): string => {
  const title = p.source ? (full ? `${p.source.title} (${p.source.publisher}), ${p.source.url}` : p.source.title) : (p.sourceId ?? "");
  return `${title}, ${p.date ?? ""}`;
};

/** "18-24, 25-30: …" for parts that share a text; the text alone for a single figure. */
function joinParts(parts: Array<{ key?: string; text: string }>): string {
  const byText = new Map<string, string[]>();
  for (const part of parts) byText.set(part.text, [...(byText.get(part.text) ?? []), ...(part.key ? [part.key] : [])]);
  return [...byText].map(([text, keys]) => (keys.length > 0 && parts.length > 1 ? `${keys.join(", ")}: ${text}` : text)).join("; ");
}

function shortLabel(kind: DriverBasis["kind"], items: Array<{ key?: string; provenance: Provenance }>, lang: Lang): string {
  const sourced = items.filter((i) => i.provenance.kind === "sourced" || i.provenance.kind === "stale");
  const titles = [...new Set(sourced.map((i) => sourceText(i.provenance, false)))].join("; ");
  return kind === "estimate" ? provenanceLabel("estimate", lang) : `${provenanceLabel(kind, lang)}: ${titles}`;
}

function detailOf(items: Array<{ key?: string; provenance: Provenance }>, lang: Lang): string {
  return joinParts(
    items.map(({ key, provenance: p }) => ({
      ...(key === undefined ? {} : { key }),
      text: p.kind === "estimate" ? `${provenanceLabel("estimate", lang)}: ${(lang === "zh" && p.textZh) || p.text}` : `${provenanceLabel(p.kind, lang)}: ${sourceText(p, true)}`,
    })),
  );
}

/**
 * The provenance of the profile figures behind a fit factor (category strength, price tier, age, gender, city tier);
 * undefined for factors read from the rate card or the model (margin, brand, content).
 */
export function fitDriverBasis(data: ReferenceData, platform: string, product: Product, factor: FitFactor): DriverBasis | undefined {
  const figures = driverFigures(data, platform, product, factor);
  if (figures.length === 0) return undefined;
  const items = figures.map(({ key, figure }) => ({ ...(key === undefined ? {} : { key }), provenance: provenanceOf(figure, data.profiles.sources, data.rateCard.asOf) }));
  const kinds = new Set(items.map((i) => i.provenance.kind));
  const kind: DriverBasis["kind"] = kinds.size === 1 ? [...kinds][0]! : "mixed";
  return {
    kind,
    label: { en: shortLabel(kind, items, "en"), zh: shortLabel(kind, items, "zh") },
    detail: { en: detailOf(items, "en"), zh: detailOf(items, "zh") },
  };
}
