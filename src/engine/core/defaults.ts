import type { BrandStage } from "../../data/schema/planning";
import type { Configuration } from "../../data/schema/staffing";
import type { VatRegime } from "../../data/schema/costs";

/**
 * What an entry point assumes when the user leaves a field out: the same in a formula, the wizard and a scenario file.
 * Only assumptions live here; the amounts a user must state (annual target, ad budget, price, cost) have none.
 */
export const DEFAULTS = {
  /** Salaries' city tier: tier 2 sits between the tier-1 premium and lower-tier pay. */
  salaryCityTier: 2,
  configuration: "lean" as Configuration,
  rentPerMonth: 0,
  otherFixedPerMonth: 0,
  conversionRate: 0.02,
  /** For the ADBUDGET calculator only: the plan derives its ad cost from each platform's ROI and shows the CPC that implies. */
  costPerClick: 1.5,
  maxPlatforms: 3,
  shipping: 0,
  monthlyOrders: 0,
  brandStage: "new" as BrandStage,
  currentAnnualSales: 0,
  /**
   * For the per-order formulas only, which know no annual target: a brand selling on several platforms is almost
   * always above the ¥5m small-scale limit. A plan picks its regime from the annual target (defaultVatRegime).
   */
  vatRegime: "general" as VatRegime,
} as const;
