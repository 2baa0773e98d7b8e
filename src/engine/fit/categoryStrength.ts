import type { PlatformProfile } from "../../data/schema/profiles";

/**
 * How strong a platform is in a category, 0–1: the platform's share of the category's online sales against its share
 * of all online sales (an over-index), capped at 1. A platform that sells at least its overall share of a category is
 * a leading place for it (1); one that sells half its overall share scores 0.5. Niche platforms (Dewu, Xiaohongshu)
 * score high where they specialise, however small their sales. The model's one definition of category strength.
 */
export function categoryStrength(profile: PlatformProfile, category: string): number {
  const share = profile.categoryShare[category]?.value ?? 0;
  const online = profile.onlineShare.value;
  return online > 0 ? Math.min(1, Math.max(0, share / online)) : 0;
}
