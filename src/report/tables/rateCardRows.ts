import { provenanceDateNote } from "../provenanceDateNote";
import { provenanceOf, sourceTitle, type Provenance } from "../../data/provenance/figureProvenance";
import type { ReferenceData } from "../../data/referenceData";
import { reasoningText } from "../../data/reasoningText";
import type { Figure } from "../../data/schema/figure";
import type { Lang } from "../../engine";
import { label, provenanceLabel, type LabelKey } from "../../messages";

export type Row = (string | number)[];

/** One figure of the rate card with the words that name it and where it comes from. */
export interface RateCardEntry {
  platform: string;
  item: string;
  category: string;
  value: number;
  /** How the value reads: a share of the price, yuan, or a multiple (ROI). */
  unit: "percent" | "money" | "ratio";
  provenance: Provenance;
}

/** Every rate of the given platforms, in sheet order (commissions in the card's category order), each with its provenance judged against the card's as-of date. */
export function rateCardEntries(data: ReferenceData, platforms: readonly string[], lang: Lang): RateCardEntry[] {
  const card = data.rateCard;
  const entries: RateCardEntry[] = [];
  for (const code of platforms) {
    const p = card.platforms[code]!;
    const add = (item: string, category: string, figure: Figure, unit: RateCardEntry["unit"] = "percent") =>
      entries.push({ platform: p.name[lang], item, category, value: figure.value, unit, provenance: provenanceOf(figure, card.sources, card.asOf) });
    for (const [cat, category] of Object.entries(card.categories)) add(label("commission", lang), category.name[lang], p.commission[cat]!);
    add(label("paymentFee", lang), "", p.paymentFee);
    for (const other of p.otherDeductions) {
      add(other.name[lang], "", other.rate);
      for (const [cat, figure] of Object.entries(other.byCategory ?? {})) add(other.name[lang], card.categories[cat]!.name[lang], figure);
    }
    add(label("perOrderFee", lang), "", p.perOrderFee, "money");
    add(label("deposit", lang), "", p.deposit, "money");
    add(label("annualFee", lang), "", p.annualFee, "money");
    add(label("adRoiLow", lang), "", p.adRoi.low, "ratio");
    add(label("adRoiHigh", lang), "", p.adRoi.high, "ratio");
    add(label("returnRateMultiple", lang), "", p.returnRateMultiple, "ratio");
    add(label("returnRateAdjustment", lang), "", p.returnRateAdjustment);
  }
  return entries;
}

/** The categories' typical return rates as rate-card figures of every platform (each platform's adjustment is its own row). */
export function returnRateEntries(data: ReferenceData, lang: Lang): RateCardEntry[] {
  const card = data.rateCard;
  return Object.entries(card.categories).map(([cat, category]) => ({
    platform: label("everyPlatform", lang),
    item: label("typicalReturnRate", lang),
    category: category.name[lang],
    value: card.typicalReturnRate[cat]!.value,
    unit: "percent" as const,
    provenance: provenanceOf(card.typicalReturnRate[cat]!, card.sources, card.asOf),
  }));
}

/** The source cell: the source's title, publisher and address; "Estimate" or "User override" otherwise. */
function sourceCell(provenance: Provenance, lang: Lang): string {
  if (provenance.kind === "estimate" || provenance.kind === "override") return provenanceLabel(provenance.kind, lang);
  return [sourceTitle(provenance), provenance.source?.url].filter(Boolean).join(" · ");
}

/** The date cell, marked when the source is over 18 months older than the card, or when a newer rule replaced the figure. */
function dateCell(provenance: Provenance, lang: Lang): string {
  if (!provenance.date) return "";
  const note = provenanceDateNote(provenance, lang);
  return note ? `${provenance.date} (${note})` : provenance.date;
}

export const RATE_CARD_HEADERS: LabelKey[] = ["platform", "item", "category", "value", "source", "asOf", "note"];

/** The boss workbook's Rate card rows: platform, item, category, value, source (title · address), date (stale marked), note or reasoning. */
export function rateCardRows(data: ReferenceData, platforms: readonly string[], lang: Lang): Row[] {
  return rateCardEntries(data, platforms, lang).map((e) => rateCardRow(e, lang));
}

/** One figure's row of the Rate card sheet, in RATE_CARD_HEADERS order. */
export const rateCardRow = (e: RateCardEntry, lang: Lang): Row => [
  e.platform,
  e.item,
  e.category,
  e.value,
  sourceCell(e.provenance, lang),
  dateCell(e.provenance, lang),
  reasoningText(e.provenance.text, lang),
];
