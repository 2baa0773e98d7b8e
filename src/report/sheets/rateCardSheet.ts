import type { ReferenceData } from "../../data/referenceData";
import { reasoningText } from "../../data/reasoningText";
import { type Lang } from "../../engine";
import { label } from "../../messages";
import { RATE_CARD_HEADERS, rateCardEntries, rateCardRows } from "../tables/rateCardRows";
import type { CellFormat } from "../workbookSpec";
import { RATE_CARD_TABLE } from "../workbookTableName";
import { SheetBuilder } from "./sheetBuilder";
import { formulaCalculator } from "../../engine/calc";

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
  // Rates read as percentages, fees and deposits as ¥, ROI as a multiple: never 0.05 or 50000.0.
  const FORMAT = { percent: "percent", money: "money", ratio: "rate" } as const;
  const units = rateCardEntries(data, codes, lang).map((e) => FORMAT[e.unit]);
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
    rows: rows.map((r, i) => r.map((cell, j) => (j === at("value") ? { value: cell, format: units[i]! } : cell))),
  });
  // Formulas find a figure by its platform, item and category, never by its position: sorting the table or inserting
  // rows moves nothing; a row renamed, removed or repeated gives #N/A (and the summary's plan-status flag).
  const first = header + 1;
  const last = header + Math.max(rows.length, 1);
  const column = (key: (typeof RATE_CARD_HEADERS)[number]) => b.range(at(key), first, last);
  const F = formulaCalculator;
  const written = new Set(rows.map((r) => `${r[at("platform")]}|${r[at("item")]}|${r[at("category")]}`));
  const cell = (platform: string, item: string, category = ""): string => {
    if (!written.has(`${card.platforms[platform]!.name[lang]}|${item}|${category}`)) throw new Error(`rate card sheet: no row for ${platform} ${item} ${category}`);
    return F.lookup(column("value"), [
      [column("platform"), F.text(card.platforms[platform]!.name[lang])],
      [column("item"), F.text(item)],
      [column("category"), F.text(category)],
    ]);
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
      return [catName(cat), f.value, "estimate" in f ? `${label("estimate", lang)}: ${reasoningText(f.estimate, lang)}` : f.source];
    }),
  });
  const returnRange = (col: number) => b.range(col, returnsHeader + 1, returnsHeader + categories.length);

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
    typicalReturn: (cat) => F.lookup(returnRange(1), [[returnRange(0), F.text(catName(cat))]]),
  };
  return { sheet: b, refs };
}
