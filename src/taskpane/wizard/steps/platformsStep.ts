import { label, messages, fitReasonText } from "../../../messages";
import type { FitReason, Lang, PlatformPlan } from "../../../engine";
import type { ReferenceData } from "../../../data/referenceData";
import { driverBasisDetail, driverBasisLabel } from "../../../report/driverBasisText";
import { platformName, verdictLabel, verdictReason } from "../../../report/planText";
import { el } from "../../dom";
import type { StepContext } from "../stepContext";
import { explainNote } from "../tableParts";

const ENTERS = new Set(["enter_now", "enter_later"]);
/** Verdicts shown as good news: a platform to enter, or a store the brand already runs. */
const GOOD = new Set([...ENTERS, "existing"]);

/** One reason, with where its figures come from: the short label, and the sources or the estimate's reasoning behind ⓘ. */
const reasonItem = (data: ReferenceData, r: FitReason, lang: Lang): HTMLElement =>
  el(
    "li",
    { class: r.positive ? "good" : "bad" },
    fitReasonText(data, r, lang),
    ...(r.basis
      ? [" ", el("small", { class: "basis", "data-kind": r.basis.kind }, `(${driverBasisLabel(data, r.basis, lang)})`), " ", explainNote(driverBasisDetail(data, r.basis, lang))]
      : []),
  );

/** Every platform ranked by fit, with the plan's verdict, opening month and reason; ticks choose what to plan for. */
export function platformsStep(ctx: StepContext): HTMLElement {
  const { lang, plan: result } = ctx;
  if (!result) return el("p", {}, "");
  const { plan, referenceData: data, company } = result;
  const chosen = ctx.draft.company.platforms ? plan.platforms.filter((p) => company.platforms?.includes(p.platform)).map((p) => p.platform) : plan.entered;
  const toggle = (box: HTMLInputElement, platform: string) => {
    const next = new Set(chosen);
    if (box.checked) next.add(platform);
    else next.delete(platform);
    const ordered = plan.platforms.map((p) => p.platform).filter((p) => next.has(p));
    if (ordered.length === 0) {
      box.checked = true;
      box.setCustomValidity(label("noneSelected", lang));
      box.reportValidity();
      return;
    }
    ctx.update((d) => (d.company.platforms = ordered));
  };
  const item = (p: PlatformPlan) => {
    const name = platformName(data, p.platform, lang);
    const box = el("input", { type: "checkbox", id: `choose-${p.platform}` });
    box.checked = chosen.includes(p.platform);
    box.addEventListener("change", () => toggle(box, p.platform));
    const fit = result.plan.products[0]?.platforms.find((x) => x.platform === p.platform)?.fit;
    const opens = ENTERS.has(p.verdict.kind) ? ` · ${messages(lang).wizard.opensIn(p.verdict.openMonth)}` : "";
    return el(
      "li",
      { "data-platform": p.platform, "data-verdict": p.verdict.kind },
      el(
        "div",
        { class: "platform-head" },
        el("label", { for: box.id }, box, " ", el("strong", {}, name)),
        el("span", { class: "fit" }, `${label("fit", lang)} ${Math.round(p.fit)}`),
      ),
      el("p", { class: `verdict ${GOOD.has(p.verdict.kind) ? "good" : "bad"}` }, `${verdictLabel(p, lang)}${opens}`),
      el("p", { class: "reason" }, verdictReason(data, plan, p, lang, company.maxPlatforms)),
      ...(fit ? [el("details", {}, el("summary", {}, label("fitReasons", lang)), el("ul", {}, ...fit.reasons.map((r) => reasonItem(data, r, lang))))] : []),
    );
  };
  const auto = el("button", { type: "button", id: "let-plan-choose", class: "secondary" }, label("letPlanChoose", lang));
  auto.addEventListener("click", () => ctx.update((d) => delete d.company.platforms));
  return el(
    "div",
    {},
    el("p", { class: "hint" }, label("selectionHint", lang)),
    ...(ctx.draft.company.platforms ? [auto] : []),
    el("ol", { id: "platform-list", class: "platform-list" }, ...plan.platforms.map(item)),
  );
}
