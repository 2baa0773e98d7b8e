import type { ReferenceData } from "../../data/referenceData";
import type { Figure } from "../../data/schema/figure";
import type { Lang } from "../../engine";
import { label, type LabelKey } from "../../engine";

export type Row = (string | number)[];

function figureRow(platformName: string, item: string, category: string, figure: Figure, lang: Lang, sources: Record<string, { title: string }>): Row {
  if ("estimate" in figure) return [platformName, item, category, figure.value, label("estimate", lang), "", figure.estimate];
  const title = sources[figure.source]?.title;
  return [platformName, item, category, figure.value, title ? `${figure.source}: ${title}` : figure.source, figure.asOf, figure.note ?? ""];
}

export const RATE_CARD_HEADERS: LabelKey[] = ["platform", "item", "category", "value", "source", "asOf", "note"];

/** Every rate of the given platforms, one row each, with its source and as-of date or its estimate reasoning. */
export function rateCardRows(data: ReferenceData, platforms: readonly string[], lang: Lang): Row[] {
  const card = data.rateCard;
  const rows: Row[] = [];
  for (const code of platforms) {
    const p = card.platforms[code]!;
    const name = p.name[lang];
    const row = (item: string, category: string, figure: Figure) => rows.push(figureRow(name, item, category, figure, lang, card.sources));
    for (const [cat, figure] of Object.entries(p.commission)) row(label("commission", lang), card.categories[cat]!.name[lang], figure);
    row(label("paymentFee", lang), "", p.paymentFee);
    for (const other of p.otherDeductions) {
      row(other.name[lang], "", other.rate);
      for (const [cat, figure] of Object.entries(other.byCategory ?? {})) row(other.name[lang], card.categories[cat]!.name[lang], figure);
    }
    row(label("perOrderFee", lang), "", p.perOrderFee);
    row(label("deposit", lang), "", p.deposit);
    row(label("annualFee", lang), "", p.annualFee);
    row(label("adRoiLow", lang), "", p.adRoi.low);
    row(label("adRoiHigh", lang), "", p.adRoi.high);
    row(label("returnRateAdjustment", lang), "", p.returnRateAdjustment);
  }
  return rows;
}
