import type { ReferenceData } from "../../data/referenceData";
import { label, type Lang } from "../../engine";
import { RATE_CARD_HEADERS, rateCardRows } from "../tables/rateCardRows";
import type { CellFormat } from "../workbookSpec";
import { RATE_CARD_TABLE } from "../workbookTableName";
import { SheetBuilder } from "./sheetBuilder";

/** Cells of the rate card the formulas read, by platform and category code. */
export interface RateRefs {
  /** Every percentage deduction of a product of this category on this platform (commission, payment fee, others). */
  deductions(platform: string, category: string): string[];
  perOrderFee(platform: string): string;
  annualFee(platform: string): string;
  deposit(platform: string): string;
  roiLow(platform: string): string;
  roiHigh(platform: string): string;
  returnAdjustment(platform: string): string;
  typicalReturn(category: string): string;
}

/**
 * The rate card as the CF_RateCard table (one figure a row with its source: the add-in reads edits back from it)
 * and the categories' typical return rates. Formulas point at the figure's own cell, so editing a commission
 * changes every margin that uses it.
 */
export function rateCardSheet(data: ReferenceData, lang: Lang, live: boolean): { sheet: SheetBuilder; refs: RateRefs } {
  const card = data.rateCard;
  const b = new SheetBuilder(label("sheetRateCard", lang), lang, live);
  b.add({ kind: "title", text: `${label("sheetRateCard", lang)} ${card.version} (${card.asOf})` });
  const codes = Object.keys(card.platforms);
  const rows = rateCardRows(data, codes, lang);
  const at = (key: (typeof RATE_CARD_HEADERS)[number]) => RATE_CARD_HEADERS.indexOf(key);
  const header = b.table({
    name: RATE_CARD_TABLE,
    columns: RATE_CARD_HEADERS.map((key) => ({
      header: label(key, lang),
      format: (key === "value" ? "rate" : "text") as CellFormat,
      width: ({ platform: 16, item: 22, category: 14, value: 10, source: 50, asOf: 12 } as Record<string, number>)[key] ?? 40,
      ...(key === "value" ? { input: { kind: "number" as const, note: label("noteRateInput", lang) } } : {}),
    })),
    rows,
  });
  const index = new Map<string, number>();
  rows.forEach((r, i) => index.set(`${r[at("platform")]}|${r[at("item")]}|${r[at("category")]}`, header + 1 + i));
  const cell = (platform: string, item: string, category = ""): string => {
    const row = index.get(`${card.platforms[platform]!.name[lang]}|${item}|${category}`);
    if (row === undefined) throw new Error(`rate card sheet: no row for ${platform} ${item} ${category}`);
    return b.ref(at("value"), row);
  };
  const catName = (category: string) => card.categories[category]!.name[lang];

  b.add({ kind: "heading", text: label("returnRates", lang) });
  const categories = Object.keys(card.categories);
  const returnsHeader = b.table({
    name: "ReturnRates",
    columns: [
      { header: label("category", lang), format: "text", width: 16 },
      { header: label("typicalReturnRate", lang), format: "percent", width: 22, input: { kind: "fraction", note: label("noteRateInput", lang) } },
      { header: label("source", lang), format: "text", width: 60 },
    ],
    rows: categories.map((cat) => {
      const f = card.typicalReturnRate[cat]!;
      return [catName(cat), f.value, "estimate" in f ? `${label("estimate", lang)}: ${f.estimate}` : f.source];
    }),
  });
  const returnRow = new Map(categories.map((cat, i) => [cat, returnsHeader + 1 + i]));

  const refs: RateRefs = {
    deductions: (p, cat) => {
      const rates = card.platforms[p]!;
      return [
        cell(p, label("commission", lang), catName(cat)),
        cell(p, label("paymentFee", lang)),
        ...rates.otherDeductions.map((o) => (o.byCategory?.[cat] ? cell(p, o.name[lang], catName(cat)) : cell(p, o.name[lang]))),
      ];
    },
    perOrderFee: (p) => cell(p, label("perOrderFee", lang)),
    annualFee: (p) => cell(p, label("annualFee", lang)),
    deposit: (p) => cell(p, label("deposit", lang)),
    roiLow: (p) => cell(p, label("adRoiLow", lang)),
    roiHigh: (p) => cell(p, label("adRoiHigh", lang)),
    returnAdjustment: (p) => cell(p, label("returnRateAdjustment", lang)),
    typicalReturn: (cat) => b.ref(1, returnRow.get(cat)!),
  };
  return { sheet: b, refs };
}
