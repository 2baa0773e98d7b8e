export type { Calculator, Quantity } from "./calculator";
export { unroundedFen } from "./calculator";
export { numberCalculator, excelRound } from "./numberCalculator";
export { formulaCalculator, formulaNumber } from "./formulaCalculator";
