/**
 * The arithmetic a model quantity may use, written once and run on two backends: numbers (the engine's results) and
 * Excel formulas (the live workbook). A quantity is a function `<T>(c: Calculator<T>, inputs) => T`; the number
 * backend gives its value, the formula backend its formula over the cells that hold the inputs.
 * Every operation means exactly what the Excel function it becomes means, so the two backends agree to the fen.
 */
export interface Calculator<T> {
  readonly backend: "number" | "formula";
  /** A constant written into the model (a literal in a formula). */
  constant(n: number): T;
  add(...terms: T[]): T;
  subtract(a: T, b: T): T;
  multiply(...factors: T[]): T;
  /** a ÷ b for a b that cannot be 0 (a total already checked): no guard, so it also divides a whole column. */
  quotient(a: T, b: T): T;
  /** a ÷ b, and `whenZero` (default 0) where b is 0: no #DIV/0! in a workbook a boss edits. */
  divide(a: T, b: T, whenZero?: T): T;
  min(...xs: T[]): T;
  max(...xs: T[]): T;
  power(base: T, exponent: T): T;
  /** Half-to-even rounding to the fen, the engine's money rounding (roundToFen). */
  fen(x: T): T;
  /** Excel's ROUND: halves away from zero. */
  round(x: T, digits: number): T;
  /** The smallest whole number ≥ x, ignoring float noise below 1e-9 (⌈0.1 × 30⌉ is 3, not 4); never below 0. */
  ceilWhole(x: T): T;
  /** The largest whole number ≤ x (Excel's INT). */
  floor(x: T): T;
  /** x > y ? then : otherwise; a branch may be null, no value (an empty cell's "" in a workbook). */
  ifGreater(x: T, y: T, then: T, otherwise: T): T;
  ifGreater(x: T, y: T, then: T | null, otherwise: T | null): T | null;
  /** x ≥ y ? then : otherwise. */
  ifAtLeast(x: T, y: T, then: T, otherwise: T): T;
  /** x as a number: a workbook cell left blank or holding text reads as 0; a number is itself. */
  numeric(x: T): T;
  /**
   * The i-th of `amount` (≥ 0) split by `weights` (≥ 0; all 0 splits equally) in whole fen that add up to the amount
   * (largest remainders, ties to the earlier). `weightsTotal`, their sum where one cell or range already gives it,
   * keeps a long split's formula within Excel's 8,192 characters.
   */
  splitFen(amount: T, weights: readonly T[], i: number, weightsTotal?: T): T;
  /** The sum of a column or list of values. */
  sum(values: readonly T[]): T;
  /** The sum of the values on the rows whose keys meet every criterion (Excel's SUMIFS). */
  sumIfs(values: readonly T[], criteria: readonly Criterion<T>[]): T;
  /** Σ over rows of the product of the columns, multiplied left to right (Excel's SUMPRODUCT where each is one column). */
  sumProduct(...columns: readonly (readonly T[])[]): T;
  /** The largest key among the rows whose value is below 0; 0 when none is (a running total's last month in the red). */
  lastKeyBelowZero(values: readonly T[], keys: readonly T[]): T;
}

/**
 * A test on a key column: its value equals `key`, or is at most `key`. Keys may be codes (text) on the number
 * backend; in a formula a text key is a text literal or a cell.
 */
export interface Criterion<T> {
  keys: readonly (T | string)[];
  is: "=" | "<=";
  key: T | string;
}

/** A model quantity over named inputs, one definition for both backends. */
export type Quantity<K extends string> = <T>(c: Calculator<T>, x: Readonly<Record<K, T>>) => T;

/** The same calculator without rounding to the fen: a per-order line stays exact until a month multiplies it by orders. */
export const unroundedFen = <T>(c: Calculator<T>): Calculator<T> => ({ ...c, fen: (x: T) => x });

/**
 * Quantities already placed in cells, by name: a quantity that feeds others is referenced there instead of written
 * out again, so a formula stays short (each half-even rounding repeats its argument). Empty on the number backend.
 */
export type Placed<T> = Readonly<Partial<Record<string, T>>>;
