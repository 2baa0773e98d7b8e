import { type Lang, type MonthLine } from "../../engine";
import { platformName } from "../planText";
import type { PlanResult } from "../../scenario/planResult";
import type { CellValue } from "../workbookSpec";
import { formulaCalculator as F, numberCalculator as N } from "../../engine/calc";
import { settlementBase } from "../../engine/costs/cashLine";
import { advertisesOn } from "../../engine/costs/costRates";
import type { InputRefs } from "./inputsSheet";
import type { CostRefs } from "./costSheet";
import { PNL, TOTAL, type PnlLayout } from "./layouts";
import type { PlanRefs } from "./planSheet";
import type { RateRefs } from "./rateCardSheet";
import { FIXED_LINES, MONEY_LINES, VARIABLE_LINES, type MoneyLine } from "../../engine/plan/monthLine";
import { platformMonthCash, platformMonthLines } from "../../engine/plan/platformMonth";
import { currentSalesInMonth, demandOrders, demandRates, demandSpend, monthsOpenIn, rampAt } from "../../engine/plan/monthDemand";
import { ownTrafficSales } from "../../engine/plan/ownTraffic";
import { pnlTotals } from "./pnlTotals";
import { vatCarry, vatOwed, vatPaidShare } from "../../engine/costs/companyVat";
import type { SheetBuilder } from "./sheetBuilder";
import type { TeamRefs } from "./teamSheet";

export interface PnlRefs {
  inputs: InputRefs;
  rates: RateRefs;
  costs: CostRefs;
  team: TeamRefs;
  plan: PlanRefs;
}

/**
 * The monthly P&L: every entered platform from its opening month. Orders are what the month's ad spend buys
 * (monthDemand), the money lines are the engine's platform month (platformMonth: per-order lines, the cost stack,
 * the cash line) written as formulas over the average order and the Costs sheet, shared costs are split by sales
 * fen-exactly, the company's VAT paid by positive VAT (companyVat, hidden helper columns hold each platform's own);
 * then all platforms by month, the payback months and the chart.
 */
export function pnlSheet(result: PlanResult, lang: Lang, b: SheetBuilder, layout: PnlLayout, refs: PnlRefs): void {
  const { plan, referenceData: data } = result;
  const c = refs.inputs.company;
  const at = (r: number, col: number) => b.local(col, r);
  const rows = layout.lines.map((l: MonthLine): CellValue[] => {
    const r = layout.row(l.platform!, l.month)!;
    const p = plan.platforms.find((x) => x.platform === l.platform)!;
    const monthsOpen = monthsOpenIn(l.month, p.verdict.openMonth!, p.existing !== null);
    const weightOpen = plan.platforms
      .filter((q) => q.verdict.openMonth !== null && q.verdict.openMonth <= l.month && plan.entered.includes(q.platform))
      .reduce((s, q) => s + q.budgetWeight, 0);
    const budgetWeight = weightOpen > 0 ? p.budgetWeight / weightOpen : 1;
    const ao = (line: Parameters<PlanRefs["aoColumn"]>[0]) => refs.plan.aoColumn(line)(p.platform);
    // Shared costs are split among the month's platforms in the engine's order (largest remainders go to the earlier).
    const sameMonth = plan.months.filter((x) => x.month === l.month);
    const salesRefs = sameMonth.map((x) => at(layout.row(x.platform!, x.month)!, PNL.sales));
    const index = sameMonth.findIndex((x) => x.platform === l.platform);
    // The weights' total read from the month's total row: written out, it repeats inside every term of the split.
    const split = (amount: string) => F.splitFen(amount, salesRefs, index, at(layout.totalRow(l.month), TOTAL.sales));
    // The company's VAT paid this month (its total row, the credit carried in from the row above), shared out by positive VAT.
    const totalRow = layout.totalRow(l.month);
    const creditIn = l.month === 1 ? F.constant(0) : at(totalRow - 1, TOTAL.vatCreditCarried);
    const { paid } = vatCarry(F, { beforeCredit: at(totalRow, TOTAL.vatBeforeCredit), creditIn });
    const owed = sameMonth.map((x) => at(layout.row(x.platform!, x.month)!, PNL.vatOwed));
    const previous = layout.row(p.platform, l.month - 1);
    const x = (col: number) => at(r, col);
    // Before its first month a new store has nothing; a store the brand already runs is at its steady state.
    const before = (col: number) => (previous !== undefined ? at(previous, col) : p.existing ? x(col) : F.constant(0));
    const cumulativeBefore = (col: number) => (previous === undefined ? F.constant(0) : at(previous, col));
    // Read from its own (hidden) cell: the ad formula uses it several times, each inside a half-even fen that repeats
    // its argument, and inlined it grew past Excel's 8,192-character limit for a brand with a running store.
    const storeRef = refs.inputs.existingStores[p.platform];
    const currentFormula =
      storeRef === undefined
        ? null
        : currentSalesInMonth(F, { monthlySales: storeRef, weight: refs.inputs.seasonality[(l.month - 1) % 12]!, weights: [refs.inputs.seasonalityRange] });
    const today = result.company.existingStores?.[p.platform];
    const currentValue =
      today === undefined ? null : currentSalesInMonth(N, { monthlySales: today, weight: result.company.seasonality[(l.month - 1) % 12]!, weights: result.company.seasonality });
    const current = currentFormula === null ? {} : { current: x(PNL.currentSales) };
    const ramp = data.planning.demandRamp;
    const rampNow = { roiRamp: rampAt(ramp.roi.values, monthsOpen), organicRamp: rampAt(ramp.organic.values, monthsOpen) };
    const advertises = advertisesOn(data.costs, p.platform);
    const rates = demandRates(F, { roi: ao("roi"), paidShare: refs.costs.rate(p.platform, "paidShare"), ...F_const(rampNow), advertises: F.constant(advertises) });
    const engineRates = demandRates(N, { roi: p.roi, paidShare: p.paidShare, ...rampNow, advertises });
    const spendCurve = data.planning.spendCurve;
    const curve = { reference: F.constant(spendCurve.referenceMonthlySpend.value), elasticity: F.constant(spendCurve.elasticity.value) };
    const now = { roiNow: x(PNL.roiNow), paidShareNow: x(PNL.paidShareNow) };
    const target = refs.plan.monthTarget(l.month);
    const spend = demandSpend(F, { target, share: x(PNL.share), ...current, budget: c.monthlyAdBudget, budgetWeight: x(PNL.budgetWeight), ...now, curve });
    const own = advertises ? {} : { ownSales: ownTrafficSales(F, { target, share: x(PNL.share), ...current, organicRamp: F.constant(rampNow.organicRamp) }) };
    const inputs = {
      orders: x(PNL.orders),
      price: ao("price"),
      returnsPerOrder: ao("returns"),
      deductionsPerOrder: ao("deductions"),
      goodsPerOrder: ao("goods"),
      shippingPerOrder: ao("shipping"),
      returnRate: ao("returnRate"),
      paidShareNow: x(PNL.paidShareNow),
      affiliateShare: refs.costs.rate(p.platform, "affiliateShare"),
      rates: refs.costs.lineRates(p.platform),
      ads: x(PNL.ads),
      vatRates: refs.inputs.vatRates,
      deductionsAreDiscount: F.constant(p.averageOrder.deductionsAreDiscount),
      opening: F.constant(monthsOpen === 1 ? 1 : 0),
      deposit: refs.rates.deposit(p.platform),
      inventoryCoverMonths: refs.costs.rate(p.platform, "inventoryCoverMonths"),
      settlementDays: refs.costs.rate(p.platform, "settlementDays"),
      previous: {
        goods: before(PNL.goods),
        payout: settlementBase(F, { sales: before(PNL.sales), returns: before(PNL.returns), promotions: before(PNL.promotions), deductions: before(PNL.deductions) }),
        cumulativeCash: cumulativeBefore(PNL.cumulativeCash),
      },
    };
    const placed = Object.fromEntries(MONEY_LINES.map((k) => [k, x(PNL[k])]));
    const { payout, vatTaxableSales, vatBeforeCredit, ...lines } = platformMonthLines(F, inputs, placed);
    const less = (from: string, keys: readonly MoneyLine[]) => F.round(F.subtract(from, F.add(...keys.map((k) => x(PNL[k])))), 2);
    const formulas: Record<MoneyLine, string> = {
      ...lines,
      ads: spend,
      vat: vatPaidShare(F, { paid, owed, i: index, owedTotal: at(layout.totalRow(l.month), TOTAL.vatOwed) }),
      contribution: less(x(PNL.sales), VARIABLE_LINES),
      labour: F.round(F.add(refs.team.platformMonthCost(p.platform, l.month), split(refs.team.sharedPoolMonth(l.month))), 2),
      rent: split(at(totalRow, TOTAL.rentToShare)),
      otherFixed: split(at(totalRow, TOTAL.otherFixedToShare)),
      annualFee: F.fen(F.divide(refs.rates.annualFee(p.platform), F.constant(12))),
      profit: less(x(PNL.contribution), FIXED_LINES),
      cumulativeProfit: F.round(F.add(cumulativeBefore(PNL.cumulativeProfit), x(PNL.profit)), 2),
      ...platformMonthCash(F, inputs, { profit: x(PNL.profit), goods: x(PNL.goods), payout }, placed),
    };
    return [
      l.month,
      platformName(data, p.platform, lang),
      p.targetShare,
      budgetWeight,
      b.cell(rates.roiNow, engineRates.roiNow),
      b.cell(rates.paidShareNow, engineRates.paidShareNow),
      b.cell(demandOrders(F, { spend: x(PNL.ads), ...now, price: ao("price"), curve, ...own }), l.orders),
      b.cell(F.ceilWhole(F.divide(x(PNL.orders), c.conversionRate)), l.visitors),
      b.cell(F.ceilWhole(F.multiply(x(PNL.visitors), x(PNL.paidShareNow))), l.paidVisitors),
      ...MONEY_LINES.map((k) => b.cell(formulas[k], l[k])),
      b.cell(F.ifGreater(x(PNL.orders), F.constant(0), F.fen(F.divide(x(PNL.profit), x(PNL.orders))), '""'), l.netProfitPerOrder),
      b.cell(vatTaxableSales, l.vatTaxableSales),
      b.cell(vatBeforeCredit, l.vatBeforeCredit),
      b.cell(vatOwed(F, x(PNL.vatBeforeCredit)), vatOwed(N, l.vatBeforeCredit)),
      currentFormula === null ? null : b.cell(currentFormula, currentValue!),
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
      ["pnl_vatTaxableSales", "money", 14, { hidden: true }],
      ["pnl_vatBeforeCredit", "money", 14, { hidden: true }],
      ["pnl_vatOwed", "money", 14, { hidden: true }],
      ["pnl_currentSales", "money", 14, { hidden: true }],
    ]),
    rows,
    highlights: [
      { column: PNL.profit, rule: "negativeRed" },
      { column: PNL.cumulativeProfit, rule: "negativeRed" },
      { column: PNL.cumulativeCash, rule: "negativeRed" },
    ],
  });
  pnlTotals(result, lang, b, layout, { vatExemptUpTo: c.vatExemptMonthlySales, rent: c.rentPerMonth, otherFixed: c.otherFixedPerMonth });
}

const F_const = (x: { roiRamp: number; organicRamp: number }) => ({ roiRamp: F.constant(x.roiRamp), organicRamp: F.constant(x.organicRamp) });
