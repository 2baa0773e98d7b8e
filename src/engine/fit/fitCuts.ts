import type { ReferenceData } from "../../data/referenceData";
import { entryGateFailed } from "./entryGateFailed";
import type { FitTable, PlatformFit } from "./fitTable";
import type { Product } from "./product";

/** What cuts a platform's fit score after the weighted mean of its factors, each from the data. */
export interface FitCuts {
  /** The platform's trademark rule is not met (its brand factor is 0). */
  brandGate: boolean;
  /** The brand's stage does not pass the platform's entry gate. */
  entryGate: boolean;
  /** The platform is a store type of its marketplace for other brands than this one (fit rules: store types). */
  storeType: boolean;
  /** The platform serves only part of the category (fit rules: scopes); 1 where it serves all of it. */
  scope: number;
  /** A new brand on a platform that sells mostly to a brand's own following (fit rules: ownFollowing). */
  noFollowing: boolean;
}

export function fitCuts(data: ReferenceData, p: PlatformFit, platform: string, product: Product): FitCuts {
  const status = product.brandStatus;
  return {
    brandGate: status !== undefined && p.brand[status] === 0,
    entryGate: entryGateFailed(data, platform, product),
    storeType: status !== undefined && p.storeServes !== null && !p.storeServes.includes(status),
    scope: p.categories[product.category]!.rules.scope,
    noFollowing: product.brandStage === "new" && p.sellsToFollowing,
  };
}

/** The product of the cuts: a failed gate (either) by the gate multiplier, the others by their own (data), times the scope. */
export const cutMultiplier = (table: FitTable, cuts: FitCuts): number =>
  (cuts.brandGate || cuts.entryGate ? table.brandGateMultiplier : 1) *
  (cuts.storeType ? table.storeTypeMismatch : 1) *
  cuts.scope *
  (cuts.noFollowing ? table.newBrandNoFollowing : 1);
