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
 * flagship would compete for the same buyers. A supply account the platform sells itself (JD self-operated) is opened
 * beside the brand's own store there (fit rules: opensAlongside). The user who chooses both (a clearance or second-hand outlet) gets both;
 * a store the brand already runs is always kept and claims its marketplace first.
 */
export function oneStorePerMarketplace(data: ReferenceData, candidates: readonly Candidate[], running: ReadonlySet<string> = new Set()): MarketplaceStores {
  // A store type opened alongside the others (fit rules: opensAlongside) is outside the one-store rule.
  const marketplaceOf = (c: Candidate) => {
    const type = data.fitRules.storeTypes[c.platform];
    return type?.opensAlongside ? undefined : type?.marketplace;
  };
  const taken = new Set(candidates.filter((c) => running.has(c.platform)).map(marketplaceOf));
  const kept: Candidate[] = [];
  const shadowed: Candidate[] = [];
  for (const c of candidates) {
    const marketplace = marketplaceOf(c);
    if (running.has(c.platform) || marketplace === undefined) kept.push(c);
    else if (taken.has(marketplace)) shadowed.push(c);
    else {
      taken.add(marketplace);
      kept.push(c);
    }
  }
  return { kept, shadowed };
}

/** The store type of the same marketplace among the given platforms, if any (for the reason a store was not entered). */
export function marketplaceSibling(data: ReferenceData, platform: string, among: readonly string[]): string | null {
  const marketplace = data.fitRules.storeTypes[platform]?.marketplace;
  if (marketplace === undefined) return null;
  return among.find((p) => p !== platform && data.fitRules.storeTypes[p]?.marketplace === marketplace && !data.fitRules.storeTypes[p]?.opensAlongside) ?? null;
}
