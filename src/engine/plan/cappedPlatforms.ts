import type { MonthLine } from "./monthLine";
import type { CappedPlatform } from "./planTypes";

/** Platforms whose wanted ad spend exceeds their budget share in some month (by more than a fen), in entry order. */
export function cappedPlatforms(lines: readonly MonthLine[]): CappedPlatform[] {
  const capped = lines.filter((l) => l.platform !== null && l.adsWanted > l.ads + 0.01);
  const platforms = [...new Set(capped.map((l) => l.platform!))];
  return platforms.map((platform) => {
    const own = capped.filter((l) => l.platform === platform);
    const first = own[0]!;
    return { platform, months: own.length, firstMonth: first.month, wanted: first.adsWanted, spend: first.ads, sales: first.sales };
  });
}
