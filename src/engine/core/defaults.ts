/** Defaults of the company's assumptions, shared by formulas, scenarios and the wizard. */
export const COMPANY_DEFAULTS = {
  cityTier: 2,
  configuration: "lean",
  rentPerMonth: 0,
  otherFixedPerMonth: 0,
  conversionRate: 0.02,
  paidShare: 0.4,
  maxPlatforms: 3,
  brandStage: "new",
  currentAnnualSales: 0,
} as const;
