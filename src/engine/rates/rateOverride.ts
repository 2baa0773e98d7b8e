/**
 * A user's negotiated rate as typed in the wizard or a workbook table: names may be aliases
 * ("天猫", "佣金"). `category` is required for commission, optional for another deduction (its rate for that category) and ignored otherwise.
 */
export interface RateOverride {
  platform: string;
  field: OverrideField | string;
  category?: string;
  value: number;
  note?: string;
}

/** The fields an override may set; a platform's other deductions (Tmall's points rebate) are named by their id or name. */
export const OVERRIDE_FIELDS = ["commission", "paymentFee", "perOrderFee", "annualFee", "returnRateMultiple", "returnRateAdjustment", "adRoiLow", "adRoiHigh"] as const;
export type OverrideField = (typeof OVERRIDE_FIELDS)[number];
