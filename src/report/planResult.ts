import type { ReferenceData } from "../data/referenceData";
import type { Allocation, EntryStep, FitScore, MonthPlan, OrderEconomics, Product, TeamPlan } from "../engine";
import type { ScenarioProduct } from "./scenario";

export interface ProductOnPlatform {
  platform: string;
  fit: FitScore;
  economics: OrderEconomics;
  /** Orders a month to cover this platform's share of fixed costs; null when it never breaks even. */
  breakEvenOrders: number | null;
  adRatio: number;
  returnRate: number;
}

export interface ProductPlan {
  input: ScenarioProduct;
  product: Product;
  /** Every platform, best fit first. */
  platforms: ProductOnPlatform[];
}

export interface PlatformSummary {
  platform: string;
  averageFit: number;
  averageNetMargin: number;
  /** How many products make money per order on this platform. */
  profitableProducts: number;
}

export interface PlanResult {
  brand: string;
  /** The reference data the plan was computed with: the built-in card with the scenario's negotiated rates applied. */
  referenceData: ReferenceData;
  products: ProductPlan[];
  platforms: PlatformSummary[];
  recommended: string[];
  sequence: EntryStep[];
  allocation: Allocation[];
  team: TeamPlan;
  monthly: MonthPlan[];
  /** Orders a month expected per recommended platform, from the budget split. */
  ordersByPlatform: Record<string, number>;
  monthlyFixedByPlatform: Record<string, number>;
  avgOrderValue: number;
}
