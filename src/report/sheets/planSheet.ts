import { runRateLine } from "../../engine/plan/runRateLine";
import { type Lang, type PlatformPlan } from "../../engine";
import { label } from "../../messages";
import { budgetText, platformName, verdictReason } from "../planText";
import type { PlanResult } from "../../scenario/planResult";
import type { CellValue } from "../workbookSpec";
import { formulaCalculator, formulaCalculator as F } from "../../engine/calc";
import type { InputRefs } from "./inputsSheet";
import { CMP, PNL, type ComparisonLayout, type PnlLayout } from "./layouts";
import type { RateRefs } from "./rateCardSheet";
import { fen, SheetBuilder, type Col } from "./sheetBuilder";
import type { CostRefs } from "./costSheet";
import { orderCostLines, PER_ORDER_COST_KEYS } from "../../engine/costs/orderCostLines";
import { vatExact } from "../../engine/costs/vatPayable";
import { monthTargetsTable } from "./monthTargetsTable";
import type { TeamRefs } from "./teamSheet";

export interface PlanRefs {
  /** Average order line of a platform (AO table). */
  order(platform: string, line: "roi" | "a" | "price" | "contribution" | "contributionMargin"): string;
  aoColumn(line: keyof typeof AO): (platform: string) => string;
  /** Run-rate cells of an entered platform. */
  runRate(platform: string, field: "orders" | "sales" | "fixedCosts" | "fixedPerOrder" | "adSpend" | "netMargin"): string;
  monthTarget(month: number): string;
  /** The live ad spend a month the plan needs at run rate (the budget check's figure). */
  budgetNeed: string;
}

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
const RR = {
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
 * The plan: entry sequence and its rule, the ad budget at run rate (80/20 weights and target shares are judgements;
 * orders, spend, fixed costs follow the inputs), the budget check, the average order of the product mix on every
 * platform, and the company's monthly targets.
 */
export function planSheet(
  result: PlanResult,
  lang: Lang,
  b: SheetBuilder,
  refs: { inputs: InputRefs; rates: RateRefs; costs: CostRefs; team: TeamRefs; cmp: ComparisonLayout; pnl: PnlLayout; pnlSheet: SheetBuilder },
): PlanRefs {
  const { plan, referenceData: data, company } = result;
  const c = refs.inputs.company;
  const name = (p: string) => platformName(data, p, lang);
  const entered = plan.entered.map((p) => plan.platforms.find((x) => x.platform === p)!);
  b.add({ kind: "title", text: `${result.brand}: ${label("sheetPlan", lang)}` });
  b.add({ kind: "heading", text: label("sequence", lang) });
  b.table({
    name: "Sequence",
    columns: b.columns([
      ["order", "integer", 8],
      ["platform", "text", 16],
      ["openMonth", "integer", 12],
      ["entryRule", "text", 14],
    ]),
    rows: entered.map((p, i) => [i + 1, name(p.platform), p.verdict.openMonth ?? label("opensAfterPlan", lang), verdictReason(data, plan, p, lang, company.maxPlatforms)]),
  });

  // Average order of the mix on every platform, from the comparison rows (orders-weighted).
  const aoHeader = b.nextRow + 1 + (entered.length + 2) + 4 + 1;
  const aoRow = new Map(plan.platforms.map((p, i) => [p.platform, aoHeader + 1 + i]));
  const ao = (p: string, col: number) => b.local(col, aoRow.get(p)!);
  const aoRef = (p: string, col: number) => b.ref(col, aoRow.get(p)!);

  b.add({ kind: "heading", text: label("adBudget", lang) });
  const rrHeader = b.nextRow;
  const rrRow = (i: number) => rrHeader + 1 + i;
  const rr = (i: number, col: number) => b.local(col, rrRow(i));
  const salesRefs = entered.map((_, i) => rr(i, RR.sales));
  const sharedFixed = `(${refs.team.sharedCost}+${c.rentPerMonth}+${c.otherFixedPerMonth})`;
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
        b.cell(fen(`${c.conversionRate}*${price}/${ao(p.platform, AO.roi)}`), p.impliedCostPerClick),
        b.cell(`IF(ISNUMBER(${c.costPerClick}),IF(${c.costPerClick}>0,${c.conversionRate}*${price}/${c.costPerClick},""),"")`, p.impliedRoiAtYourCpc),
        b.cell(line.orders, r.orders),
        b.cell(line.sales, r.sales),
        b.cell(line.adSpend, r.adSpend),
        b.cell(line.contribution, r.contribution),
        b.cell(`ROUND(${refs.team.ownCost(p.platform)}+${refs.rates.annualFee(p.platform)}/12,2)+${formulaCalculator.splitFen(sharedFixed, salesRefs, i)}`, r.fixedCosts),
        b.cell(line.fixedPerOrder, r.fixedPerOrder),
        b.cell(line.profit, r.profit),
        b.cell(line.netMargin, r.netMargin),
        b.cell(`IF(${ao(p.platform, AO.contribution)}>0,${formulaCalculator.ceilWhole(`${rr(i, RR.fixedCosts)}/${ao(p.platform, AO.contribution)}`)},"")`, p.breakEvenOrders),
        b.cell(`ROUND(SUMIFS(${pnlAds},${refs.pnl.range(PNL.platform)},${rr(i, RR.platform)},${refs.pnl.range(PNL.month)},"<=12"),2)`, p.yearOneAdSpend),
      ];
    }),
  });
  const need = entered.length ? `ROUND(SUM(${b.range(RR.adSpend, rrRow(0), rrRow(entered.length - 1))}),2)` : "0";
  const bc = plan.budget;
  const factsAt = b.add({
    kind: "facts",
    rows: [
      { label: label("monthlyAdBudget", lang), value: b.cell(c.monthlyAdBudget, bc.monthlyBudget), format: "money" },
      { label: label("adSpendPerMonth", lang), value: b.cell(need, bc.runRateNeed), format: "money" },
      { label: label("budgetCheck", lang), value: budgetText(data, plan, lang), format: "text" },
    ],
  });
  if (b.nextRow !== aoHeader - 1) throw new Error(`plan sheet layout: average-order table expected at ${aoHeader}, got ${b.nextRow + 1}`);
  b.add({ kind: "heading", text: label("averageOrder", lang) });
  const cmp = refs.cmp;
  const on = (p: string) => `(${cmp.range(CMP.platform)}="${name(p)}")`;
  // Weighted by expected orders; with none given, every product weighs the same (the engine's mix rule).
  const weighted = (p: string, term: string) => {
    const orders = `SUMPRODUCT(${on(p)}*${cmp.range(CMP.orders)})`;
    return `IF(${orders}>0,SUMPRODUCT(${on(p)}*${cmp.range(CMP.orders)}*${term})/${orders},SUMPRODUCT(${on(p)}*${term})/SUMPRODUCT(${on(p)}*1))`;
  };
  const P = cmp.range(CMP.price),
    Q = cmp.range(CMP.q),
    D = cmp.range(CMP.d);
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
    ...(Object.fromEntries(PER_ORDER_COST_KEYS.map((k) => [k, [`pnl_${k}`, "money", 13]])) as Record<(typeof PER_ORDER_COST_KEYS)[number], Col>),
    vat: ["pnl_vat", "money", 12],
    contribution: ["contributionPerOrder", "money", 14],
    contributionMargin: ["contributionMargin", "percent", 12],
  };
  b.table({
    name: "AverageOrder",
    columns: b.columns(AO_COLUMNS.map((k) => aoLabel[k])),
    rows: plan.platforms.map((p: PlatformPlan): CellValue[] => {
      const o = p.averageOrder;
      const x = (col: number) => b.local(col, aoRow.get(p.platform)!);
      const costs = orderCostLines(
        F,
        { price: x(AO.price), returnRate: x(AO.returnRate), paidShare: refs.costs.rate(p.platform, "paidShare"), affiliateShare: refs.costs.rate(p.platform, "affiliateShare") },
        refs.costs.lineRates(p.platform),
      );
      const costCells = PER_ORDER_COST_KEYS.map((k) => b.cell(costs[k], k === "platformFees" ? o.platformFee : o[k]));
      const taken = (["returns", "deductions", "goods", "shipping", "ads", ...PER_ORDER_COST_KEYS, "vat"] as const).map((k) => x(AO[k]));
      // A wholesale platform's discount is a price cut (off the output base); other platforms bill their deductions as services.
      const [discounts, billed] = o.deductionsAreDiscount ? [x(AO.deductions), F.constant(0)] : [F.constant(0), x(AO.deductions)];
      const services = F.add(billed, x(AO.ads), x(AO.platformFees));
      const vatBase = { sales: x(AO.price), returns: x(AO.returns), promotions: x(AO.promotions), discounts, goods: x(AO.goods), services };
      const vatRates = { outputRate: c.vatOutputRate, goodsInputRate: c.vatGoodsInputRate, servicesInputRate: c.vatServicesInputRate };
      return [
        name(p.platform),
        b.cell(`(${refs.rates.roiLow(p.platform)}+${refs.rates.roiHigh(p.platform)})/2*${refs.costs.rate(p.platform, "roiFactor")}`, p.roi),
        b.cell(`${refs.costs.rate(p.platform, "paidShare")}/${x(AO.roi)}`, p.adRatio),
        b.cell(weighted(p.platform, P), o.price),
        b.cell(weighted(p.platform, Q), o.returnRate),
        b.cell(weighted(p.platform, `${Q}*${P}`), o.returns),
        b.cell(weighted(p.platform, `(1-${Q})*${P}*${D}`), o.deductions),
        b.cell(weighted(p.platform, `(1-${Q})*${cmp.range(CMP.unitCost)}`), o.goods),
        b.cell(weighted(p.platform, cmp.range(CMP.shipping)), o.shipping),
        b.cell(`${x(AO.a)}*${x(AO.price)}`, o.ads),
        ...costCells,
        b.cell(vatExact(F, vatBase, vatRates), o.vat),
        b.cell(`${x(AO.price)}-${taken.join("-")}`, o.contribution),
        b.cell(formulaCalculator.divide(x(AO.contribution), x(AO.price)), p.contributionMargin),
      ];
    }),
    highlights: [{ column: AO.contribution, rule: "negativeRed" }],
  });
  const months = monthTargetsTable(result, lang, b, refs.inputs, refs.pnl, refs.pnlSheet);
  const rrField = { orders: RR.orders, sales: RR.sales, fixedCosts: RR.fixedCosts, fixedPerOrder: RR.fixedPerOrder, adSpend: RR.adSpend, netMargin: RR.netMargin };
  return {
    order: (p, line) => aoRef(p, AO[line]),
    aoColumn: (line) => (p) => aoRef(p, AO[line]),
    runRate: (p, field) => b.ref(rrField[field], rrRow(plan.entered.indexOf(p))),
    monthTarget: months,
    budgetNeed: b.ref(1, factsAt + 1),
  };
}
