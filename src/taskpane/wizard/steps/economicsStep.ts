import { el } from "../../dom";
import type { StepContext } from "../stepContext";
import { economicsCard } from "./economicsCard";

/** One card per platform, the entered ones first in entry order, then the rest by fit. */
export function economicsStep(ctx: StepContext): HTMLElement {
  const { lang, plan: result } = ctx;
  if (!result) return el("p", {}, "");
  const { plan } = result;
  const entered = plan.entered.map((code) => plan.platforms.find((p) => p.platform === code)!);
  const others = plan.platforms.filter((p) => !plan.entered.includes(p.platform));
  return el("div", { class: "cards" }, ...[...entered, ...others].map((p) => economicsCard(result, p, lang)));
}
