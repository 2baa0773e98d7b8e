import type { CityTier } from "../../data/schema/profiles";
import type { BrandStage } from "../../data/schema/planning";
import type { Configuration } from "../../data/schema/staffing";
import type { VatRegime } from "../../data/schema/costs";
import type { Product } from "../fit/product";

/** A product as the plan takes it: resolved traits, costs and its expected orders (which weight the mix). */
export interface PlanProduct {
  sku: string;
  product: Product;
  unitCost: number;
  shipping: number;
  /** Expected orders a month across platforms; only their proportions are used (the mix). */
  monthlyOrders: number;
}

/** The company's assumptions, checked and with names resolved to codes. */
export interface PlanCompany {
  annualTarget: number;
  monthlyAdBudget: number;
  cityTier: CityTier;
  configuration: Configuration;
  rentPerMonth: number;
  otherFixedPerMonth: number;
  /** Company overhead (admin, R&D, back office) as a share of sales; absent: the planning data's companyOverheadShare. */
  overheadShare?: number;
  conversionRate: number;
  /**
   * Share of a mature store's sales bought with ads, the same on every platform: an optional override. Null: each
   * platform's own paid share (costs data).
   */
  paidShare: number | null;
  /** The user's observed cost per click, if known: shown against the CPC the plan's ROI implies. */
  costPerClick: number | null;
  maxPlatforms: number;
  teamAvailable: number | null;
  /** Platforms the user chose to consider, in entry order; null lets the plan choose by fit. */
  platforms: string[] | null;
  seasonality: readonly number[];
  brandStage: BrandStage;
  /** Sales the brand already makes a year, anywhere (entry gates read it). */
  currentAnnualSales: number;
  /** The stores the brand runs today: platform code → its current monthly sales in yuan (absent: none). */
  existingStores?: Readonly<Record<string, number>>;
  /** The VAT regime the plan pays under, and whether the company gave it (false: defaultVatRegime chose it). */
  vatRegime: VatRegime;
  vatRegimeGiven: boolean;
}

export interface PlanInput {
  company: PlanCompany;
  products: PlanProduct[];
}
