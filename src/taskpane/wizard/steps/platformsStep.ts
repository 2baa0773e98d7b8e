import { el } from "../../dom";
import type { StepContext } from "../stepContext";
import { label } from "../../../engine";

/** Every platform ranked for the product, with the reasons, and a tick box to choose which to plan for. */
export function platformsStep(ctx: StepContext): HTMLElement {
  const { lang, plan } = ctx;
  if (!plan) return el("p", {}, "");
  const data = plan.referenceData;
  const product = plan.products[0]!;
  const chosen = new Set(plan.recommended);
  // The plan already scored every platform for this product, best fit first.
  const rows = product.platforms.map(({ fit }) => {
    const box = el("input", { type: "checkbox", id: `choose-${fit.platform}`, "aria-label": `${label("choose", lang)} ${data.rateCard.platforms[fit.platform]!.name[lang]}` });
    box.checked = chosen.has(fit.platform);
    box.addEventListener("change", () => {
      const next = new Set(plan.recommended);
      if (box.checked) next.add(fit.platform);
      else next.delete(fit.platform);
      const ordered = plan.platforms.map((p) => p.platform).filter((p) => next.has(p));
      if (ordered.length === 0) {
        box.checked = true;
        box.setCustomValidity(label("noneSelected", lang));
        box.reportValidity();
        return;
      }
      ctx.update((d) => (d.company.platforms = ordered));
    });
    const reasons = el("details", {}, el("summary", {}, fit.reasons[0]?.text[lang] ?? ""), el("ul", {}, ...fit.reasons.slice(1).map((r) => el("li", { class: r.positive ? "good" : "bad" }, r.text[lang]))));
    return el("tr", {}, el("td", {}, box), el("td", {}, data.rateCard.platforms[fit.platform]!.name[lang]), el("td", { class: "num" }, String(fit.score)), el("td", {}, reasons));
  });
  return el(
    "div",
    {},
    el("p", { class: "hint" }, label("selectionHint", lang)),
    el("table", { id: "platform-table" }, el("thead", {}, el("tr", {}, el("th", {}, ""), el("th", {}, label("platform", lang)), el("th", {}, label("fit", lang)), el("th", {}, label("why", lang)))), el("tbody", {}, ...rows)),
  );
}
