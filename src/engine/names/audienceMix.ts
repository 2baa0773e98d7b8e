/** One band's part in a product's audience: `weight` of the product's buyers fall in it, covering `coverage` of the band. */
export interface MixPart<K extends string> {
  key: K;
  weight: number;
  coverage: number;
}

/**
 * A product's audience as a weighted mix of the platform profiles' bands, so "18-30" counts as part 18-24 and
 * part 25-30. A single band is a mix of one part with weight 1, and scores exactly as that band alone.
 */
export interface AudienceMix<K extends string> {
  /** The range as the user meant it ("18-30", "1-2"), or the band's code when it is one band. */
  label: string;
  parts: readonly MixPart<K>[];
}

/** A band as a span of whole units (years of age, city tiers), both ends included. */
export interface BandSpan<K extends string> {
  key: K;
  low: number;
  high: number;
}

export const singleBand = <K extends string>(key: K): AudienceMix<K> => ({ label: key, parts: [{ key, weight: 1, coverage: 1 }] });

/** The mix of bands a span [low, high] overlaps, each weighted by its overlap; undefined when it overlaps none. */
export function mixOfSpan<K extends string>(label: string, bands: readonly BandSpan<K>[], low: number, high: number): AudienceMix<K> | undefined {
  const overlaps = bands.map((b) => ({ band: b, units: Math.max(0, Math.min(high, b.high) - Math.max(low, b.low) + 1) })).filter((o) => o.units > 0);
  const total = overlaps.reduce((sum, o) => sum + o.units, 0);
  if (total === 0) return undefined;
  if (overlaps.length === 1 && overlaps[0]!.units === overlaps[0]!.band.high - overlaps[0]!.band.low + 1) return singleBand(overlaps[0]!.band.key);
  return { label, parts: overlaps.map((o) => ({ key: o.band.key, weight: o.units / total, coverage: o.units / (o.band.high - o.band.low + 1) })) };
}

/** The overlap-weighted mean of a per-band value: for one band, that band's value. */
export const mixMean = <K extends string>(mix: AudienceMix<K>, valueOf: (key: K) => number): number => mix.parts.reduce((sum, p) => sum + p.weight * valueOf(p.key), 0);

/** The share of buyers inside the range, counting a band in proportion to how much of it the range covers. */
export const mixCoveredShare = <K extends string>(mix: AudienceMix<K>, shareOf: (key: K) => number): number => mix.parts.reduce((sum, p) => sum + p.coverage * shareOf(p.key), 0);
