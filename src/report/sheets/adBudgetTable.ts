import { type Lang } from "../../engine";
import { formulaCalculator, formulaCalculator as F } from "../../engine/calc";
import { breakEvenOrders } from "../../engine/margin/breakEven";
import { costPerClickOf, impliedRoiAt } from "../../engine/plan/adModel";
import { ownFixedCosts, runRateFixedCosts } from "../../engine/plan/runRate";
import { runRateLine } from "../../engine/plan/runRateLine";
import { yearOneAdSpend } from "../../engine/plan/yearOneAdSpend";
import { runRateFacts } from "./runRateFacts";
import { label } from "../../messages";
import type { PlanResult } from "../../scenario/planResult";
import { platformName } from "../planText";
import type { CellValue } from "../workbookSpec";
import { AO, type AverageOrderCells } from "./averageOrderTable";
import type { CostRefs } from "./costSheet";
import type { InputRefs } from "./inputsSheet";
import { PNL, type PnlLayout } from "./layouts";
import type { RateRefs } from "./rateCardSheet";
import { fen, type SheetBuilder } from "./sheetBuilder";
import type { TeamRefs } from "./teamSheet";

/** Columns of the ad budget table. */
export const RR = {
  platform: 0,
  budgetWeight: 1,
  targetShare: 2,
  roi: 3,
  a: 4,
  impliedCpc: 5,
  roiAtCpc: 6,
  orders: 7,
  sales: 8,
  adSpend: 9,
  contribution: 10,
  fixedCosts: 11,
  fixedPerOrder: 12,
  profit: 13,
  netMargin: 14,
  breakEven: 15,
  yearOneAds: 16,
} as const;

/**
 * The ad budget at run rate, one row per entered platform: 80/20 weights and target shares are judgements; orders
 * (what the months want of each store: a running store's sales today plus its share of the growth),
 * spend, fixed costs, profit, break-even orders and year-one spend follow the inputs. Returns the row of each.
 */
export function adBudgetTable(
  result: PlanResult,
  lang: Lang,
  b: SheetBuilder,
  order: AverageOrderCells,
  refs: { inputs: InputRefs; rates: RateRefs; costs: CostRefs; team: TeamRefs; pnl: PnlLayout },
): (i: number) => number {
  const { plan, referenceData: data } = result;
  const c = refs.inputs.company;
  const name = (p: string) => platformName(data, p, lang);
  const entered = plan.entered.map((p) => plan.platforms.find((x) => x.platform === p)!);
  const ao = order.local;
  // The shared facts under a heading of their own, so the ad-budget heading sits right above its table.
  const { sharedFixed, runningToday } = runRateFacts(result, lang, b, refs);
  b.add({ kind: "heading", text: label("adBudget", lang) });
  const rrHeader = b.nextRow;
  const rrRow = (i: number) => rrHeader + 1 + i;
  const rr = (i: number, col: number) => b.local(col, rrRow(i));
  const salesRefs = entered.map((_, i) => rr(i, RR.sales));
  const pnlAds = refs.pnl.range(PNL.ads);
  b.table({
    name: "AdBudget",
    columns: b.columns([
      ["platform", "text", 16],
      ["budgetShare", "percent", 12],
      ["targetShare", "percent", 12],
      ["roi", "rate", 10],
      ["adRatio", "percent", 12],
      ["impliedCpc", "money", 14],
      ["impliedRoiAtYourCpc", "multiple", 14],
      ["runRateOrders", "integer", 14],
      ["runRateSales", "money", 16],
      ["adSpendPerMonth", "money", 16],
      ["runRateContribution", "money", 16],
      ["runRateFixed", "money", 16],
      ["fixedPerOrder", "money", 14],
      ["runRateProfit", "money", 16],
      ["netMarginRunRate", "percent", 12],
      ["breakEvenOrders", "integer", 14],
      ["adSpendYearOne", "money", 16],
    ]),
    rows: entered.map((p, i): CellValue[] => {
      const r = p.runRate!;
      const price = ao(p.platform, AO.price);
      const row = (col: number) => rr(i, col);
      const spendCurve = data.planning.spendCurve;
      const line = runRateLine(
        formulaCalculator,
        {
          annualTarget: c.annualTarget,
          targetShare: row(RR.targetShare),
          ...(refs.inputs.existingStores[p.platform] === undefined ? {} : { current: refs.inputs.existingStores[p.platform]! }),
          ...runningToday,
          price,
          adsPerOrder: ao(p.platform, AO.ads),
          contributionPerOrder: ao(p.platform, AO.contribution),
          paidShare: refs.costs.rate(p.platform, "paidShare"),
          roi: ao(p.platform, AO.roi),
          curve: { reference: formulaCalculator.constant(spendCurve.referenceMonthlySpend.value), elasticity: formulaCalculator.constant(spendCurve.elasticity.value) },
          fixedCosts: row(RR.fixedCosts),
        },
        { orders: row(RR.orders), sales: row(RR.sales), adSpend: row(RR.adSpend), contribution: row(RR.contribution), profit: row(RR.profit) },
      );
      return [
        name(p.platform),
        p.budgetWeight,
        p.targetShare,
        b.cell(ao(p.platform, AO.roi), p.roi),
        b.cell(ao(p.platform, AO.a), p.adRatio),
        b.cell(fen(costPerClickOf(F, { conversionRate: c.conversionRate, averageOrderValue: price, roi: ao(p.platform, AO.roi) })), p.impliedCostPerClick),
        b.cell(impliedRoiAt(F, { conversionRate: c.conversionRate, averageOrderValue: price, costPerClick: c.costPerClick })!, p.impliedRoiAtYourCpc),
        b.cell(line.orders, r.orders),
        b.cell(line.sales, r.sales),
        b.cell(line.adSpend, r.adSpend),
        b.cell(line.contribution, r.contribution),
        b.cell(
          runRateFixedCosts(F, {
            ownFixed: ownFixedCosts(F, { teamCost: refs.team.ownCost(p.platform), annualFee: refs.rates.annualFee(p.platform) }),
            sharedShare: F.splitFen(sharedFixed, salesRefs, i, F.sum(salesRefs)),
          }),
          r.fixedCosts,
        ),
        b.cell(line.fixedPerOrder, r.fixedPerOrder),
        b.cell(line.profit, r.profit),
        b.cell(line.netMargin, r.netMargin),
        b.cell(breakEvenOrders(F, { fixedCosts: rr(i, RR.fixedCosts), contributionPerOrder: ao(p.platform, AO.contribution) })!, p.breakEvenOrders),
        b.cell(
          yearOneAdSpend(F, { ads: [pnlAds], platforms: [refs.pnl.range(PNL.platform)], months: [refs.pnl.range(PNL.month)], platform: rr(i, RR.platform) }),
          p.yearOneAdSpend,
        ),
      ];
    }),
  });
  return rrRow;
}
