import type { ReferenceData } from "../../data/referenceData";
import type { Candidate } from "./candidates";

/**
 * The candidates, in their order, that fit within the brand's limit of platforms (`company.maxPlatforms`, at least
 * the running stores): the limit counts marketplaces (fit rules: store types), so a second store type of a marketplace
 * already in the plan (JD self-operated beside the JD POP store) takes no platform of its own.
 */
export function withinPlatformLimit(data: ReferenceData, candidates: readonly Candidate[], limit: number): Candidate[] {
  const counted = new Set<string>();
  return candidates.filter((c) => {
    const marketplace = data.fitRules.storeTypes[c.platform]?.marketplace ?? c.platform;
    if (!counted.has(marketplace) && counted.size >= limit) return false;
    counted.add(marketplace);
    return true;
  });
}
