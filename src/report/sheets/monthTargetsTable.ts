import { label, type Lang } from "../../engine";
import type { PlanResult } from "../planResult";
import { fenSplitFromHelpers } from "./fenSplit";
import type { InputRefs } from "./inputsSheet";
import { TOTAL, type PnlLayout } from "./layouts";
import type { SheetBuilder } from "./sheetBuilder";

/**
 * The company's target by calendar month (the annual target split by the seasonality weights, fen-exact: whole fen
 * first, the fen left over to the largest remainders, as the engine splits it; the helper columns show the
 * arithmetic), then each month of the plan: target → orders → visitors → paid visitors → ad spend (from the P&L).
 * Returns the reference of a month's target.
 */
export function monthTargetsTable(result: PlanResult, lang: Lang, b: SheetBuilder, inputs: InputRefs, pnl: PnlLayout, pnlSheet: SheetBuilder): (month: number) => string {
  const { plan } = result;
  const c = inputs.company;
  b.add({ kind: "heading", text: label("monthlyTargets", lang) });
  const header = b.nextRow;
  const row = (m: number) => header + m;
  const fen = `ROUND(${c.annualTarget}*100,0)`;
  const weights = result.company.seasonality;
  const sum = weights.reduce((a, w) => a + w, 0);
  const remainders = weights.map((_, i) => b.ref(4, row(i + 1)));
  const left = `(${fen}-SUM(${b.range(3, row(1), row(12))}))`;
  b.table({
    name: "MonthTargets",
    columns: b.columns([
      ["month", "integer", 8],
      ["seasonality", "rate", 12],
      ["exactFen", "rate", 16],
      ["wholeFen", "integer", 16],
      ["fenRemainder", "rate", 14],
      ["monthTarget", "money", 16],
    ]),
    rows: weights.map((w, i) => {
      const exact = (Math.round(result.company.annualTarget * 100) * w) / sum;
      const r = row(i + 1);
      return [
        i + 1,
        b.cell(inputs.seasonality[i]!, w),
        b.cell(`${fen}*${b.ref(1, r)}/SUM(${inputs.seasonalityRange})`, exact),
        b.cell(`INT(${b.ref(2, r)})`, Math.floor(exact)),
        b.cell(`${b.ref(2, r)}-${b.ref(3, r)}`, exact - Math.floor(exact)),
        b.cell(fenSplitFromHelpers(b.ref(3, r), remainders, i, left), plan.monthTargets[i]!),
      ];
    }),
  });
  const target = (m: number) => b.ref(5, row(((m - 1) % 12) + 1));
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
