import { type Lang } from "../../engine";
import { label, optionLabels, type LabelKey } from "../../messages";
import type { OptionList } from "../../messages/catalogue";
import type { PlanResult } from "../../scenario/planResult";
import type { CellFormat, CellValue } from "../workbookSpec";
import { formulaCalculator as F } from "../../engine/calc";
import type { VatRates } from "../../engine/costs/vatPayable";
import { overheadShareOf } from "../../engine/plan/companyOverhead";
import { incomeTaxRatesOf } from "../../engine/costs/incomeTax";
import { SheetBuilder } from "./sheetBuilder";

/** Where the inputs landed: every formula of the workbook reads them from here. */
export interface InputRefs {
  company: Record<CompanyKey, string>;
  /** The VAT regime's rate cells among the settings, as the VAT functions take them. */
  vatRates: VatRates<string>;
  /** Per store the brand runs today (platform code): its current monthly sales. */
  existingStores: Record<string, string>;
  /** Seasonality weights, months 1–12. */
  seasonality: string[];
  seasonalityRange: string;
  /**
   * Checks that each lookup of a setting or seasonality weight finds its row: 1 when a key is renamed, removed or
   * repeated (the lookup's #N/A), and the count of error values in the columns looked up (the only other way a lookup
   * fails: SUMPRODUCT reads text as 0). Shorter than testing each lookup, so the status formula stays within Excel's limit.
   */
  lookupChecks: string[];
  /** The CF_Products columns formulas read, each row found by its SKU (the table may be sorted or grow). */
  products: ProductColumns;
}

export interface ProductColumns {
  sku: string;
  price: string;
  unitCost: string;
  shipping: string;
  orders: string;
  /** The SKU column from the first product down past the table, where a typed SKU would land. */
  skusAndBelow: string;
  /** How many SKUs the plan was run with. */
  count: number;
}

/** Rows under CF_Products the plan-status flag watches for a SKU typed outside the table. */
const ROWS_BELOW_CHECKED = 1000;

type CompanyKey =
  "annualTarget" | "monthlyAdBudget" | "conversionRate" | "costPerClick" | "rentPerMonth" | "otherFixedPerMonth" | "overheadShare" | "teamAvailable" | VatKey | TaxKey;
type TaxKey = "incomeTaxRate" | "smallProfitTaxRate" | "smallProfitLimit";
type VatKey = "vatOutputRate" | "vatGoodsInputRate" | "vatServicesInputRate" | "vatExemptMonthlySales";

export const optionText = (list: OptionList, code: string | number | undefined, lang: Lang): string =>
  code === undefined ? "" : (optionLabels(list, lang).find((o) => o.value === String(code))?.label ?? String(code));

/** The VAT regime in words (saying when the plan chose it), its rates and its monthly exemption, which the P&L's VAT lines read. */
function vatSettings(result: PlanResult, lang: Lang): Array<[CompanyKey | null, LabelKey, CellValue, CellFormat]> {
  const c = result.company;
  const regime = result.referenceData.costs.vat.regimes[c.vatRegime];
  const name = c.vatRegimeGiven ? regime.name[lang] : `${regime.name[lang]} ${label("vatRegimeDefault", lang)}`;
  const rates = ["vatOutputRate", "vatGoodsInputRate", "vatServicesInputRate"] as const;
  const value = { vatOutputRate: regime.outputRate.value, vatGoodsInputRate: regime.goodsInputRate.value, vatServicesInputRate: regime.servicesInputRate.value };
  return [
    [null, "vatRegime", name, "text"],
    ...rates.map((k): [VatKey, LabelKey, CellValue, CellFormat] => [k, k, value[k], "percent"]),
    ["vatExemptMonthlySales", "vatExemptMonthlySales", regime.monthlyExemptSales.value, "money"],
  ];
}

/** Corporate income tax on the plan's years: the full rate, and a small low-profit enterprise's rate and limit. */
function taxSettings(result: PlanResult): Array<[TaxKey, LabelKey, CellValue, CellFormat]> {
  const rates = incomeTaxRatesOf(result.referenceData.costs);
  return [
    ["incomeTaxRate", "incomeTaxRate", rates.rate, "percent"],
    ["smallProfitTaxRate", "smallProfitTaxRate", rates.smallProfitRate, "percent"],
    ["smallProfitLimit", "smallProfitLimit", rates.smallProfitLimit, "money"],
  ];
}

/**
 * The boss's inputs as Excel tables: CF_Company (one setting a row, in words and ¥ / % formats), CF_Seasonality and
 * CF_Products (one row per SKU). Formulas elsewhere read these cells; judgements (city tier, configuration, stage)
 * are shown in words.
 */
export function inputsSheet(result: PlanResult, lang: Lang, live: boolean): { sheet: SheetBuilder; refs: InputRefs } {
  const b = new SheetBuilder(label("sheetInputs", lang), lang, live);
  const c = result.company;
  const data = result.referenceData;
  const l = (key: LabelKey) => label(key, lang);
  b.add({ kind: "title", text: `${result.brand}: ${l("sheetInputs")}` });
  b.add({ kind: "heading", text: l("companyInputs") });
  const settings: Array<[CompanyKey | null, LabelKey, CellValue, CellFormat]> = [
    ["annualTarget", "annualTarget", c.annualTarget, "money"],
    ["monthlyAdBudget", "monthlyAdBudget", c.monthlyAdBudget, "money"],
    ["conversionRate", "conversionRate", c.conversionRate, "percent"],
    // An override of every platform's paid share, shown as typed; the formulas read each platform's on the Costs sheet.
    [null, "paidShareOverride", c.paidShare, "percent"],
    ["costPerClick", "costPerClick", c.costPerClick, "money"],
    ["rentPerMonth", "rent", c.rentPerMonth, "money"],
    ["otherFixedPerMonth", "otherFixedPerMonth", c.otherFixedPerMonth, "money"],
    ["overheadShare", "overheadShare", overheadShareOf(c, data.planning), "percent"],
    [null, "salaryTier", optionText("cityTier", c.cityTier, lang), "text"],
    [null, "configuration", optionText("configuration", c.configuration, lang), "text"],
    [null, "maxPlatforms", c.maxPlatforms, "integer"],
    ["teamAvailable", "teamAvailable", c.teamAvailable, "integer"],
    [null, "brandStage", data.planning.brandStages[c.brandStage][lang], "text"],
    [null, "currentAnnualSales", c.currentAnnualSales, "money"],
    ...vatSettings(result, lang),
    ...taxSettings(result),
  ];
  const stores = Object.entries(c.existingStores ?? {});
  const storeLabel = (platform: string) => `${l("existingStoreSales")}: ${data.rateCard.platforms[platform]!.name[lang]}`;
  const companyHeader = b.table({
    name: "Company",
    columns: b.columns([
      ["setting", "text", 30],
      ["value", "text", 18, { input: { kind: "text", note: l("noteCompanySetting") } }],
    ]),
    rows: [
      ...settings.map(([, key, value, format]) => [l(key), { value: value as string | number | null, format }]),
      ...stores.map(([platform, sales]) => [storeLabel(platform), { value: sales, format: "money" as const }]),
    ],
  });
  // Settings are found by their label and weights by their month, never by position: sorting CF_Company or
  // CF_Seasonality, or inserting rows in them, changes nothing.
  const settingsColumn = (col: number) => b.range(col, companyHeader + 1, companyHeader + settings.length + stores.length);
  const company = {} as Record<CompanyKey, string>;
  for (const [key, labelKey] of settings) if (key) company[key] = F.lookup(settingsColumn(1), [[settingsColumn(0), F.text(l(labelKey))]]);
  const existingStores = Object.fromEntries(stores.map(([platform]) => [platform, F.lookup(settingsColumn(1), [[settingsColumn(0), F.text(storeLabel(platform))]])]));

  b.add({ kind: "heading", text: l("seasonality") });
  const seasonHeader = b.table({
    name: "Seasonality",
    columns: b.columns([
      ["month", "integer", 30],
      ["seasonality", "rate", 18, { input: { kind: "number", note: l("noteSeasonality") } }],
    ]),
    rows: c.seasonality.map((w, i) => [i + 1, w]),
  });
  const monthsColumn = (col: number) => b.range(col, seasonHeader + 1, seasonHeader + c.seasonality.length);
  const seasonality = c.seasonality.map((_, i) => F.lookup(monthsColumn(1), [[monthsColumn(0), F.constant(i + 1)]]));

  b.add({ kind: "heading", text: l("productInputs") });
  const money = { input: { kind: "number", note: l("noteMoneyInput") } } as const;
  const productsHeader = b.table({
    name: "Products",
    columns: b.columns([
      ["sku", "text", 14],
      ["productName", "text", 28],
      ["category", "text", 12],
      ["price", "money", 12, money],
      ["unitCost", "money", 12, money],
      ["shipping", "money", 14, money],
      ["expectedOrders", "integer", 14, { input: { kind: "whole", note: l("noteOrdersInput") } }],
      ["ageBand", "text", 10],
      ["gender", "text", 10],
      ["cityTier", "text", 12],
      ["brandStatus", "text", 12],
      ["contentCapacity", "text", 12],
    ]),
    rows: result.inputs.map(({ input, product }) => [
      input.sku,
      input.name,
      data.rateCard.categories[product.product.category]!.name[lang],
      product.product.price,
      product.unitCost,
      product.shipping,
      product.monthlyOrders,
      input.ageBand === undefined ? "" : String(input.ageBand),
      optionText("gender", product.product.gender, lang),
      optionText("cityTier", input.cityTier, lang),
      optionText("brandStatus", product.product.brandStatus, lang),
      optionText("contentCapacity", product.product.contentCapacity, lang),
    ]),
  });
  const first = productsHeader + 1;
  const last = productsHeader + Math.max(result.inputs.length, 1);
  const column = (col: number) => b.range(col, first, last);
  const products: ProductColumns = {
    sku: column(0),
    price: column(3),
    unitCost: column(4),
    shipping: column(5),
    orders: column(6),
    skusAndBelow: b.range(0, first, last + ROWS_BELOW_CHECKED),
    count: result.inputs.length,
  };
  const lookupChecks = [
    ...settings.flatMap(([key, labelKey]) => (key ? [F.keyMissing([[settingsColumn(0), F.text(l(labelKey))]])] : [])),
    ...stores.map(([platform]) => F.keyMissing([[settingsColumn(0), F.text(storeLabel(platform))]])),
    ...c.seasonality.map((_, i) => F.keyMissing([[monthsColumn(0), F.constant(i + 1)]])),
    F.errorCount(settingsColumn(1)),
    F.errorCount(monthsColumn(1)),
  ];
  const vatRates = { outputRate: company.vatOutputRate, goodsInputRate: company.vatGoodsInputRate, servicesInputRate: company.vatServicesInputRate };
  return { sheet: b, refs: { company, vatRates, existingStores, lookupChecks, seasonality, seasonalityRange: b.range(1, seasonHeader + 1, seasonHeader + 12), products } };
}
