import { formulaCalculator as F } from "../../engine/calc";
import { type Lang } from "../../engine";
import { paybackMonthOf } from "../../engine/plan/monthTotals";
import { label } from "../../messages";
import type { PlanResult } from "../../scenario/planResult";
import type { CellFormat, CellValue } from "../workbookSpec";
import { PNL, TOTAL, type PnlLayout } from "./layouts";
import type { SheetBuilder } from "./sheetBuilder";

/** The payback month of a cumulative column of the totals: the month after the last one below zero; none when nothing opens. */
export function paybackFormula(layout: PnlLayout, column: number, months: number, notWithin: string): string {
  const totals = { cumulative: [layout.totalRange(column)], months: [layout.totalRange(TOTAL.month)], orders: [layout.totalRange(TOTAL.orders)] };
  return paybackMonthOf(F, { ...totals, horizon: F.constant(months) }, F.text(notWithin))!;
}

type Fact = { label: string; value: CellValue; format: CellFormat };

/**
 * The rows of the P&L's new stores (those the brand does not run today), one range per column: they follow the
 * running stores' rows (entry order puts the running stores first).
 */
function newStoreRange(pnl: SheetBuilder, layout: PnlLayout, running: ReadonlySet<string>, col: number): string {
  const rows = layout.lines.filter((l) => !running.has(l.platform!)).map((l) => layout.row(l.platform!, l.month)!);
  const [first, last] = [Math.min(...rows), Math.max(...rows)];
  if (last - first + 1 !== rows.length) throw new Error("the new stores' P&L rows must follow the running stores'");
  return pnl.range(col, first, last);
}

/**
 * The payback facts, as formulas on the P&L (`pnl` the sheet that holds it). A new brand: the month the plan's
 * cumulative profit, and cash, is back at or above 0. A brand with running stores: payback speaks of the new stores
 * alone (the running stores have no launch to pay back); when it opens none, a single row says so.
 */
export function paybackFacts(result: PlanResult, lang: Lang, b: SheetBuilder, pnl: SheetBuilder, layout: PnlLayout): { profit: Fact[]; cash: Fact[] } {
  const { plan } = result;
  const l = (key: Parameters<typeof label>[0]) => label(key, lang);
  const s = plan.summary;
  const notWithin = l("notWithinHorizon");
  const cashNotWithin = l("cashNotWithinHorizon");
  const months = plan.totals.length;
  const running = new Set(plan.platforms.filter((p) => p.existing !== null).map((p) => p.platform));
  if (running.size === 0)
    return {
      profit: [{ label: l("paybackMonth"), value: b.cell(paybackFormula(layout, TOTAL.cumulativeProfit, months, notWithin), s.paybackMonth ?? notWithin), format: "integer" }],
      cash: [
        {
          label: l("cashPaybackMonth"),
          value: b.cell(paybackFormula(layout, TOTAL.cumulativeCash, months, cashNotWithin), s.cashPaybackMonth ?? cashNotWithin),
          format: "integer",
        },
      ],
    };
  if (s.newStores === 0) return { profit: [{ label: l("newStoresPaybackMonth"), value: l("noNewStores"), format: "text" }], cash: [] };
  const range = (col: number) => [newStoreRange(pnl, layout, running, col)];
  const formula = (col: number, none: string) =>
    paybackMonthOf(F, { cumulative: range(col), months: range(PNL.month), orders: range(PNL.orders), horizon: F.constant(months) }, F.text(none))!;
  return {
    profit: [{ label: l("newStoresPaybackMonth"), value: b.cell(formula(PNL.cumulativeProfit, notWithin), s.newStoresPaybackMonth ?? notWithin), format: "integer" }],
    cash: [{ label: l("newStoresCashPaybackMonth"), value: b.cell(formula(PNL.cumulativeCash, cashNotWithin), s.newStoresCashPaybackMonth ?? cashNotWithin), format: "integer" }],
  };
}
