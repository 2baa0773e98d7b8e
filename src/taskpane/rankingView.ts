import type { ReferenceData } from "../data/referenceData";
import { describeIssue, explainFit, parseProduct, rankPlatforms, type Lang } from "../engine";
import { el } from "./dom";

const TEXT = {
  category: { en: "Category", zh: "类目" },
  price: { en: "Price (¥)", zh: "售价(¥)" },
  rank: { en: "Rank platforms", zh: "平台排名" },
  platform: { en: "Platform", zh: "平台" },
  fit: { en: "Fit", zh: "匹配度" },
  why: { en: "Why", zh: "原因" },
} as const;

/** A quick ranking form: category and price in, every platform's fit and reasons out. */
export function rankingView(data: ReferenceData, lang: Lang): HTMLElement {
  const t = (k: keyof typeof TEXT) => TEXT[k][lang];
  const category = el("select", { id: "category", name: "category" }, ...Object.entries(data.rateCard.categories).map(([code, c]) => el("option", { value: code }, c.name[lang])));
  const price = el("input", { id: "price", name: "price", type: "number", min: "0", step: "0.01", value: "199", inputmode: "decimal" });
  const message = el("p", { id: "message", role: "alert" });
  const body = el("tbody");
  const table = el("table", { id: "ranking" }, el("thead", {}, el("tr", {}, el("th", {}, t("platform")), el("th", {}, t("fit")), el("th", {}, t("why")))), body);
  const form = el("form", { id: "rank-form", novalidate: "" }, el("label", { for: "category" }, t("category")), category, el("label", { for: "price" }, t("price")), price, el("button", { type: "submit" }, t("rank")));

  const render = () => {
    body.replaceChildren();
    const product = parseProduct(data.rateCard, { category: category.value, price: price.value === "" ? Number.NaN : Number(price.value) });
    if (!product.ok) {
      message.textContent = describeIssue(product.issue, lang);
      return;
    }
    message.textContent = "";
    for (const fit of rankPlatforms(data, product.value)) {
      body.append(el("tr", {}, el("td", {}, data.rateCard.platforms[fit.platform]!.name[lang]), el("td", {}, String(fit.score)), el("td", {}, explainFit(data, fit, lang))));
    }
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    render();
  });
  render();
  return el("section", {}, form, message, table);
}
