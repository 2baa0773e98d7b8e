import { label, type Lang, type MonthLine } from "../../engine";
import { platformName } from "../planText";
import type { PlanResult } from "../planResult";
import type { CellValue } from "../workbookSpec";
import { formulaCalculator } from "../../engine/calc";
import type { InputRefs } from "./inputsSheet";
import { PNL, TOTAL, type PnlLayout } from "./layouts";
import type { PlanRefs } from "./planSheet";
import type { RateRefs } from "./rateCardSheet";
import { MONEY_LINES } from "../../engine/plan/monthLine";
import { fen, type SheetBuilder } from "./sheetBuilder";
import { formulaCalculator as F, numberCalculator as N } from "../../engine/calc";
import { demandOrders, demandRates, demandSpend, rampAt } from "../../engine/plan/monthDemand";
import type { TeamRefs } from "./teamSheet";

const PER_ORDER = { returns: "returns", deductions: "deductions", goods: "goods", shipping: "shipping", platformFees: "platformFee" } as const;

/**
 * The monthly P&L: every entered platform from its opening month (orders = the month's target × its share × its
 * ramp-up ÷ the average order, share and ramp being judgements), every money line, shared costs split by sales
 * fen-exactly, and all platforms by month with the cumulative net profit, its chart and the payback month.
 */
export function pnlSheet(result: PlanResult, lang: Lang, b: SheetBuilder, layout: PnlLayout, refs: { inputs: InputRefs; rates: RateRefs; team: TeamRefs; plan: PlanRefs }): void {
  const { plan, referenceData: data } = result;
  const c = refs.inputs.company;
  const at = (r: number, col: number) => b.local(col, r);
  const rows = plan.months.map((l: MonthLine, i): CellValue[] => {
    const r = layout.header + 1 + i;
    const p = plan.platforms.find((x) => x.platform === l.platform)!;
    const open = p.verdict.openMonth!;
    const monthsOpen = l.month - open + 1;
    const weightOpen = plan.platforms
      .filter((q) => q.verdict.openMonth !== null && q.verdict.openMonth <= l.month && plan.entered.includes(q.platform))
      .reduce((s, q) => s + q.budgetWeight, 0);
    const budgetWeight = weightOpen > 0 ? p.budgetWeight / weightOpen : 1;
    const aoLine = (line: Parameters<PlanRefs["aoColumn"]>[0]) => refs.plan.aoColumn(line)(p.platform);
    const money = (key: keyof typeof PER_ORDER) => b.cell(fen(`${at(r, PNL.orders)}*${aoLine(PER_ORDER[key])}`), l[key]);
    const sameMonth = plan.months.map((x, j) => ({ x, j })).filter(({ x }) => x.month === l.month);
    const salesRefs = sameMonth.map(({ j }) => at(layout.header + 1 + j, PNL.sales));
    const index = sameMonth.findIndex(({ j }) => j === i);
    const split = (amount: string) => formulaCalculator.splitFen(amount, salesRefs, index);
    const previous = layout.row(p.platform, l.month - 1);
    const x = (col: number) => at(r, col);
    // Demand is what the spend buys (engine/plan/monthDemand): the same three quantities the engine computes.
    const rampValues = data.planning.demandRamp;
    const rates = demandRates(F, {
      roi: `(${refs.rates.roiLow(p.platform)}+${refs.rates.roiHigh(p.platform)})/2`,
      roiRamp: F.constant(rampAt(rampValues.roi.values, monthsOpen)),
      paidShare: c.paidShare,
      organicRamp: F.constant(rampAt(rampValues.organic.values, monthsOpen)),
    });
    const now = { roiNow: x(PNL.roiNow), paidShareNow: x(PNL.paidShareNow) };
    const spend = demandSpend(F, { target: refs.plan.monthTarget(l.month), share: x(PNL.share), budget: c.monthlyAdBudget, budgetWeight: x(PNL.budgetWeight), ...now });
    const orders = demandOrders(F, { spend: x(PNL.ads), ...now, price: aoLine("price") });
    const engineRates = demandRates(N, {
      roi: p.roi,
      roiRamp: rampAt(rampValues.roi.values, monthsOpen),
      paidShare: result.company.paidShare,
      organicRamp: rampAt(rampValues.organic.values, monthsOpen),
    });
    return [
      l.month,
      platformName(data, p.platform, lang),
      p.targetShare,
      budgetWeight,
      b.cell(rates.roiNow, engineRates.roiNow),
      b.cell(rates.paidShareNow, engineRates.paidShareNow),
      b.cell(orders, l.orders),
      b.cell(F.ceilWhole(F.divide(x(PNL.orders), c.conversionRate)), l.visitors),
      b.cell(F.ceilWhole(`${x(PNL.visitors)}*${x(PNL.paidShareNow)}`), l.paidVisitors),
      b.cell(fen(`${x(PNL.orders)}*${aoLine("price")}`), l.sales),
      money("returns"),
      money("deductions"),
      money("goods"),
      money("shipping"),
      b.cell(spend, l.ads),
      money("platformFees"),
      b.cell(`ROUND(${x(PNL.sales)}-${x(PNL.returns)}-${x(PNL.deductions)}-${x(PNL.goods)}-${x(PNL.shipping)}-${x(PNL.ads)}-${x(PNL.platformFees)},2)`, l.contribution),
      b.cell(`ROUND(${refs.team.ownCost(p.platform)}+${split(refs.team.sharedPoolMonth(l.month))},2)`, l.labour),
      b.cell(split(c.rentPerMonth), l.rent),
      b.cell(split(c.otherFixedPerMonth), l.otherFixed),
      b.cell(fen(`${refs.rates.annualFee(p.platform)}/12`), l.annualFee),
      b.cell(`ROUND(${x(PNL.contribution)}-${x(PNL.labour)}-${x(PNL.rent)}-${x(PNL.otherFixed)}-${x(PNL.annualFee)},2)`, l.profit),
      b.cell(previous === undefined ? x(PNL.profit) : `ROUND(${at(previous, PNL.cumulativeProfit)}+${x(PNL.profit)},2)`, l.cumulativeProfit),
      b.cell(`IF(${x(PNL.orders)}>0,${fen(`${x(PNL.profit)}/${x(PNL.orders)}`)},"")`, l.netProfitPerOrder),
    ];
  });
  const lineColumns = MONEY_LINES.map((k) => [`pnl_${k}`, "money", 14] as const);
  b.table({
    name: "PnL",
    columns: b.columns([
      ["month", "integer", 8],
      ["platform", "text", 14],
      ["targetShare", "percent", 11],
      ["budgetShareThisMonth", "percent", 10],
      ["roiThisMonth", "rate", 10],
      ["paidShareThisMonth", "percent", 11],
      ["pnl_orders", "integer", 10],
      ["visitors", "integer", 11],
      ["paidVisitors", "integer", 11],
      ...lineColumns.map(([k, f, w]) => [k, f, w] as [typeof k, typeof f, number]),
      ["pnl_netProfitPerOrder", "money", 12],
    ]),
    rows,
    highlights: [
      { column: PNL.profit, rule: "negativeRed" },
      { column: PNL.cumulativeProfit, rule: "negativeRed" },
    ],
  });
  b.add({ kind: "heading", text: label("pnlTotal", lang) });
  const local = (col: number) => b.localRange(col, layout.header + 1, Math.max(layout.last, layout.header + 1));
  const sumOf = (col: number, m: number) => `ROUND(SUMIFS(${local(col)},${local(PNL.month)},${m}),2)`;
  const totalRows = plan.totals.map((t): CellValue[] => {
    const r = layout.totalRow(t.month);
    const x = (col: number) => at(r, col);
    const count = (col: number) =>
      b.cell(`SUMIFS(${local(col)},${local(PNL.month)},${t.month})`, t[col === PNL.orders ? "orders" : col === PNL.visitors ? "visitors" : "paidVisitors"]);
    const line = (col: number, key: (typeof MONEY_LINES)[number]) => b.cell(sumOf(col, t.month), t[key]);
    return [
      t.month,
      count(PNL.orders),
      count(PNL.visitors),
      count(PNL.paidVisitors),
      line(PNL.sales, "sales"),
      line(PNL.returns, "returns"),
      line(PNL.deductions, "deductions"),
      line(PNL.goods, "goods"),
      line(PNL.shipping, "shipping"),
      line(PNL.ads, "ads"),
      line(PNL.platformFees, "platformFees"),
      b.cell(
        `ROUND(${x(TOTAL.sales)}-${x(TOTAL.returns)}-${x(TOTAL.deductions)}-${x(TOTAL.goods)}-${x(TOTAL.shipping)}-${x(TOTAL.ads)}-${x(TOTAL.platformFees)},2)`,
        t.contribution,
      ),
      line(PNL.labour, "labour"),
      line(PNL.rent, "rent"),
      line(PNL.otherFixed, "otherFixed"),
      line(PNL.annualFee, "annualFee"),
      b.cell(`ROUND(${x(TOTAL.contribution)}-${x(TOTAL.labour)}-${x(TOTAL.rent)}-${x(TOTAL.otherFixed)}-${x(TOTAL.annualFee)},2)`, t.profit),
      b.cell(t.month === 1 ? x(TOTAL.profit) : `ROUND(${at(r - 1, TOTAL.cumulativeProfit)}+${x(TOTAL.profit)},2)`, t.cumulativeProfit),
      b.cell(`IF(${x(TOTAL.orders)}>0,${fen(`${x(TOTAL.profit)}/${x(TOTAL.orders)}`)},"")`, t.netProfitPerOrder),
    ];
  });
  if (b.nextRow !== layout.totalHeader) throw new Error("P&L layout out of step");
  b.table({
    name: "PnLTotal",
    columns: b.columns([
      ["month", "integer", 8],
      ["pnl_orders", "integer", 10],
      ["visitors", "integer", 11],
      ["paidVisitors", "integer", 11],
      ...lineColumns.map(([k, f, w]) => [k, f, w] as [typeof k, typeof f, number]),
      ["pnl_netProfitPerOrder", "money", 12],
    ]),
    rows: totalRows,
    highlights: [
      { column: TOTAL.profit, rule: "negativeRed" },
      { column: TOTAL.cumulativeProfit, rule: "negativeRed" },
    ],
  });
  const notWithin = label("notWithinHorizon", lang);
  b.add({
    kind: "facts",
    rows: [{ label: label("paybackMonth", lang), value: b.cell(paybackFormula(layout, plan.totals.length, notWithin), plan.summary.paybackMonth ?? notWithin), format: "integer" }],
  });
  b.chart = { title: label("cumulativeChart", lang), kind: "line", table: "PnLTotal", categoryColumn: TOTAL.month, valueColumn: TOTAL.cumulativeProfit };
}

/** The payback month as a formula over the total's cumulative profit: the month after the last one below zero; none when nothing opens. */
export function paybackFormula(layout: PnlLayout, months: number, notWithin: string): string {
  const last = `SUMPRODUCT(MAX((${layout.totalRange(TOTAL.cumulativeProfit)}<0)*${layout.totalRange(TOTAL.month)}))`;
  const opened = `SUM(${layout.totalRange(TOTAL.orders)})>0`;
  return `IF(${last}=0,IF(${opened},1,"${notWithin}"),IF(${last}<${months},${last}+1,"${notWithin}"))`;
}
