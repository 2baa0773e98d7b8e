import { type Lang } from "../../engine";
import { label } from "../../messages";
import type { PlanResult } from "../../scenario/planResult";
import { formulaCalculator } from "../../engine/calc";
import type { InputRefs } from "./inputsSheet";
import { TOTAL, type PnlLayout } from "./layouts";
import type { SheetBuilder } from "./sheetBuilder";

/**
 * The company's target by calendar month (the annual target split by the seasonality weights, fen-exact: whole fen
 * first, the fen left over to the largest remainders, as the engine splits it, in one formula), then each month of the plan: target → orders → visitors → paid visitors → ad spend (from the P&L).
 * Returns the reference of a month's target.
 */
export function monthTargetsTable(result: PlanResult, lang: Lang, b: SheetBuilder, inputs: InputRefs, pnl: PnlLayout, pnlSheet: SheetBuilder): (month: number) => string {
  const { plan } = result;
  const c = inputs.company;
  b.add({ kind: "heading", text: label("monthlyTargets", lang) });
  // The annual target read once into a cell here: each month's split repeats it dozens of times.
  const targetAt = b.add({ kind: "facts", rows: [{ label: label("annualTarget", lang), value: b.cell(c.annualTarget, result.company.annualTarget), format: "money" }] });
  const annualTarget = b.local(1, targetAt);
  const header = b.nextRow;
  const row = (m: number) => header + m;
  const weights = result.company.seasonality;
  const weightRefs = weights.map((_, i) => b.local(1, row(i + 1)));
  const weightsTotal = formulaCalculator.sum([b.localRange(1, row(1), row(weights.length))]);
  b.table({
    name: "MonthTargets",
    columns: b.columns([
      ["month", "integer", 8],
      ["seasonality", "rate", 12],
      ["monthTarget", "money", 16],
    ]),
    rows: weights.map((w, i) => [i + 1, b.cell(inputs.seasonality[i]!, w), b.cell(formulaCalculator.splitFen(annualTarget, weightRefs, i, weightsTotal), plan.monthTargets[i]!)]),
  });
  const target = (m: number) => b.ref(2, row(((m - 1) % 12) + 1));
  const t = (col: number, m: number) => pnlSheet.ref(col, pnl.totalRow(m));
  b.table({
    name: "Traffic",
    columns: b.columns([
      ["month", "integer", 8],
      ["monthTarget", "money", 16],
      ["sales", "money", 16],
      ["orders", "integer", 12],
      ["visitors", "integer", 14],
      ["paidVisitors", "integer", 14],
      ["adSpend", "money", 14],
    ]),
    rows: plan.totals.map((x) => [
      x.month,
      b.cell(target(x.month), plan.monthTargets[(x.month - 1) % 12]!),
      b.cell(t(TOTAL.sales, x.month), x.sales),
      b.cell(t(TOTAL.orders, x.month), x.orders),
      b.cell(t(TOTAL.visitors, x.month), x.visitors),
      b.cell(t(TOTAL.paidVisitors, x.month), x.paidVisitors),
      b.cell(t(TOTAL.ads, x.month), x.ads),
    ]),
    highlights: [{ column: 2, rule: "dataBar" }],
  });
  return target;
}
