import type { ReferenceData } from "../data/referenceData";
import { applyOverrides, categoryIndex, normalizeName, platformIndex, resolveName, type Lang, type RateOverride } from "../engine";
import { describeIssue, messages, LABELS } from "../messages";
import { otherDeductionIndex } from "../engine/rates/otherDeductionField";

/** The rate-card rows a user may edit, by their label in either language. */
const EDITABLE: Record<string, RateOverride["field"]> = Object.fromEntries(
  (["commission", "paymentFee", "perOrderFee", "annualFee", "adRoiLow", "adRoiHigh", "returnRateMultiple", "returnRateAdjustment"] as const).flatMap((key) =>
    [LABELS[key].en, LABELS[key].zh].map((label) => [normalizeName(label), key]),
  ),
);

export interface TableOverrides {
  overrides: RateOverride[];
  /** One line per row that could not be read; those rows are ignored, the rest still apply. */
  problems: string[];
}

const MAX_ROWS = 5000;

/** Every other deduction's id and names (Tmall's points rebate), normalized: rows the workbook's formulas read too. */
const otherDeductionNames = (data: ReferenceData): Set<string> =>
  new Set(Object.values(data.rateCard.platforms).flatMap((p) => p.otherDeductions.flatMap((o) => [o.name.zh, o.name.en].map(normalizeName))));

/**
 * Reads the Rate card sheet's rows (platform, item, category, value, …, as the boss workbook writes them) and
 * turns every value that differs from the built-in card into a negotiated-rate override.
 */
export function rateCardOverrides(data: ReferenceData, rows: readonly unknown[][], lang: Lang, asOf: string): TableOverrides {
  const overrides: RateOverride[] = [];
  const problems: string[] = [];
  const say = messages(lang).wizard;
  const sheetRowOf: number[] = [];
  const firstRow = new Map<string, number>();
  for (const [i, cells] of rows.slice(0, MAX_ROWS).entries()) {
    const row = (text: string) => problems.push(say.tableRow(i + 2, text));
    const [platformCell, itemCell, categoryCell, valueCell] = cells;
    const item = typeof itemCell === "string" && itemCell.length < 100 ? normalizeName(itemCell) : "";
    const other = otherDeductionNames(data).has(item);
    const field = EDITABLE[item] ?? (other ? String(itemCell) : undefined);
    if (!field) continue;
    const platform = resolveName(platformIndex(data.rateCard), "platform", platformCell);
    if (!platform.ok) {
      row(describeIssue(platform.issue, lang));
      continue;
    }
    const rates = data.rateCard.platforms[platform.value]!;
    const otherIndex = other ? otherDeductionIndex(rates, String(itemCell)) : -1;
    if (other && otherIndex < 0) continue;
    if (typeof valueCell !== "number" || !Number.isFinite(valueCell)) {
      row(say.tableValueNotNumber());
      continue;
    }
    let category: string | undefined;
    let builtIn: number;
    if (otherIndex >= 0) {
      // Another deduction (Tmall's points rebate): its base rate, or its rate for the row's category.
      const deduction = rates.otherDeductions[otherIndex]!;
      const cat = categoryCell === "" || categoryCell === null || categoryCell === undefined ? undefined : resolveName(categoryIndex(data.rateCard), "category", categoryCell);
      if (cat && !cat.ok) {
        row(describeIssue(cat.issue, lang));
        continue;
      }
      category = cat?.value;
      builtIn = (category ? deduction.byCategory?.[category] : deduction.rate)?.value ?? deduction.rate.value;
    } else if (field === "commission") {
      const cat = resolveName(categoryIndex(data.rateCard), "category", categoryCell);
      if (!cat.ok) {
        row(describeIssue(cat.issue, lang));
        continue;
      }
      category = cat.value;
      builtIn = rates.commission[cat.value]!.value;
    } else if (field === "adRoiLow" || field === "adRoiHigh") builtIn = rates.adRoi[field === "adRoiLow" ? "low" : "high"].value;
    else builtIn = rates[field as "paymentFee" | "perOrderFee" | "annualFee" | "returnRateMultiple" | "returnRateAdjustment"].value;
    if (Math.abs(valueCell - builtIn) <= 1e-12) continue;
    const fieldCode = otherIndex >= 0 ? rates.otherDeductions[otherIndex]!.id : field;
    const override: RateOverride = { platform: platform.value, field: fieldCode, ...(category ? { category } : {}), value: valueCell, note: say.tableEditNote(asOf) };
    const valid = applyOverrides(data.rateCard, [override], asOf);
    if (!valid.ok) {
      row(describeIssue({ ...valid.issue, field: otherIndex >= 0 ? String(itemCell) : LABELS[field as keyof typeof LABELS][lang] }, lang));
      continue;
    }
    // zh and en labels name the same row: the first one counts (the workbook's keyed lookups give #N/A for a repeat).
    const key = `${override.platform}|${fieldCode}|${category ?? ""}`;
    const first = firstRow.get(key);
    if (first !== undefined) {
      row(say.tableDuplicateRow(first));
      continue;
    }
    firstRow.set(key, i + 2);
    overrides.push(override);
    sheetRowOf.push(i + 2);
  }
  // Rows valid one by one can conflict together (ROI low above high): report it and apply neither.
  const together = applyOverrides(data.rateCard, overrides, asOf);
  if (!together.ok) {
    const at = Number(/^overrides\[(\d+)\]/.exec(together.issue.field)?.[1] ?? -1);
    const clash = overrides[at];
    problems.push(
      say.tableRow(
        sheetRowOf[at] ?? 0,
        describeIssue({ ...together.issue, field: clash ? ((LABELS as Record<string, Record<Lang, string>>)[clash.field]?.[lang] ?? clash.field) : "" }, lang),
      ),
    );
    const platform = clash?.platform;
    const kept = overrides.filter((o) => !(o.platform === platform && (o.field === "adRoiLow" || o.field === "adRoiHigh")));
    overrides.splice(0, overrides.length, ...kept);
  }
  if (rows.length > MAX_ROWS) problems.push(say.tableRowsSkipped(rows.length - MAX_ROWS, MAX_ROWS));
  return { overrides, problems };
}
