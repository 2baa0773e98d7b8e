export { costLines, costLinesTotal, COST_LINE_KEYS, type CostLineRates, type CostLines, type CostVolumes } from "./costLines";
export { cashLine, settlementBase, type CashInputs, type CashLine } from "./cashLine";
export { peakCashMonth, peakCashNeed } from "./cashSummary";
export { advertisesOn, businessModelOf, costFigure, costRates, type CostRates } from "./costRates";
export { deductionRate } from "./deductionRate";
export { mixCostRates, type MixCostRates, type MixItem } from "./mixCostRates";
export { vatExact, vatPayable, type VatBase, type VatRates } from "./vatPayable";
export { defaultVatRegime, vatRatesOf } from "./vatRegime";
