import { el } from "../../dom";
import { comboInput, field, numberInput, selectInput, textInput } from "../form";
import { ageOptions, brandOptions, categoryOptions, contentOptions, genderOptions, tierOptions } from "../options";
import type { StepContext } from "../stepContext";
import { label } from "../../../messages";
import { SCENARIO_LIMITS } from "../../../scenario/scenario";

export function productStep(ctx: StepContext): HTMLElement {
  const { lang } = ctx;
  const p = ctx.draft.products[0]!;
  const set = (change: (product: typeof p) => void) => ctx.update((d) => change(d.products[0]!));
  return el(
    "div",
    { class: "grid" },
    field(
      "brand",
      label("brand", lang),
      textInput("brand", ctx.draft.brand, (v) => ctx.update((d) => (d.brand = v)), SCENARIO_LIMITS.brand),
    ),
    field(
      "product-name",
      label("productName", lang),
      textInput("product-name", p.name, (v) => set((x) => (x.name = v)), SCENARIO_LIMITS.productName),
    ),
    field(
      "category",
      label("category", lang),
      selectInput("category", categoryOptions(ctx.data, lang), String(p.category), (v) => set((x) => (x.category = v))),
    ),
    field(
      "price",
      label("price", lang),
      numberInput("price", p.price, (v) => set((x) => (x.price = v))),
    ),
    field(
      "unit-cost",
      label("unitCost", lang),
      numberInput("unit-cost", p.unitCost, (v) => set((x) => (x.unitCost = v))),
    ),
    field(
      "shipping",
      label("shipping", lang),
      numberInput("shipping", p.shipping, (v) => set((x) => (x.shipping = v))),
    ),
    field(
      "monthly-orders",
      label("monthlyOrders", lang),
      numberInput("monthly-orders", p.monthlyOrders, (v) => set((x) => (x.monthlyOrders = v)), "1"),
    ),
    field(
      "age-band",
      label("ageBand", lang),
      comboInput("age-band", ageOptions(lang), String(p.ageBand ?? ""), (v) => set((x) => (x.ageBand = v))),
    ),
    field(
      "gender",
      label("gender", lang),
      selectInput("gender", genderOptions(lang), String(p.gender ?? "all"), (v) => set((x) => (x.gender = v))),
    ),
    field(
      "city-tier",
      label("cityTier", lang),
      comboInput("city-tier", tierOptions(lang), String(p.cityTier ?? ""), (v) => set((x) => (x.cityTier = v))),
    ),
    field(
      "brand-status",
      label("brandStatus", lang),
      selectInput("brand-status", brandOptions(lang), String(p.brandStatus ?? "none"), (v) => set((x) => (x.brandStatus = v))),
    ),
    field(
      "content",
      label("contentCapacity", lang),
      selectInput("content", contentOptions(lang), String(p.contentCapacity ?? "low"), (v) => set((x) => (x.contentCapacity = v))),
    ),
  );
}
