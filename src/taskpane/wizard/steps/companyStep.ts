import { el } from "../../dom";
import { billDropZone } from "./billDropZone";
import { existingStoresEditor } from "./existingStoresEditor";
import { field, numberInput, selectInput } from "../form";
import { vatRegimeOf, vatRegimeOptions } from "../options";
import { brandStageOf, brandStageOptions, categoryOptions, configurationOptions, overrideFieldOptions, platformOptions, tierOptions } from "../options";
import type { StepContext } from "../stepContext";
import { DEFAULTS } from "../../../engine";
import { label } from "../../../messages";

function overridesEditor(ctx: StepContext): HTMLElement {
  const { lang } = ctx;
  const rows = (ctx.draft.overrides ?? []).map((o, i) =>
    el(
      "tr",
      {},
      el(
        "td",
        {},
        selectInput(`override-platform-${i}`, platformOptions(ctx.data, lang), String(o.platform), (v) => ctx.update((d) => (d.overrides![i]!.platform = v))),
      ),
      el(
        "td",
        {},
        selectInput(`override-field-${i}`, overrideFieldOptions(lang), o.field, (v) => ctx.update((d) => (d.overrides![i]!.field = v))),
      ),
      el(
        "td",
        {},
        selectInput(`override-category-${i}`, categoryOptions(ctx.data, lang), String(o.category ?? "APPAREL"), (v) => ctx.update((d) => (d.overrides![i]!.category = v))),
      ),
      el(
        "td",
        {},
        numberInput(`override-value-${i}`, o.value, (v) => ctx.update((d) => (d.overrides![i]!.value = v))),
      ),
      el(
        "td",
        {},
        button(label("remove", lang), () => ctx.update((d) => d.overrides!.splice(i, 1))),
      ),
    ),
  );
  const add = button(label("addOverride", lang), () =>
    ctx.update((d) => (d.overrides ??= []).push({ platform: "TMALL", field: "commission", category: String(d.products[0]!.category), value: 0.05 })),
  );
  add.id = "add-override";
  const head = el("tr", {}, ...[label("platform", lang), label("overrideField", lang), label("category", lang), label("value", lang), ""].map((h) => el("th", {}, h)));
  return el(
    "fieldset",
    {},
    el("legend", {}, label("overrides", lang)),
    el("div", { class: "table-scroll" }, el("table", { class: "overrides" }, el("thead", {}, head), el("tbody", {}, ...rows))),
    add,
  );
}

function button(label: string, onClick: () => void): HTMLButtonElement {
  const b = el("button", { type: "button", class: "secondary" }, label);
  b.addEventListener("click", onClick);
  return b;
}

export function companyStep(ctx: StepContext): HTMLElement {
  const { lang } = ctx;
  const c = ctx.draft.company;
  const set = (change: (company: typeof c) => void) => ctx.update((d) => change(d.company));
  const stage = brandStageOf(c.brandStage);
  // Current sales matter only to an established brand (entry gates read them); a new brand has none to state.
  const sales =
    stage === "established"
      ? [
          field(
            "current-sales",
            label("currentAnnualSales", lang),
            numberInput("current-sales", c.currentAnnualSales, (v) => set((x) => (x.currentAnnualSales = v))),
          ),
        ]
      : [];
  return el(
    "div",
    {},
    el(
      "div",
      { class: "grid" },
      field(
        "annual-target",
        label("annualTarget", lang),
        numberInput("annual-target", c.annualTarget, (v) => set((x) => (x.annualTarget = v))),
      ),
      field(
        "ad-budget",
        label("monthlyAdBudget", lang),
        numberInput("ad-budget", c.monthlyAdBudget, (v) => set((x) => (x.monthlyAdBudget = v))),
      ),
      field(
        "brand-stage",
        label("brandStage", lang),
        selectInput("brand-stage", brandStageOptions(ctx.data, lang), stage, (v) => set((x) => (x.brandStage = v))),
      ),
      ...sales,
      field(
        "vat-regime",
        label("vatRegime", lang),
        selectInput("vat-regime", vatRegimeOptions(ctx.data, lang), vatRegimeOf(c.vatRegime), (v) =>
          set((x) => {
            if (v) x.vatRegime = v;
            else delete x.vatRegime;
          }),
        ),
      ),
      field(
        "your-cpc",
        label("yourCpc", lang),
        numberInput("your-cpc", c.costPerClick, (v) => set((x) => (x.costPerClick = Number.isNaN(v) ? undefined : v))),
      ),
      field(
        "team-available",
        label("teamAvailable", lang),
        numberInput("team-available", c.teamAvailable, (v) => set((x) => (x.teamAvailable = Number.isNaN(v) ? undefined : v)), "1"),
      ),
      field(
        "salary-tier",
        label("salaryTier", lang),
        selectInput("salary-tier", tierOptions(lang), String(c.cityTier ?? DEFAULTS.salaryCityTier), (v) => set((x) => (x.cityTier = v))),
      ),
      field(
        "configuration",
        label("configuration", lang),
        selectInput("configuration", configurationOptions(lang), String(c.configuration ?? DEFAULTS.configuration), (v) => set((x) => (x.configuration = v))),
      ),
      field(
        "rent",
        label("rent", lang),
        numberInput("rent", c.rentPerMonth, (v) => set((x) => (x.rentPerMonth = v))),
      ),
      // Left empty, the plan counts ¥0 and its plan step says so (assumedInputs).
      field(
        "other-fixed",
        label("otherFixedPerMonth", lang),
        numberInput("other-fixed", c.otherFixedPerMonth, (v) => set((x) => (Number.isNaN(v) ? delete x.otherFixedPerMonth : (x.otherFixedPerMonth = v)))),
      ),
      field(
        "max-platforms",
        label("maxPlatforms", lang),
        numberInput(
          "max-platforms",
          c.maxPlatforms,
          (v) =>
            set((x) => {
              x.maxPlatforms = v;
              delete x.platforms;
            }),
          "1",
        ),
      ),
    ),
    existingStoresEditor(ctx),
    overridesEditor(ctx),
    billDropZone(ctx),
  );
}
