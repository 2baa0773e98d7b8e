export type { Calculator, Quantity } from "./calculator";
export { unroundedFen } from "./calculator";
export { numberCalculator, excelRound } from "./numberCalculator";
export { formulaCalculator, formulaNumber, formulaText, type KeyColumn } from "./formulaCalculator";
