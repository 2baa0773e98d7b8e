import { z } from "zod";
import { code, fraction, text } from "./figure";
import { BRAND_STATUSES } from "./profiles";

/** A rule's reasoning as an operator would give it, in both languages; shown where the rule acts. */
const reasoning = z.strictObject({ zh: text(400), en: text(600) });
const estimated = <T extends z.ZodType>(value: T) => z.strictObject({ value, estimate: text(600) });

/** A platform that is one store type of a marketplace (Tmall flagship, Taobao C-store of the one Taobao marketplace). */
const storeType = z.strictObject({
  marketplace: code,
  name: z.strictObject({ zh: text(40), en: text(60) }),
  /** The brand statuses this store type is for; a brand outside them is better served by a sibling store type. */
  serves: z.array(z.enum(BRAND_STATUSES)).min(1).max(3).optional(),
  /**
   * The brand runs this store type beside the marketplace's others, not instead of them (a supply account: the
   * platform is the seller): it neither takes the marketplace's one store nor is left out for a sibling.
   */
  opensAlongside: z.boolean().optional(),
  reason: reasoning,
});

/** A platform that serves only part of the categories (Dewu: authenticated trend goods): its score is cut elsewhere. */
const scope = z.strictObject({
  /** Per category, the multiplier on the score: 1 where the platform serves the category, less where only part of it. */
  categories: z.record(code, fraction()),
  /** The multiplier for every category not listed. */
  otherwise: fraction(),
  serves: reasoning,
  estimate: text(600),
});

/**
 * Operator rules of fit that are relations between platforms, categories and a brand's traits rather than figures of one
 * platform: store types of one marketplace, categories where trust weighs, the content platforms' lift, narrow scopes.
 * The engine reads every switch from here; no platform is named in code.
 */
export const fitRulesSchema = z.strictObject({
  version: text(40),
  asOf: z.iso.date(),
  notes: text(1000),
  storeTypes: z.record(code, storeType),
  /** The score multiplier on a store type for a brand status it does not serve. */
  storeTypeMismatch: estimated(fraction()),
  trustSensitive: z.strictObject({
    categories: z.array(code).min(1),
    /** How many times its usual weight brand status carries in these categories. */
    brandWeight: estimated(z.number().min(1).max(10)),
    reason: reasoning,
  }),
  contentLift: z.strictObject({
    platforms: z.array(code).min(1),
    /** The category strength from which a content platform counts the category as strong there. */
    minStrength: estimated(fraction()),
    /** At full content capacity, the share of the gap to 1 that content closes in the category's strength there. */
    strengthLift: estimated(fraction()),
    reason: reasoning,
  }),
  scopes: z.record(code, scope),
  /** Platforms that sell mostly to a brand's own following (private domain): a new brand has none there yet. */
  ownFollowing: z.strictObject({
    platforms: z.array(code).min(1),
    /** The score multiplier on these platforms for a new brand. */
    newBrand: estimated(fraction()),
    reason: reasoning,
  }),
});

export type FitRules = z.infer<typeof fitRulesSchema>;
export type StoreType = z.infer<typeof storeType>;
