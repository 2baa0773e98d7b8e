import { type Lang, type MonthLine } from "../../engine";
import { platformName } from "../planText";
import type { PlanResult } from "../../scenario/planResult";
import type { CellValue } from "../workbookSpec";
import { formulaCalculator as F, numberCalculator as N } from "../../engine/calc";
import { settlementBase } from "../../engine/costs/cashLine";
import type { InputRefs } from "./inputsSheet";
import type { CostRefs } from "./costSheet";
import { PNL, TOTAL, type PnlLayout } from "./layouts";
import type { PlanRefs } from "./planSheet";
import type { RateRefs } from "./rateCardSheet";
import { MONEY_LINES, type MoneyLine } from "../../engine/plan/monthLine";
import { monthProfit } from "../../engine/plan/monthClose";
import { platformMonthCash, platformMonthLines } from "../../engine/plan/platformMonth";
import { demandOrders, monthsOpenIn } from "../../engine/plan/monthDemand";
import { newStoreSpend } from "../../engine/plan/newStoreSpend";
import { ownTrafficSales } from "../../engine/plan/ownTraffic";
import { paidVisitorsOf, visitorsForOrders } from "../../engine/plan/visitorsFor";
import { monthlyAnnualFee } from "../../engine/plan/runRate";
import { pnlTotals } from "./pnlTotals";
import { companyOverhead } from "../../engine/plan/companyOverhead";
import { budgetCells, demandCells, runningStoreSales, targetGrowthCell } from "./pnlDemand";
import { runningGrowthCells } from "./pnlRunningGrowth";
import { monthBudgetShares } from "../../engine/plan/monthBudgetShares";
import { PLATFORM_MONTH_COLUMNS } from "./pnlColumns";
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
    const openNow = plan.platforms.filter((q) => q.verdict.openMonth !== null && q.verdict.openMonth <= l.month && plan.entered.includes(q.platform));
    const budgetWeight = monthBudgetShares(openNow.map((q) => q.budgetWeight))[openNow.indexOf(p)]!;
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
    const running = runningStoreSales(result, refs, p.platform, l.month);
    const current = running === null ? {} : { current: x(PNL.currentSales) };
    const { rampNow, advertises, rates, engineRates, curve } = demandCells(result, refs, p, monthsOpen, ao("roi"));
    const mature = demandCells(result, refs, p, Number.POSITIVE_INFINITY, ao("roi"));
    const now = { roiNow: x(PNL.roiNow), paidShareNow: x(PNL.paidShareNow) };
    const target = { growth: x(PNL.targetGrowth), share: x(PNL.share), ...current };
    // A brand with running stores: each running store's budget floor and each store's share of the budget, hidden cells.
    const budget = budgetCells(result, refs, p, l.month, budgetWeight, (code, col) => at(layout.row(code, l.month)!, col));
    const own = advertises ? {} : { ownSales: ownTrafficSales(F, { ...target, organicRamp: F.constant(rampNow.organicRamp) }) };
    // A running store keeps today's sales at its mature rates and buys its growth on the ramps (runningGrowth).
    const growing = running && runningGrowthCells(result, l.month, x, { maturePaidShare: x(PNL.maturePaidShare), curve, price: ao("price"), advertises: advertises === 1 });
    const demand = growing || {
      ads: newStoreSpend(
        F,
        {
          ...target,
          budget: c.monthlyAdBudget,
          budgetWeight: x(PNL.budgetWeight),
          ...now,
          curve,
          spendRamp: F.constant(rampNow.spendRamp),
          matureRoi: ao("roi"),
          maturePaidShare: x(PNL.maturePaidShare),
        },
        budget ? x(PNL.budgetShare) : undefined,
      ),
      orders: demandOrders(F, { spend: x(PNL.ads), ...now, price: ao("price"), curve, ...own }),
      paidShareNow: rates.paidShareNow,
    };
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
    const close = monthProfit(
      F,
      { lines: placed as Record<MoneyLine, string>, orders: x(PNL.orders), previousCumulativeProfit: cumulativeBefore(PNL.cumulativeProfit) },
      { contribution: x(PNL.contribution), profit: x(PNL.profit) },
    );
    const formulas: Record<MoneyLine, string> = {
      ...lines,
      ads: demand.ads,
      vat: vatPaidShare(F, { paid, owed, i: index, owedTotal: at(layout.totalRow(l.month), TOTAL.vatOwed) }),
      contribution: close.contribution,
      labour: F.round(F.add(refs.team.platformMonthCost(p.platform, l.month), split(refs.team.sharedPoolMonth(l.month))), 2),
      rent: split(at(totalRow, TOTAL.rentToShare)),
      otherFixed: split(at(totalRow, TOTAL.otherFixedToShare)),
      overhead: companyOverhead(F, { sales: x(PNL.sales), returns: x(PNL.returns), share: c.overheadShare }),
      annualFee: monthlyAnnualFee(F, { annualFee: refs.rates.annualFee(p.platform) }),
      profit: close.profit,
      cumulativeProfit: close.cumulativeProfit,
      ...platformMonthCash(F, inputs, { profit: x(PNL.profit), goods: x(PNL.goods), payout }, placed),
    };
    return [
      l.month,
      platformName(data, p.platform, lang),
      p.targetShare,
      budgetWeight,
      b.cell(rates.roiNow, engineRates.roiNow),
      b.cell(demand.paidShareNow, l.paidShare),
      b.cell(demand.orders, l.orders),
      b.cell(visitorsForOrders(F, { orders: x(PNL.orders), conversionRate: c.conversionRate }), l.visitors),
      b.cell(paidVisitorsOf(F, { visitors: x(PNL.visitors), paidShare: x(PNL.paidShareNow) }), l.paidVisitors),
      ...MONEY_LINES.map((k) => b.cell(formulas[k], l[k])),
      b.cell(close.netProfitPerOrder!, l.netProfitPerOrder),
      b.cell(vatTaxableSales, l.vatTaxableSales),
      b.cell(vatBeforeCredit, l.vatBeforeCredit),
      b.cell(vatOwed(F, x(PNL.vatBeforeCredit)), vatOwed(N, l.vatBeforeCredit)),
      running === null ? null : b.cell(running.formula, running.value),
      b.cell(...targetGrowthCell(result, refs, l.month, (code) => at(layout.row(code, l.month)!, PNL.currentSales))),
      budget?.floor ? b.cell(...budget.floor) : null,
      budget ? b.cell(...budget.share) : null,
      b.cell(mature.rates.paidShareNow, mature.engineRates.paidShareNow),
    ];
  });
  b.table({
    name: "PnL",
    columns: b.columns(PLATFORM_MONTH_COLUMNS),
    rows,
    highlights: [
      { column: PNL.profit, rule: "negativeRed" },
      { column: PNL.cumulativeProfit, rule: "negativeRed" },
      { column: PNL.cumulativeCash, rule: "negativeRed" },
    ],
  });
  pnlTotals(result, lang, b, layout, {
    vatExemptUpTo: c.vatExemptMonthlySales,
    rent: c.rentPerMonth,
    otherFixed: c.otherFixedPerMonth,
    incomeTax: { rate: c.incomeTaxRate, smallProfitRate: c.smallProfitTaxRate, smallProfitLimit: c.smallProfitLimit },
  });
}
