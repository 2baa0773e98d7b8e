import { orderEconomics } from "../../../engine";
import { el } from "../../dom";
import { explainFigure } from "../explainFigure";
import { percent, yuan } from "../form";
import type { StepContext } from "../stepContext";
import { label } from "../../../engine";

/** One card per chosen platform: the per-order breakdown line by line, each rate with its source on hover and on expand. */
export function economicsStep(ctx: StepContext): HTMLElement {
  const { lang, plan } = ctx;
  if (!plan) return el("p", {}, "");
  const data = plan.referenceData;
  const product = plan.products[0]!;
  const cards = plan.recommended.map((platform) => {
    const row = product.platforms.find((x) => x.platform === platform)!;
    const orders = plan.ordersByPlatform[platform] ?? 0;
    const fixedPerOrder = orders > 0 ? plan.monthlyFixedByPlatform[platform]! / orders : 0;
    const full = orderEconomics(data.rateCard, platform, product.product.category, { price: product.product.price, unitCost: product.input.unitCost, shipping: product.input.shipping, adRatio: row.adRatio, returnRate: row.returnRate, fixedPerOrder });
    const e = full.ok ? full.value : row.economics;
    const line = (label: string, amount: number, explain?: string) =>
      el("tr", explain ? { title: explain } : {}, el("th", { scope: "row" }, label), el("td", { class: "num" }, yuan(amount)), el("td", { class: "explain" }, explain ? el("details", {}, el("summary", {}, "ⓘ"), el("p", {}, explain)) : ""));
    const lines = [
      line(`${label("keptRevenue", lang)} (${percent(1 - row.returnRate)})`, e.keptRevenue, explainFigure(data, data.rateCard.typicalReturnRate[product.product.category]!, lang)),
      ...e.deductions.map((d) => line(`− ${d.name[lang]} (${percent(d.figure.value)})`, d.amount, explainFigure(data, d.figure, lang))),
      line(`− ${label("goodsCost", lang)}`, e.goodsCost),
      line(`− ${label("shipping", lang)}`, e.shipping),
      line(`− ${label("adCost", lang)} (${percent(row.adRatio)})`, e.adCost, `${explainFigure(data, data.rateCard.platforms[platform]!.adRoi.low, lang)} / ${explainFigure(data, data.rateCard.platforms[platform]!.adRoi.high, lang)}`),
      ...(e.platformPerOrderFee > 0 ? [line(`− ${label("platformFee", lang)}`, e.platformPerOrderFee, explainFigure(data, data.rateCard.platforms[platform]!.perOrderFee, lang))] : []),
      line(`− ${label("fixedShare", lang)}`, e.fixedPerOrder),
    ];
    const breakEven = row.breakEvenOrders === null ? label("never", lang) : row.breakEvenOrders.toLocaleString("en");
    return el(
      "section",
      { class: "card", "data-platform": platform },
      el("h3", {}, data.rateCard.platforms[platform]!.name[lang]),
      el("table", { class: "breakdown" }, el("tbody", {}, line(label("price", lang), e.price), ...lines)),
      el("p", { class: e.profit < 0 ? "result bad" : "result" }, `${label("profit", lang)}: ${yuan(e.profit)} · ${label("margin", lang)}: ${percent(e.netMargin)}`),
      el("p", { class: "breakeven" }, `${label("breakEven", lang)}: ${breakEven}`),
    );
  });
  return el("div", { class: "cards" }, ...cards);
}
