/** What a number means, named once; the catalogue (src/messages) holds the words for each. */
export const HINT_KEYS = [
  "fraction",
  "conversionRate",
  "adRatio",
  "paymentFee",
  "returnRateMultiple",
  "returnRateAdjustment",
  "adRoi",
  "ageInYears",
  "ageOrRange",
  "cityTier",
  "price",
  "storeSales",
] as const;
export type HintKey = (typeof HINT_KEYS)[number];
