import { type Lang } from "../../engine";
import { label, messages } from "../../messages";
import { COUNT_LINES, TAX_LINES, yearLine, yearTaxLines } from "../../engine/plan/yearTotals";
import type { IncomeTaxRates } from "../../engine/costs/incomeTax";
import { formulaCalculator as F, numberCalculator as N } from "../../engine/calc";
import { monthTotal } from "../../engine/plan/monthTotals";
import { paybackFacts } from "./paybackFacts";
import { DERIVED_LINES, MONEY_LINES, type MoneyLine } from "../../engine/plan/monthLine";
import { monthProfit } from "../../engine/plan/monthClose";
import { runningTotal } from "../../engine/money/runningTotal";
import type { PlanResult } from "../../scenario/planResult";
import type { CellValue } from "../workbookSpec";
import { PNL, TOTAL, YEAR, type PnlLayout } from "./layouts";
import type { SheetBuilder } from "./sheetBuilder";
import { LINE_COLUMNS, TAX_COLUMNS } from "./pnlColumns";
import { companyVatBeforeCredit, vatCarry, vatOwed } from "../../engine/costs/companyVat";

/** The input cells the totals read: the VAT exemption, rent, other fixed costs and the income tax rates. */
export interface PnlTotalsInputs {
  vatExemptUpTo: string;
  rent: string;
  otherFixed: string;
  incomeTax: IncomeTaxRates<string>;
}

/**
 * All platforms by month (each line the sum of the platforms' lines) and the company's VAT month (companyVat, the
 * exemption read from `vatExemptUpTo`), the payback months, the peak cash need and the chart.
 */
export function pnlTotals(result: PlanResult, lang: Lang, b: SheetBuilder, layout: PnlLayout, inputs: PnlTotalsInputs): void {
  const { plan } = result;
  const at = (r: number, col: number) => b.local(col, r);
  b.add({ kind: "heading", text: label("pnlTotal", lang) });
  const local = (col: number) => b.localRange(col, layout.header + 1, Math.max(layout.last, layout.header + 1));
  const sumOf = (col: number, m: number, money: boolean) => monthTotal(F, { values: [local(col)], months: [local(PNL.month)], month: F.constant(m) }, money);
  const vatOwedTotal = (month: number) => {
    const these = plan.months.filter((l) => l.month === month);
    return monthTotal(N, { values: these.map((l) => vatOwed(N, l.vatBeforeCredit)), months: these.map(() => month), month }, false);
  };
  const totalRows = plan.totals.map((t): CellValue[] => {
    const r = layout.totalRow(t.month);
    const x = (col: number) => at(r, col);
    const before = (col: number) => (t.month === 1 ? F.constant(0) : at(r - 1, col));
    const lines = Object.fromEntries(MONEY_LINES.map((k) => [k, x(TOTAL[k])])) as Record<MoneyLine, string>;
    const close = monthProfit(
      F,
      { lines, orders: x(TOTAL.orders), previousCumulativeProfit: before(TOTAL.cumulativeProfit) },
      { contribution: x(TOTAL.contribution), profit: x(TOTAL.profit) },
    );
    const derived: Partial<Record<MoneyLine, string>> = {
      contribution: close.contribution,
      profit: close.profit,
      cumulativeProfit: close.cumulativeProfit,
      cumulativeCash: runningTotal(F, before(TOTAL.cumulativeCash), x(TOTAL.cashFlow)),
    };
    const money = (k: MoneyLine) => b.cell(DERIVED_LINES.has(k) ? derived[k]! : sumOf(PNL[k], t.month, true), t[k]);
    const beforeCredit = companyVatBeforeCredit(F, {
      taxableSales: x(TOTAL.vatTaxableSales),
      beforeCredit: sumOf(PNL.vatBeforeCredit, t.month, true),
      exemptUpTo: inputs.vatExemptUpTo,
    });
    const carry = vatCarry(F, { beforeCredit: x(TOTAL.vatBeforeCredit), creditIn: before(TOTAL.vatCreditCarried) });
    return [
      t.month,
      b.cell(sumOf(PNL.orders, t.month, false), t.orders),
      b.cell(sumOf(PNL.visitors, t.month, false), t.visitors),
      b.cell(sumOf(PNL.paidVisitors, t.month, false), t.paidVisitors),
      ...MONEY_LINES.map(money),
      b.cell(close.netProfitPerOrder!, t.netProfitPerOrder),
      b.cell(sumOf(PNL.vatTaxableSales, t.month, true), t.vatTaxableSales),
      b.cell(beforeCredit, t.vatBeforeCredit),
      b.cell(carry.creditCarried, t.vatCreditCarried ?? 0),
      b.cell(inputs.rent, result.company.rentPerMonth),
      b.cell(inputs.otherFixed, result.company.otherFixedPerMonth),
      b.cell(sumOf(PNL.vatOwed, t.month, false), vatOwedTotal(t.month)),
    ];
  });
  if (b.nextRow !== layout.totalHeader) throw new Error("P&L layout out of step");
  b.table({
    name: "PnLTotal",
    columns: b.columns([
      ["month", "integer", 8],
      ...LINE_COLUMNS,
      ["pnl_netProfitPerOrder", "money", 12],
      ["pnl_vatTaxableSales", "money", 14],
      ["pnl_vatBeforeCredit", "money", 14],
      ["pnl_vatCreditCarried", "money", 14],
      ["rent", "money", 12, { hidden: true }],
      ["otherFixedPerMonth", "money", 12, { hidden: true }],
      ["pnl_vatOwed", "money", 14, { hidden: true }],
    ]),
    rows: totalRows,
    highlights: [
      { column: TOTAL.profit, rule: "negativeRed" },
      { column: TOTAL.cumulativeProfit, rule: "negativeRed" },
      { column: TOTAL.cumulativeCash, rule: "negativeRed" },
    ],
  });
  pnlYears(result, lang, b, layout, inputs);
  const payback = paybackFacts(result, lang, b, b, layout);
  b.add({
    kind: "facts",
    rows: [...payback.profit, ...payback.cash, { label: label("peakCashNeed", lang), value: b.cell(peakCashFormula(layout), plan.summary.peakCashNeed), format: "money" }],
  });
  b.chart = { title: label("cumulativeChart", lang), kind: "line", table: "PnLTotal", categoryColumn: TOTAL.month, valueColumn: TOTAL.cumulativeProfit };
}

/** Each year of the horizon: orders and flows summed over its months of the table above, running totals at its end. */
function pnlYears(result: PlanResult, lang: Lang, b: SheetBuilder, layout: PnlLayout, inputs: PnlTotalsInputs): void {
  b.add({ kind: "heading", text: label("pnlYears", lang) });
  if (b.nextRow !== layout.yearsHeader) throw new Error("P&L years layout out of step");
  const rows = result.plan.yearTotals.map((y): CellValue[] => {
    const months = (col: number) => Array.from({ length: y.lastMonth - y.firstMonth + 1 }, (_, m) => b.local(col, layout.totalRow(y.firstMonth + m)));
    // Each year's row reads the losses the row above carries forward; the first year brings none.
    const tax = yearTaxLines(F, {
      profit: b.local(YEAR.profit, layout.yearRow(y.year)),
      lossBroughtForward: y.year === 1 ? F.constant(0) : b.local(YEAR.lossCarriedForward, layout.yearRow(y.year - 1)),
      rates: inputs.incomeTax,
    });
    return [
      messages(lang).plan.yearSpan(y.year, y.firstMonth, y.lastMonth),
      ...COUNT_LINES.map((k) => b.cell(yearLine(F, k, months(TOTAL[k])), y[k])),
      ...MONEY_LINES.map((k) => b.cell(yearLine(F, k, months(TOTAL[k])), y[k])),
      ...TAX_LINES.map((k) => b.cell(tax[k], y[k])),
    ];
  });
  b.table({
    name: "PnLYears",
    columns: b.columns([["planYear", "text", 18], ...LINE_COLUMNS, ...TAX_COLUMNS]),
    rows,
    highlights: [
      { column: YEAR.profit, rule: "negativeRed" },
      { column: YEAR.cumulativeProfit, rule: "negativeRed" },
      { column: YEAR.cumulativeCash, rule: "negativeRed" },
      { column: YEAR.profitAfterTax, rule: "negativeRed" },
    ],
  });
}

/** The most cash out at once: minus the lowest cumulative cash, 0 if it never goes below 0. */
export const peakCashFormula = (layout: PnlLayout): string => F.max(F.constant(0), F.subtract(F.constant(0), F.min(layout.totalRange(TOTAL.cumulativeCash))));
