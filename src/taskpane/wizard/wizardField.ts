import { issuePath } from "../../engine/core/issuePath";
import { type Lang } from "../../engine";
import { label, type LabelKey } from "../../messages";

const PRODUCT: Record<string, LabelKey> = {
  sku: "sku",
  name: "productName",
  category: "category",
  price: "price",
  unitCost: "unitCost",
  shipping: "shipping",
  monthlyOrders: "monthlyOrders",
  ageBand: "ageBand",
  gender: "gender",
  cityTier: "cityTier",
  brandStatus: "brandStatus",
  contentCapacity: "contentCapacity",
};
const COMPANY: Record<string, LabelKey> = {
  annualTarget: "annualTarget",
  monthlyAdBudget: "monthlyAdBudget",
  teamAvailable: "teamAvailable",
  cityTier: "salaryTier",
  configuration: "configuration",
  rentPerMonth: "rent",
  otherFixedPerMonth: "otherFixedPerMonth",
  maxPlatforms: "maxPlatforms",
  platforms: "platform",
  costPerClick: "yourCpc",
  currentAnnualSales: "currentAnnualSales",
  brandStage: "brandStage",
  vatRegime: "vatRegime",
  existingStores: "existingStores",
  // The plan's average order value is the product's price in the wizard, which has one product.
  avgOrderValue: "price",
};
const OVERRIDE: Record<string, LabelKey> = { platform: "platform", field: "overrideField", category: "category", value: "value" };

/** Where a field sits in the wizard: the label the user saw and the step that shows it. */
export interface WizardField {
  label: string;
  step: number;
}

/** "products[0].price" → the Price field on step 1; a field the wizard does not show keeps its name. */
export function wizardField(field: string, lang: Lang): WizardField {
  const plain = field.replace(/^scenario\./, "").replace(/ on [^.]+/, "");
  const [area, second, third] = issuePath(field).map(String);
  if (area === "brand") return { label: label("brand", lang), step: 0 };
  if (area === "products") {
    const key = PRODUCT[third ?? ""];
    return { label: key ? label(key, lang) : label("product", lang), step: 0 };
  }
  if (area === "company" && second === "avgOrderValue") return { label: label("price", lang), step: 0 };
  if (area === "company") {
    const key = COMPANY[second ?? ""];
    return { label: key ? label(key, lang) : plain, step: second === "platforms" ? 2 : 1 };
  }
  if (area?.startsWith("overrides")) {
    const key = OVERRIDE[third ?? ""];
    const row = second === undefined ? "" : ` ${Number(second) + 1}`;
    return { label: `${label("overrides", lang)}${row}${key ? ` · ${label(key, lang)}` : ""}`, step: 1 };
  }
  return { label: plain, step: 1 };
}
