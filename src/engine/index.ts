export type { Issue, IssueCode } from "./core/issue";
export { ok, fail, type Result } from "./core/result";
export { checkNumber, numberIssue, type NumberRange } from "./core/checkNumber";
export { RANGES } from "./core/ranges";
export { DEFAULTS } from "./core/defaults";
export { xmlIllegalCharacter, stripXmlIllegal } from "./core/xmlText";
export { roundHalfEven, roundToFen } from "./money/roundHalfEven";
export { allocateByWeights } from "./money/allocateByWeights";
export { normalizeName } from "./names/normalizeName";
export { resolveName } from "./names/resolveName";
export { platformIndex, categoryIndex } from "./names/referenceIndexes";
export { singleBand, mixOfSpan, mixMean, type AudienceMix, type MixPart } from "./names/audienceMix";
export { parseAgeMix, AGE_SPANS, AGE_FORMS } from "./names/parseAgeMix";
export { parseTierMix, TIER_SPANS, TIER_FORMS } from "./names/parseTierMix";
export { AGE_BAND_NAMES, GENDER_NAMES, CITY_TIER_NAMES, BRAND_STATUS_NAMES, CONTENT_CAPACITY_NAMES, CONFIGURATION_NAMES, type Gender } from "./names/enumIndexes";
export { deductions, deductionTotal, type Deductions, type DeductionLine } from "./rates/deductions";
export { typicalReturnRate } from "./rates/typicalReturnRate";
export { applyOverrides, overrideTarget } from "./rates/applyOverrides";
export { OVERRIDE_FIELDS, type OverrideField, type RateOverride } from "./rates/rateOverride";
export { orderEconomics, type OrderEconomics, type DeductionAmount } from "./margin/orderEconomics";
export { orderProfit, type OrderProfit } from "./margin/orderProfit";
export { profitModel, type ProfitFigures } from "./margin/profitModel";
export { checkEconomicsInput, type EconomicsInput } from "./margin/economicsInput";
export { breakEven, type BreakEven } from "./margin/breakEven";
export type { Product } from "./fit/product";
export { parseProduct, type ProductInput } from "./fit/parseProduct";
export { fitFactors, type FactorScore } from "./fit/fitFactors";
export { scoreFit } from "./fit/scoreFit";
export { fitScore, fitValue, type FitScore, type FitValue, type FitReason, type WeightedFactor } from "./fit/fitScore";
export { rankPlatforms } from "./fit/rankPlatforms";
export { fitDriverBasis, type DriverBasis, type DriverFigure } from "./fit/fitDriverBasis";
export type { Lang, Bilingual } from "./core/lang";
export { platformTeam, type PlatformTeam, type PlatformTeamOptions } from "./team/platformTeam";
export { monthlyCostPerPerson } from "./team/monthlySalary";
export { teamPlan, type TeamPlan, type TeamPlanInput } from "./team/teamPlan";
export { teamAtVolume, teamHeadcount, teamCostAtVolume, type TeamVolume, type TeamRates } from "./team/teamAtVolume";
export { heldTeam } from "./team/heldTeam";
export { peopleForSales } from "./team/peopleForSales";
export {
  platformTeamAt,
  platformTeamRolesAt,
  teamLookBackMonths,
  conversationsPerOrderAt,
  costPerPersonAt,
  rolesOf,
  type TeamAt,
  type TeamAtOptions,
  type TeamVolumeAt,
} from "./team/platformTeamAt";
export { teamRates, ratesAsConstants, costPerPersonByRole, conversationsPerOrder, priceBandFor, liveHostsForHours, templateCounts, type TeamShape } from "./team/teamRates";
export { trafficNeeded } from "./plan/trafficNeeded";
export { adBudget, type AdBudget } from "./plan/adBudget";
export { monthlyTargets } from "./plan/monthlyTargets";
export { allocateBudget, type Allocation, type AllocationRule } from "./plan/allocateBudget";
export { BRAND_STAGE_NAMES } from "./names/brandStageNames";
export { VAT_REGIME_NAMES } from "./names/vatRegimeNames";
export { channelPlan } from "./plan/channelPlan";
export { marketplaceSibling } from "./plan/oneStorePerMarketplace";
export type { PlanInput, PlanCompany, PlanProduct } from "./plan/planInput";
export type {
  ChannelPlan,
  PlatformPlan,
  Verdict,
  VerdictKind,
  VerdictReason,
  RunRate,
  ProductOnPlatform,
  ProductPlan,
  BudgetCheck,
  TeamMonth,
  Headline,
  PlanTotals,
} from "./plan/planTypes";
export type { MonthLine } from "./plan/monthLine";
export type { AverageOrder, CostData } from "./plan/averageOrder";
export * from "./costs";
export type { ProfitFix } from "./plan/profitFix";
export { adRatio, typicalRoi, impliedCostPerClick, impliedRoi } from "./plan/adModel";
export { ordersPerAgent } from "./team/platformTeam";
export type { IssueOf, ExpectedKind } from "./core/issue";
export { describeValue } from "./core/describeValue";
export { yesNo, YES_WORDS, NO_WORDS } from "./core/yesNo";
