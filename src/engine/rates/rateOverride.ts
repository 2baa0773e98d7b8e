/** A user's negotiated rate. `category` is required for commission and ignored otherwise. */
export interface RateOverride {
  platform: string;
  field: OverrideField;
  category?: string;
  value: number;
  note?: string;
}

export const OVERRIDE_FIELDS = ["commission", "paymentFee", "perOrderFee", "returnRateAdjustment", "adRoiLow", "adRoiHigh"] as const;
export type OverrideField = (typeof OVERRIDE_FIELDS)[number];
