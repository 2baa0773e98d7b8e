import { DEFAULTS } from "../engine";
import type { Scenario } from "./scenario";

/**
 * A money input the scenario left out and the plan counted at its default: codes and figures only, worded by each
 * view (report/assumptionText). Shipping is one notice for all the products that lack it.
 */
export type AssumedInput =
  | { code: "shipping_not_given"; skus: string[]; products: number; assumed: number }
  | { code: "rent_not_given"; assumed: number }
  | { code: "other_fixed_not_given"; assumed: number };

/** Which of shipping, rent and other fixed costs the scenario did not give, in that order. */
export function assumedInputs(scenario: Pick<Scenario, "company" | "products">): AssumedInput[] {
  const out: AssumedInput[] = [];
  const skus = scenario.products.filter((p) => p.shipping === undefined).map((p) => p.sku);
  if (skus.length > 0) out.push({ code: "shipping_not_given", skus, products: scenario.products.length, assumed: DEFAULTS.shipping });
  if (scenario.company.rentPerMonth === undefined) out.push({ code: "rent_not_given", assumed: DEFAULTS.rentPerMonth });
  if (scenario.company.otherFixedPerMonth === undefined) out.push({ code: "other_fixed_not_given", assumed: DEFAULTS.otherFixedPerMonth });
  return out;
}
