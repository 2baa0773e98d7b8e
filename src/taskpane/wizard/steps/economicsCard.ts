import type { ReferenceData } from "../../../data/referenceData";
import { label, messages, type Lang, type PlatformPlan, type ProductOnPlatform } from "../../../engine";
import { fenText, percentText } from "../../../engine/messages/catalogue";
import type { PlanResult } from "../../../report/planResult";
import { platformName, verdictLabel } from "../../../report/planText";
import { el } from "../../dom";
import { explainFigure } from "../explainFigure";
import { figureRow, numberTable, scrollBox } from "../tableParts";

/** Where each rate of the order comes from: the first product's category (the wizard plans one product). */
function rateNotes(data: ReferenceData, p: PlatformPlan, row: ProductOnPlatform | undefined, category: string, lang: Lang, paidShare: number) {
  const card = data.rateCard.platforms[p.platform]!;
  const returns = [explainFigure(data, data.rateCard.typicalReturnRate[category]!, lang), explainFigure(data, card.returnRateAdjustment, lang)].join(" · ");
  const deductions = (row?.economics.deductions ?? []).map((d) => `${d.name[lang]} ${percentText(d.figure.value)}: ${explainFigure(data, d.figure, lang)}`).join(" · ");
  const ads = `${messages(lang).plan.adModel(percentText(paidShare))} ${label("roi", lang)} ${p.roi.toFixed(2)}: ${explainFigure(data, card.adRoi.low, lang)} / ${explainFigure(data, card.adRoi.high, lang)}`;
  return { returns, deductions, ads, fee: explainFigure(data, card.perOrderFee, lang) };
}

/** One platform: its average order line by line to contribution per order, then, if entered, the fixed cost per order at run rate to net profit per order; and each product. */
export function economicsCard(result: PlanResult, p: PlatformPlan, lang: Lang): HTMLElement {
  const { referenceData: data, company, inputs } = result;
  const o = p.averageOrder;
  const rows = result.plan.products.map((prod) => prod.platforms.find((x) => x.platform === p.platform)!);
  const single = rows.length === 1 ? rows[0] : undefined;
  const notes = rateNotes(data, p, rows[0], inputs[0]!.product.product.category, lang, company.paidShare);
  const rate = (x: number | undefined) => (x === undefined ? "" : ` (${percentText(x)})`);
  const lines = [
    figureRow(label("price", lang), "price", fenText(o.price)),
    figureRow(`− ${label("pnl_returns", lang)}${rate(single?.returnRate)}`, "returns", fenText(o.returns), notes.returns),
    figureRow(`− ${label("pnl_deductions", lang)}${rate(single?.economics.deductionRate)}`, "deductions", fenText(o.deductions), notes.deductions),
    figureRow(`− ${label("pnl_goods", lang)}`, "goods", fenText(o.goods)),
    figureRow(`− ${label("pnl_shipping", lang)}`, "shipping", fenText(o.shipping)),
    figureRow(`− ${label("pnl_ads", lang)}${rate(p.adRatio)}`, "ads", fenText(o.ads), notes.ads),
    ...(o.platformFee > 0 ? [figureRow(`− ${label("perOrderFee", lang)}`, "platformFee", fenText(o.platformFee), notes.fee)] : []),
    figureRow(`= ${label("contributionPerOrder", lang)}`, "contribution", fenText(o.contribution), undefined, o.contribution < 0 ? "total bad" : "total"),
    figureRow(label("contributionMargin", lang), "contributionMargin", percentText(p.contributionMargin)),
  ];
  const r = p.runRate;
  const net = r
    ? [
        figureRow(`− ${label("fixedPerOrderRunRate", lang)}`, "fixedPerOrder", fenText(r.fixedPerOrder)),
        figureRow(`= ${label("netProfit", lang)}`, "netProfitPerOrder", fenText(r.netProfitPerOrder), undefined, r.netProfitPerOrder < 0 ? "total bad" : "total"),
        figureRow(label("runRateOrders", lang), "runRateOrders", r.orders.toLocaleString("en")),
        figureRow(label("breakEvenOrders", lang), "breakEvenOrders", p.breakEvenOrders === null ? "—" : p.breakEvenOrders.toLocaleString("en")),
      ]
    : [];
  const skuOf = (i: number) => inputs[i]?.input.name ?? result.plan.products[i]!.sku;
  const perProduct = numberTable(
    `products-${p.platform}`,
    [label("product", lang), label("contributionPerOrder", lang), label("netProfit", lang), label("netMargin", lang)],
    rows.map((x, i) => ({ attrs: { "data-sku": result.plan.products[i]!.sku }, cells: [skuOf(i), fenText(x.economics.contribution), x.netProfit === null ? "—" : fenText(x.netProfit), x.netMargin === null ? "—" : percentText(x.netMargin)] })),
  );
  return el(
    "section",
    { class: "card", "data-platform": p.platform },
    el("h3", {}, `${platformName(data, p.platform, lang)} · ${verdictLabel(p, lang)}`),
    el("table", { class: "breakdown" }, el("caption", {}, label("averageOrder", lang)), el("tbody", {}, ...lines, ...net)),
    ...(r ? [] : [el("p", { class: "hint" }, label("notEnteredNote", lang))]),
    el("h4", {}, label("perProduct", lang)),
    scrollBox(perProduct),
  );
}
