import type { ReferenceData } from "../../data/referenceData";
import { entryGateMet } from "../plan/entryGate";
import type { Product } from "./product";

/** True when the product's brand stage is known and the platform's entry gate (data) does not admit it. */
export function entryGateFailed(data: ReferenceData, platform: string, product: Product): boolean {
  return product.brandStage !== undefined && !entryGateMet(data.planning, platform, product.brandStage, product.currentAnnualSales ?? 0);
}
