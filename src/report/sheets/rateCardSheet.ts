import { type Lang } from "../../engine";
import { label } from "../../messages";
import type { PlanResult } from "../../scenario/planResult";
import { RATE_CARD_HEADERS, rateCardEntries, rateCardRow, returnRateEntries, type RateCardEntry } from "../tables/rateCardRows";
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
  returnMultiple(platform: string): string;
  returnAdjustment(platform: string): string;
  typicalReturn(category: string): string;
}

/**
 * The rate card as the CF_RateCard table (one figure a row with its source: the add-in reads edits back from it),
 * the categories' typical return rates among them. Formulas point at the figure's own cell, so editing a commission
 * changes every margin that uses it. The rows this plan uses (the platforms it opens, the products' categories) come
 * first and are the sheet's print area: on paper the card is a page or two, not thirty.
 */
export function rateCardSheet(result: PlanResult, lang: Lang, live: boolean): { sheet: SheetBuilder; refs: RateRefs } {
  const data = result.referenceData;
  const card = data.rateCard;
  const b = new SheetBuilder(label("sheetRateCard", lang), lang, live);
  b.add({ kind: "title", text: `${label("sheetRateCard", lang)} ${card.version} (${card.asOf})` });
  b.add({ kind: "notes", lines: [label("ratePrintNote", lang)] });
  const codes = Object.keys(card.platforms);
  const onPaper = planRows(result, lang);
  const all = [...rateCardEntries(data, codes, lang), ...returnRateEntries(data, lang)];
  const entries = [...all.filter(onPaper), ...all.filter((e) => !onPaper(e))];
  // Rates read as percentages, fees and deposits as ¥, ROI as a multiple: never 0.05 or 50000.0.
  const FORMAT = { percent: "percent", money: "money", ratio: "rate" } as const;
  const rows = entries.map((e) => rateCardRow(e, lang));
  const at = (key: (typeof RATE_CARD_HEADERS)[number]) => RATE_CARD_HEADERS.indexOf(key);
  const header = b.table({
    name: RATE_CARD_TABLE,
    columns: RATE_CARD_HEADERS.map((key) => ({
      header: label(key, lang),
      format: (key === "value" ? "rate" : "text") as CellFormat,
      width: ({ platform: 16, item: 22, category: 14, value: 10, source: 50, asOf: 12 } as Record<string, number>)[key] ?? 40,
      ...(key === "value" ? { input: { kind: "number" as const, note: label("noteRateInput", lang) } } : {}),
    })),
    rows: rows.map((r, i) => r.map((cell, j) => (j === at("value") ? { value: cell, format: FORMAT[entries[i]!.unit] } : cell))),
  });
  const printed = entries.filter(onPaper).length;
  if (printed) b.printRows = header + printed;
  // Formulas find a figure by its platform, item and category, never by its position: sorting the table or inserting
  // rows moves nothing; a row renamed, removed or repeated gives #N/A (and the summary's plan-status flag).
  const first = header + 1;
  const last = header + Math.max(rows.length, 1);
  const column = (key: (typeof RATE_CARD_HEADERS)[number]) => b.range(at(key), first, last);
  const F = formulaCalculator;
  const written = new Set(rows.map((r) => `${r[at("platform")]}|${r[at("item")]}|${r[at("category")]}`));
  const lookup = (platformName: string, item: string, category = ""): string => {
    if (!written.has(`${platformName}|${item}|${category}`)) throw new Error(`rate card sheet: no row for ${platformName} ${item} ${category}`);
    return F.lookup(column("value"), [
      [column("platform"), F.text(platformName)],
      [column("item"), F.text(item)],
      [column("category"), F.text(category)],
    ]);
  };
  const cell = (platform: string, item: string, category = ""): string => lookup(card.platforms[platform]!.name[lang], item, category);
  const catName = (category: string) => card.categories[category]!.name[lang];

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
    returnMultiple: (p) => cell(p, label("returnRateMultiple", lang)),
    returnAdjustment: (p) => cell(p, label("returnRateAdjustment", lang)),
    typicalReturn: (cat) => lookup(label("everyPlatform", lang), label("typicalReturnRate", lang), catName(cat)),
  };
  return { sheet: b, refs };
}

/** Rows the plan uses: the platforms it opens (the best-fitting ones when it opens none) and the products' categories. */
function planRows(result: PlanResult, lang: Lang): (e: RateCardEntry) => boolean {
  const { plan, referenceData: data } = result;
  const card = data.rateCard;
  const codes = plan.entered.length ? plan.entered : plan.platforms.slice(0, result.company.maxPlatforms).map((p) => p.platform);
  const platforms = new Set([label("everyPlatform", lang), ...codes.map((p) => card.platforms[p]!.name[lang])]);
  const categories = new Set(result.inputs.map((p) => card.categories[p.product.product.category]!.name[lang]));
  return (e) => platforms.has(e.platform) && (e.category === "" || categories.has(e.category));
}
