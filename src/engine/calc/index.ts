export type { Calculator, Quantity } from "./calculator";
export { numberCalculator, excelRound } from "./numberCalculator";
export { formulaCalculator, formulaNumber } from "./formulaCalculator";
