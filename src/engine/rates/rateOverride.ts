/**
 * A user's negotiated rate as typed in the wizard or a workbook table: names may be aliases
 * ("天猫", "佣金"). `category` is required for commission and ignored otherwise.
 */
export interface RateOverride {
  platform: string;
  field: OverrideField | string;
  category?: string;
  value: number;
  note?: string;
}

export const OVERRIDE_FIELDS = ["commission", "paymentFee", "perOrderFee", "returnRateAdjustment", "adRoiLow", "adRoiHigh"] as const;
export type OverrideField = (typeof OVERRIDE_FIELDS)[number];
