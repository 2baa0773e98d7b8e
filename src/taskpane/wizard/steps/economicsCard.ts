import type { ReferenceData } from "../../../data/referenceData";
import { PER_ORDER_COST_KEYS } from "../../../engine/costs/orderCostLines";
import { type Lang, type PlatformPlan, type ProductOnPlatform } from "../../../engine";
import { label } from "../../../messages";
import { percentText } from "../../../messages/catalogue";
import type { PlanResult } from "../../../scenario/planResult";
import { adModelText, platformName, verdictLabel } from "../../../report/planText";
import { el } from "../../dom";
import { explainFigure } from "../explainFigure";
import { fen } from "../form";
import { figureRow } from "../tableParts";

/** Where each rate of the order comes from: the first product's category (the wizard plans one product). */
function rateNotes(data: ReferenceData, p: PlatformPlan, row: ProductOnPlatform | undefined, category: string, lang: Lang, paidShare: number | null) {
  const card = data.rateCard.platforms[p.platform]!;
  const returns = [data.rateCard.typicalReturnRate[category]!, card.returnRateMultiple, card.returnRateAdjustment].map((f) => explainFigure(data, f, lang)).join(" · ");
  const deductions = (row?.economics.deductions ?? []).map((d) => `${d.name[lang]} ${percentText(d.figure.value)}: ${explainFigure(data, d.figure, lang)}`).join(" · ");
  const ads = `${adModelText(data, paidShare, lang)} ${label("roi", lang)} ${p.roi.toFixed(2)}: ${explainFigure(data, card.adRoi.low, lang)} / ${explainFigure(data, card.adRoi.high, lang)}`;
  return { returns, deductions, ads, fee: explainFigure(data, card.perOrderFee, lang) };
}

/** The cost stack of one order, in the P&L's order (the platform fee has its own row above). */
const ORDER_COST_LINES = PER_ORDER_COST_KEYS.filter((k) => k !== "platformFees");

/** One platform: its average order line by line to contribution per order, then, if entered, the fixed cost per order at run rate to net profit per order; and each product. */
export function economicsCard(result: PlanResult, p: PlatformPlan, lang: Lang): HTMLElement {
  const { referenceData: data, company, inputs } = result;
  const o = p.averageOrder;
  const rows = result.plan.products.map((prod) => prod.platforms.find((x) => x.platform === p.platform)!);
  const single = rows.length === 1 ? rows[0] : undefined;
  const notes = rateNotes(data, p, rows[0], inputs[0]!.product.product.category, lang, company.paidShare);
  const rate = (x: number | undefined) => (x === undefined ? "" : ` (${percentText(x)})`);
  const lines = [
    figureRow(label("price", lang), "price", fen(o.price)),
    figureRow(`− ${label("pnl_returns", lang)}${rate(single?.returnRate)}`, "returns", fen(o.returns), notes.returns),
    figureRow(`− ${label("pnl_deductions", lang)}${rate(single?.economics.deductionRate)}`, "deductions", fen(o.deductions), notes.deductions),
    figureRow(`− ${label("pnl_goods", lang)}`, "goods", fen(o.goods)),
    figureRow(`− ${label("pnl_shipping", lang)}`, "shipping", fen(o.shipping)),
    figureRow(`− ${label("pnl_ads", lang)}${rate(p.adRatio)}`, "ads", fen(o.ads), notes.ads),
    // Per order, on ad-driven sales, less the commission a fee on them replaces (Douyin 2026: negative, a credit).
    ...(o.platformFee !== 0 ? [figureRow(`− ${label("orderPlatformFees", lang)}`, "platformFee", fen(o.platformFee), notes.fee)] : []),
    ...ORDER_COST_LINES.filter((k) => o[k] !== 0).map((k) => figureRow(`− ${label(`pnl_${k}`, lang)}`, k, fen(o[k]))),
    ...(o.vat !== 0 ? [figureRow(`− ${label("pnl_vat", lang)}`, "vat", fen(o.vat))] : []),
    figureRow(`= ${label("contributionPerOrder", lang)}`, "contribution", fen(o.contribution), undefined, o.contribution < 0 ? "total bad" : "total"),
    figureRow(label("contributionMargin", lang), "contributionMargin", percentText(p.contributionMargin)),
  ];
  const r = p.runRate;
  const net = r
    ? [
        figureRow(`− ${label("fixedPerOrderRunRate", lang)}`, "fixedPerOrder", fen(r.fixedPerOrder)),
        figureRow(`= ${label("netProfit", lang)}`, "netProfitPerOrder", fen(r.netProfitPerOrder), undefined, r.netProfitPerOrder < 0 ? "total bad" : "total"),
        figureRow(label("runRateOrders", lang), "runRateOrders", r.orders.toLocaleString("en")),
        figureRow(label("breakEvenOrders", lang), "breakEvenOrders", p.breakEvenOrders === null ? "—" : p.breakEvenOrders.toLocaleString("en")),
      ]
    : [];
  // One small table per product (a row per figure), so the card stays one column wide on a narrow pane.
  const perProduct = rows.map((x, i) =>
    el(
      "table",
      { class: "breakdown product", "data-sku": result.plan.products[i]!.sku },
      el("caption", {}, inputs[i]?.input.name || result.plan.products[i]!.sku),
      el(
        "tbody",
        {},
        ...(x.economics.vat !== 0 ? [figureRow(label("pnl_vat", lang), "vat", fen(x.economics.vat))] : []),
        figureRow(label("contributionPerOrder", lang), "contribution", fen(x.economics.contribution)),
        ...(x.netProfit === null || x.netMargin === null
          ? []
          : [figureRow(label("netProfit", lang), "netProfitPerOrder", fen(x.netProfit)), figureRow(label("netMargin", lang), "netMargin", percentText(x.netMargin))]),
      ),
    ),
  );
  return el(
    "section",
    { class: "card", "data-platform": p.platform },
    el("h3", {}, `${platformName(data, p.platform, lang)} · ${verdictLabel(p, lang)}`),
    el("table", { class: "breakdown" }, el("caption", {}, label("averageOrderCard", lang)), el("tbody", {}, ...lines, ...net)),
    ...(r ? [] : [el("p", { class: "hint" }, label("notEnteredNote", lang))]),
    el("h4", {}, label("perProduct", lang)),
    ...perProduct,
  );
}
