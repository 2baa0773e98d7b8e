import type { ReferenceData } from "../../data/referenceData";
import type { Candidate } from "./candidates";

export interface MarketplaceStores {
  /** Candidates in their order, at most one store type of each marketplace: the first (best-fitting) one. */
  kept: Candidate[];
  /** Store types of a marketplace whose better-fitting sibling is kept. */
  shadowed: Candidate[];
}

/**
 * By default a brand opens one store type per marketplace (fit rules: store types): a C-store beside the brand's own
 * flagship would compete for the same buyers. The user who chooses both (a clearance or second-hand outlet) gets both.
 */
export function oneStorePerMarketplace(data: ReferenceData, candidates: readonly Candidate[]): MarketplaceStores {
  const taken = new Set<string>();
  const kept: Candidate[] = [];
  const shadowed: Candidate[] = [];
  for (const c of candidates) {
    const marketplace = data.fitRules.storeTypes[c.platform]?.marketplace;
    if (marketplace !== undefined && taken.has(marketplace)) shadowed.push(c);
    else {
      if (marketplace !== undefined) taken.add(marketplace);
      kept.push(c);
    }
  }
  return { kept, shadowed };
}

/** The store type of the same marketplace among the given platforms, if any (for the reason a store was not entered). */
export function marketplaceSibling(data: ReferenceData, platform: string, among: readonly string[]): string | null {
  const marketplace = data.fitRules.storeTypes[platform]?.marketplace;
  if (marketplace === undefined) return null;
  return among.find((p) => p !== platform && data.fitRules.storeTypes[p]?.marketplace === marketplace) ?? null;
}
