import { allocateByWeights } from "../money/allocateByWeights";
import { roundToFen } from "../money/roundHalfEven";
import type { Calculator, Criterion } from "./calculator";

const TOLERANCE = 1e-9;

/** Excel's ROUND: halves away from zero, judged on the decimal the user sees (x.xx5 stored as x.xx4999… still rounds up). */
export function excelRound(x: number, digits: number): number {
  const factor = 10 ** digits;
  const scaled = Math.abs(x) * factor;
  const nudged = scaled + TOLERANCE * Math.max(1, 1e-4 * scaled);
  return (Math.sign(x) * Math.floor(nudged + 0.5)) / factor + 0;
}

/** The engine's backend: plain numbers, each operation as the Excel function the formula backend writes. */
export const numberCalculator: Calculator<number> = {
  backend: "number",
  constant: (n) => n,
  // Loops, not reduce: the same sums and products in the same order, without a callback per term (formulas call these per cell).
  add: (...terms) => {
    let sum = 0;
    for (let i = 0; i < terms.length; i++) sum += terms[i]!;
    return sum;
  },
  subtract: (a, b) => a - b,
  multiply: (...factors) => {
    let product = 1;
    for (let i = 0; i < factors.length; i++) product *= factors[i]!;
    return product;
  },
  quotient: (a, b) => a / b,
  divide: (a, b, whenZero = 0) => (b === 0 ? whenZero : a / b),
  min: (...xs) => Math.min(...xs),
  max: (...xs) => Math.max(...xs),
  power: (base, exponent) => base ** exponent,
  fen: roundToFen,
  round: excelRound,
  ceilWhole: (x) => Math.max(0, Math.ceil(x - TOLERANCE)),
  floor: Math.floor,
  ifGreater: ((x: number, y: number, then: number | null, otherwise: number | null) => (x > y ? then : otherwise)) as Calculator<number>["ifGreater"],
  ifAtLeast: (x, y, then, otherwise) => (x >= y ? then : otherwise),
  numeric: (x) => x,
  splitFen: (amount, weights, i) => {
    if (weights.length === 1) return excelRound(amount, 2);
    const total = weights.reduce((a, b) => a + b, 0);
    return allocateByWeights(excelRound(amount, 2), total > 0 ? weights : weights.map(() => 1))[i]!;
  },
  sum: (values) => values.reduce((a, b) => a + b, 0),
  sumIfs: (values, criteria) => {
    let sum = 0;
    for (let i = 0; i < values.length; i++) if (criteria.every((c) => meets(c, i))) sum += values[i]!;
    return sum;
  },
  sumProduct: (...columns) => {
    let sum = 0;
    for (let i = 0; i < columns[0]!.length; i++) {
      let product = columns[0]![i]!;
      for (let j = 1; j < columns.length; j++) product *= columns[j]![i]!;
      sum += product;
    }
    return sum;
  },
  lastKeyBelowZero: (values, keys) => {
    let last = 0;
    for (let i = 0; i < values.length; i++) if (values[i]! < 0) last = Math.max(last, keys[i]!);
    return last;
  },
};

function meets(c: Criterion<number>, row: number): boolean {
  const key = c.keys[row]!;
  return c.is === "=" ? key === c.key : key <= c.key;
}
