import { label, optionLabels, type Lang, type LabelKey } from "../../engine";
import type { OptionList } from "../../engine/messages/catalogue";
import type { PlanResult } from "../planResult";
import type { CellFormat, CellValue } from "../workbookSpec";
import { SheetBuilder } from "./sheetBuilder";

/** Where the inputs landed: every formula of the workbook reads them from here. */
export interface InputRefs {
  company: Record<CompanyKey, string>;
  /** Per store the brand runs today (platform code): its current monthly sales. */
  existingStores: Record<string, string>;
  /** Seasonality weights, months 1–12. */
  seasonality: string[];
  seasonalityRange: string;
  /** Per product (scenario order): price, unit cost, shipping, expected orders. */
  products: Array<{ price: string; unitCost: string; shipping: string; orders: string }>;
}

type CompanyKey = "annualTarget" | "monthlyAdBudget" | "conversionRate" | "paidShare" | "costPerClick" | "rentPerMonth" | "otherFixedPerMonth";

export const optionText = (list: OptionList, code: string | number | undefined, lang: Lang): string =>
  code === undefined ? "" : (optionLabels(list, lang).find((o) => o.value === String(code))?.label ?? String(code));

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
    ["paidShare", "paidShare", c.paidShare, "percent"],
    ["costPerClick", "costPerClick", c.costPerClick, "money"],
    ["rentPerMonth", "rent", c.rentPerMonth, "money"],
    ["otherFixedPerMonth", "otherFixedPerMonth", c.otherFixedPerMonth, "money"],
    [null, "salaryTier", optionText("cityTier", c.cityTier, lang), "text"],
    [null, "configuration", optionText("configuration", c.configuration, lang), "text"],
    [null, "maxPlatforms", c.maxPlatforms, "integer"],
    [null, "teamAvailable", c.teamAvailable, "integer"],
    [null, "brandStage", data.planning.brandStages[c.brandStage][lang], "text"],
    [null, "currentAnnualSales", c.currentAnnualSales, "money"],
  ];
  const stores = Object.entries(c.existingStores ?? {});
  const companyHeader = b.table({
    name: "Company",
    columns: b.columns([
      ["setting", "text", 30],
      ["value", "text", 18, { input: { kind: "text", note: l("noteCompanySetting") } }],
    ]),
    rows: [
      ...settings.map(([, key, value, format]) => [l(key), { value: value as string | number | null, format }]),
      ...stores.map(([platform, sales]) => [`${l("existingStoreSales")}: ${data.rateCard.platforms[platform]!.name[lang]}`, { value: sales, format: "money" as const }]),
    ],
  });
  const company = {} as Record<CompanyKey, string>;
  settings.forEach(([key], i) => key && (company[key] = b.ref(1, companyHeader + 1 + i)));
  const existingStores = Object.fromEntries(stores.map(([platform], i) => [platform, b.ref(1, companyHeader + 1 + settings.length + i)]));

  b.add({ kind: "heading", text: l("seasonality") });
  const seasonHeader = b.table({
    name: "Seasonality",
    columns: b.columns([
      ["month", "integer", 30],
      ["seasonality", "rate", 18, { input: { kind: "number", note: l("noteSeasonality") } }],
    ]),
    rows: c.seasonality.map((w, i) => [i + 1, w]),
  });
  const seasonality = c.seasonality.map((_, i) => b.ref(1, seasonHeader + 1 + i));

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
  const products = result.inputs.map((_, i) => {
    const row = productsHeader + 1 + i;
    return { price: b.ref(3, row), unitCost: b.ref(4, row), shipping: b.ref(5, row), orders: b.ref(6, row) };
  });
  return { sheet: b, refs: { company, existingStores, seasonality, seasonalityRange: b.range(1, seasonHeader + 1, seasonHeader + 12), products } };
}
