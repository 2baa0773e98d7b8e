import { type Lang, type PlatformPlan } from "../../engine";
import { formulaCalculator as F } from "../../engine/calc";
import { orderCostLines, PER_ORDER_COST_KEYS } from "../../engine/costs/orderCostLines";
import { platformShipping } from "../../engine/costs/platformShipping";
import { vatBaseOf, vatExact } from "../../engine/costs/vatPayable";
import { adRatioOf, adsPerOrderOf, roiOf } from "../../engine/plan/adModel";
import { mixMean } from "../../engine/plan/averageOrder";
import { contributionMarginOf } from "../../engine/margin/profitModel";
import { contributionOf, type ContributionLines } from "../../engine/plan/monthClose";
import { VARIABLE_LINES } from "../../engine/plan/monthLine";
import { label } from "../../messages";
import type { PlanResult } from "../../scenario/planResult";
import { platformName } from "../planText";
import type { CellValue } from "../workbookSpec";
import type { CostRefs } from "./costSheet";
import type { InputRefs } from "./inputsSheet";
import { CMP, type ComparisonLayout } from "./layouts";
import type { RateRefs } from "./rateCardSheet";
import type { Col, SheetBuilder } from "./sheetBuilder";

/** Columns of the average-order table: the order's lines, then the cost stack per order (orderCostLines). */
const AO_COLUMNS = [
  "platform",
  "roi",
  "a",
  "price",
  "returnRate",
  "returns",
  "deductions",
  "goods",
  "shipping",
  "ads",
  ...PER_ORDER_COST_KEYS,
  "vat",
  "contribution",
  "contributionMargin",
] as const;
export const AO = Object.fromEntries(AO_COLUMNS.map((k, i) => [k, i])) as { [K in (typeof AO_COLUMNS)[number]]: number };

/** Where each platform's average order lands: its row, known before the table is written (the ad budget reads it). */
export interface AverageOrderCells {
  /** A line of a platform's average order, from a formula on the plan sheet. */
  local(platform: string, col: number): string;
  /** The same cell, sheet-qualified, for other sheets. */
  ref(platform: string, col: number): string;
}

export function averageOrderCells(b: SheetBuilder, platforms: readonly string[], header: number): AverageOrderCells {
  const row = new Map(platforms.map((p, i) => [p, header + 1 + i]));
  return { local: (p, col) => b.local(col, row.get(p)!), ref: (p, col) => b.ref(col, row.get(p)!) };
}

/**
 * The average order of the product mix on every platform, from the comparison rows (orders-weighted), then its cost
 * stack per order (orderCostLines) and contribution.
 */
export function averageOrderTable(
  result: PlanResult,
  lang: Lang,
  b: SheetBuilder,
  cells: AverageOrderCells,
  refs: { inputs: InputRefs; rates: RateRefs; costs: CostRefs; cmp: ComparisonLayout },
): void {
  const { plan, referenceData: data } = result;
  const name = (p: string) => platformName(data, p, lang);
  b.add({ kind: "heading", text: label("averageOrder", lang) });
  const cmp = refs.cmp;
  // Weighted by expected orders; with none given, every product weighs the same (the engine's mix rule, mixMean).
  const mean = (p: string, ...factors: string[]) =>
    mixMean(F, { picked: F.rowsWhere(cmp.range(CMP.platform), F.text(name(p))), orders: [cmp.range(CMP.orders)] }, ...factors.map((f) => [f]));
  const P = cmp.range(CMP.price),
    Q = cmp.range(CMP.q),
    D = cmp.range(CMP.d),
    kept = F.subtract(F.constant(1), Q);
  const aoLabel: Record<(typeof AO_COLUMNS)[number], Col> = {
    platform: ["platform", "text", 16],
    roi: ["roi", "rate", 10],
    a: ["adRatio", "percent", 12],
    price: ["price", "money", 12],
    returnRate: ["returnRate", "percent", 10],
    returns: ["pnl_returns", "money", 12],
    deductions: ["pnl_deductions", "money", 14],
    goods: ["pnl_goods", "money", 12],
    shipping: ["pnl_shipping", "money", 12],
    ads: ["pnl_ads", "money", 12],
    // Per order the fee on paid sales is shown net of the commission it replaces (the P&L shows the two apart).
    ...(Object.fromEntries(PER_ORDER_COST_KEYS.map((k) => [k, [k === "platformFees" ? "orderPlatformFees" : `pnl_${k}`, "money", 13]])) as Record<
      (typeof PER_ORDER_COST_KEYS)[number],
      Col
    >),
    vat: ["pnl_vat", "money", 12],
    contribution: ["contributionPerOrder", "money", 14],
    contributionMargin: ["contributionMargin", "percent", 12],
  };
  b.table({
    name: "AverageOrder",
    columns: b.columns(AO_COLUMNS.map((k) => aoLabel[k])),
    rows: plan.platforms.map((p: PlatformPlan): CellValue[] => {
      const o = p.averageOrder;
      const x = (col: number) => cells.local(p.platform, col);
      const costs = orderCostLines(
        F,
        {
          price: x(AO.price),
          returnRate: x(AO.returnRate),
          paidShare: refs.costs.rate(p.platform, "paidShare"),
          affiliateShare: refs.costs.rate(p.platform, "affiliateShare"),
          goods: x(AO.goods),
        },
        refs.costs.lineRates(p.platform),
      );
      const costCells = PER_ORDER_COST_KEYS.map((k) => b.cell(costs[k], k === "platformFees" ? o.platformFee : o[k]));
      const vatBase = vatBaseOf(F, {
        sales: x(AO.price),
        returns: x(AO.returns),
        promotions: x(AO.promotions),
        deductions: x(AO.deductions),
        deductionsAreDiscount: F.constant(o.deductionsAreDiscount),
        ads: x(AO.ads),
        platformFees: x(AO.platformFees),
        goods: x(AO.goods),
      });
      const vatRates = refs.inputs.vatRates;
      return [
        name(p.platform),
        b.cell(roiOf(F, { roiLow: refs.rates.roiLow(p.platform), roiHigh: refs.rates.roiHigh(p.platform), roiFactor: refs.costs.rate(p.platform, "roiFactor") }), p.roi),
        b.cell(adRatioOf(F, { paidShare: refs.costs.rate(p.platform, "paidShare"), roi: x(AO.roi) }), p.adRatio),
        b.cell(mean(p.platform, P), o.price),
        b.cell(mean(p.platform, Q), o.returnRate),
        b.cell(mean(p.platform, Q, P), o.returns),
        b.cell(mean(p.platform, kept, P, D), o.deductions),
        b.cell(mean(p.platform, kept, cmp.range(CMP.unitCost)), o.goods),
        b.cell(platformShipping(F, { shipping: mean(p.platform, cmp.range(CMP.shipping)), deliveryShare: refs.costs.rate(p.platform, "deliveryShare") }), o.shipping),
        b.cell(adsPerOrderOf(F, { adRatio: x(AO.a), price: x(AO.price) }), o.ads),
        ...costCells,
        b.cell(vatExact(F, vatBase, vatRates), o.vat),
        b.cell(contributionOf(F, Object.fromEntries([["sales", x(AO.price)], ...VARIABLE_LINES.map((k) => [k, x(AO[k])])]) as ContributionLines<string>), o.contribution),
        b.cell(contributionMarginOf(F, { contribution: x(AO.contribution), price: x(AO.price) }), p.contributionMargin),
      ];
    }),
    highlights: [{ column: AO.contribution, rule: "negativeRed" }],
  });
}
