import { z } from "zod";
import { code, figureOf, fraction, sourceDate, sourceEntry, text } from "./figure";

export const AGE_BANDS = ["18-24", "25-30", "31-40", "41+"] as const;
export const CITY_TIERS = ["1", "2", "3"] as const;
export const BRAND_STATUSES = ["none", "applied", "registered"] as const;

const share = fraction();
const shareFigure = figureOf(share);
/** One figure per band (each sourced or an estimate); their values must add up to 1. */
const sharesOf = <K extends readonly [string, ...string[]]>(keys: K) =>
  z
    .record(z.enum(keys), shareFigure)
    .refine((s) => Math.abs((Object.values(s) as Array<{ value: number }>).reduce((a, b) => a + b.value, 0) - 1) < 0.011, { message: "shares must add up to 1" });

/** A figure as its source states it (its own age band or city grouping), quoted verbatim; the shares above are derived from these. */
const evidence = z.strictObject({
  about: text(200),
  value: share,
  source: text(80),
  asOf: sourceDate.refine((d) => d !== "undated", { message: "an undated source cannot date a figure" }),
  excerpt: text(600),
  note: text(600).optional(),
});

const profile = z.strictObject({
  /**
   * Per category: the platform's share of the category's online sales (GMV), as a source states it or an estimate naming
   * the share it assumes, its evidence and range. The 0–1 category strength is derived from it (engine/fit/categoryStrength).
   */
  categoryShare: z.record(code, shareFigure),
  /** The platform's share of all online retail sales (GMV): the yardstick its category shares are read against. */
  onlineShare: shareFigure,
  priceTier: shareFigure,
  audience: z.strictObject({
    ageShare: sharesOf(AGE_BANDS),
    femaleShare: shareFigure,
    cityTierShare: sharesOf(CITY_TIERS),
  }),
  contentDemand: share,
  contentLed: z.boolean(),
  /**
   * The platform buys the brand's goods and sells them itself (JD self-operated, Vipshop): the brand runs a supply
   * account (staffing templates' supplyAccount), not a store, so no buyer-facing team grows with its orders.
   */
  supplyAccount: z.boolean().optional(),
  brandRequirement: z.strictObject({ minimum: z.enum(BRAND_STATUSES), orientation: share, note: text(300) }),
  evidence: z.array(evidence).max(40).optional(),
});

export const profilesSchema = z.strictObject({
  version: text(40),
  asOf: z.iso.date(),
  notes: text(2000),
  ageBands: z.tuple([z.literal("18-24"), z.literal("25-30"), z.literal("31-40"), z.literal("41+")]),
  cityTiers: z.tuple([z.literal("1"), z.literal("2"), z.literal("3")]),
  platforms: z.record(code, profile),
  brandOrientationBasis: text(1000),
  sources: z.record(z.string().max(20), sourceEntry),
});

export type Profiles = z.infer<typeof profilesSchema>;
export type PlatformProfile = Profiles["platforms"][string];
export type AgeBand = (typeof AGE_BANDS)[number];
export type CityTier = (typeof CITY_TIERS)[number];
export type BrandStatus = (typeof BRAND_STATUSES)[number];
