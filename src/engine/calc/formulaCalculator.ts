import type { Calculator, Criterion } from "./calculator";

/** A number written into a formula: full precision, never in exponent form. */
export const formulaNumber = (x: number): string => {
  if (!Number.isFinite(x) || Math.abs(x) >= 1e21) throw new RangeError(`not a number a formula can hold: ${x}`);
  const shortest = String(x + 0);
  if (!shortest.includes("e")) return shortest;
  for (let digits = 1; digits <= 100; digits++) if (Number(x.toFixed(digits)) === x) return x.toFixed(digits);
  return x.toFixed(100);
};

const wrap = (x: string) => (/^[-$A-Za-z0-9_.!']+$/.test(x) && !/^-/.test(x) ? x : `(${x})`);
const list = (xs: readonly string[]) => xs.join(",");

const CELL = /^((?:'[^']*(?:''[^']*)*'|[^'!(),]+)!)?\$([A-Z]+)\$(\d+)$/;

/** Runs of cells one under another in one column, written as ranges: a boss reads SUM($E$32:$E$43), not twelve cells. */
export function asRanges(xs: readonly string[]): string[] {
  const out: string[] = [];
  let run: { sheet: string; col: string; first: number; last: number } | null = null;
  const flush = () => run && out.push(run.first === run.last ? `${run.sheet}$${run.col}$${run.first}` : `${run.sheet}$${run.col}$${run.first}:$${run.col}$${run.last}`);
  for (const x of xs) {
    const m = CELL.exec(x);
    const cell = m ? { sheet: m[1] ?? "", col: m[2]!, row: Number(m[3]) } : null;
    if (cell && run && cell.sheet === run.sheet && cell.col === run.col && cell.row === run.last + 1) {
      run.last = cell.row;
      continue;
    }
    flush();
    run = null;
    if (cell) run = { sheet: cell.sheet, col: cell.col, first: cell.row, last: cell.row };
    else out.push(x);
  }
  flush();
  return out;
}
const TOLERANCE = "0.000000001";

/**
 * The engine's half-even rounding to the fen as a formula: an exact half fen, within the engine's tolerance, goes to
 * the even fen; anything else rounds as ROUND(x,2). ROUND alone rounds halves up, and halves are common here
 * (¥399 × 12.5% is ¥49.875). Worked on |x| and signed after, since INT of a negative number is a floor in Excel and a
 * truncation in HyperFormula; half-even is symmetric, so the result is the same.
 */
function fen(x: string): string {
  const scaled = `ABS(${x})*100`;
  const tie = `ABS(${scaled}-INT(${scaled})-0.5)<=${TOLERANCE}*MAX(1,0.0001*${scaled})`;
  return `SIGN(${x})*IF(${tie},(INT(${scaled})+MOD(INT(${scaled}),2))/100,ROUND(ABS(${x}),2))`;
}

/** The largest whole number ≤ x, written so that every engine agrees on negatives (see fen). */
const floor = (x: string) => `IF(${wrap(x)}<0,-ROUNDUP(-${wrap(x)},0),ROUNDDOWN(${x},0))`;

/**
 * The engine's fen-exact split as one formula (amount and weights ≥ 0): each part gets its whole fen; the fen left over go to the largest
 * remainders, ties to the earlier weight. All weights zero split equally. The rank is a sum of comparisons forced to a
 * number (0+…): Excel and WPS rank a lone TRUE above every number.
 */
function splitFen(amount: string, weights: readonly string[], i: number, weightsTotal?: string): string {
  if (weights.length === 1) return `ROUND(${amount},2)`;
  const whole = `ROUND(${wrap(amount)}*100,0)`;
  const sum = weightsTotal ?? `(${weights.join("+")})`;
  const weight = (j: number) => `IF(${sum}>0,${wrap(weights[j]!)},1)`;
  const total = `IF(${sum}>0,${sum},${weights.length})`;
  const exact = (j: number) => `${whole}*${weight(j)}/${total}`;
  const rem = (j: number) => `(${exact(j)}-INT(${exact(j)}))`;
  const left = `(${whole}-(${weights.map((_, j) => `INT(${exact(j)})`).join("+")}))`;
  const rank = weights
    .map((_, j) => (j === i ? null : j < i ? `(${rem(j)}>=${rem(i)})` : `(${rem(j)}>${rem(i)})`))
    .filter((t) => t !== null)
    .join("+");
  return `(INT(${exact(i)})+IF(0+${rank}<${left},1,0))/100`;
}

/** A column of a table as the one range (or array expression) a SUMIFS or SUMPRODUCT reads. */
function column(xs: readonly string[]): string {
  const ranges = asRanges(xs);
  if (ranges.length !== 1) throw new Error(`a column must be one range, not ${ranges.length} pieces: ${ranges.slice(0, 3).join(", ")}`);
  return ranges[0]!;
}

/** A criterion as SUMIFS reads it: the key itself for "=", the text "<=key" otherwise. */
const criterion = (c: Criterion<string>): string => (c.is === "=" ? c.key : /^-?[0-9.]+$/.test(c.key) ? `"<=${c.key}"` : `"<="&${wrap(c.key)}`);

/**
 * SUMPRODUCT of columns each one range or array expression, multiplied in the formula (a comparison's TRUE counts 1);
 * lists of cells that are not one column each (a row of a table) are summed as products.
 */
function sumProduct(...columns: readonly (readonly string[])[]): string {
  const ranges = columns.map(asRanges);
  if (ranges.every((r) => r.length === 1) && (columns.length > 1 || columns[0]!.length === 1)) {
    return `SUMPRODUCT(${columns.length === 1 ? `${wrap(ranges[0]![0]!)}*1` : ranges.map((r) => wrap(r[0]!)).join("*")})`;
  }
  return formulaCalculator.add(...columns[0]!.map((_, i) => formulaCalculator.multiply(...columns.map((c) => c[i]!))));
}

function sumIfs(values: readonly string[], criteria: readonly Criterion<string>[]): string {
  return `SUMIFS(${[column(values), ...criteria.flatMap((c) => [column(c.keys), criterion(c)])].join(",")})`;
}

/** A text written into a formula as a string literal. */
export const formulaText = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** A key column of a table and the key its row must hold (a formula: a text literal or a cell). */
export type KeyColumn = readonly [range: string, key: string];

const matches = (keys: readonly KeyColumn[]) => `${keys.map(([range, key]) => `(${range}=${key})`).join("*")}*1`;

/**
 * The value on the one row of a table whose key columns hold the given keys: an exact whole-cell comparison (no
 * wildcards, case ignored as Excel's = ignores it), so the table may be sorted and rows inserted or moved. No such
 * row, or more than one, gives #N/A, never another row's value.
 */
function lookup(values: string, keys: readonly KeyColumn[]): string {
  return `IF(SUMPRODUCT(${matches(keys)})=1,SUMPRODUCT(${matches(keys)},${values}),NA())`;
}

/** Operations only a workbook has: finding a row of a table by its key, and checks on the workbook itself. */
export interface TableLookups {
  lookup(values: string, keys: readonly KeyColumn[]): string;
  text(text: string): string;
  /** 1 on the rows of a key column that hold `key`, else 0, as one column for sumProduct. */
  rowsWhere(keys: string, key: string): string[];
  /** 1 when no row, or more than one, holds the keys (where lookup gives #N/A), else 0. */
  keyMissing(keys: readonly KeyColumn[]): string;
  /** How many cells of a range hold anything (Excel's COUNTA). */
  filledCells(range: string): string;
  /** How many error values (#N/A, #VALUE!, …) a cell or range holds. */
  errorCount(x: string): string;
  /** The value of the first case whose condition holds, else `otherwise` (nested IF). */
  firstOf(cases: readonly (readonly [condition: string, value: string])[], otherwise: string): string;
}

/**
 * The workbook's backend: each value is the text of an Excel formula (without "="), built from references to the
 * cells that hold the inputs. Only functions that Excel, WPS, LibreOffice and HyperFormula all evaluate alike.
 */
export const formulaCalculator: Calculator<string> & TableLookups = {
  backend: "formula",
  constant: formulaNumber,
  add: (...terms) => (terms.length === 0 ? "0" : terms.length === 1 ? terms[0]! : `(${terms.join("+")})`),
  subtract: (a, b) => `(${a}-${wrap(b)})`,
  multiply: (...factors) => (factors.length === 0 ? "1" : factors.map(wrap).join("*")),
  quotient: (a, b) => `${wrap(a)}/${wrap(b)}`,
  divide: (a, b, whenZero = "0") => (/^[0-9.]+$/.test(b) && Number(b) !== 0 ? `${wrap(a)}/${b}` : `IF(${wrap(b)}=0,${whenZero},${wrap(a)}/${wrap(b)})`),
  min: (...xs) => `MIN(${list(xs)})`,
  max: (...xs) => `MAX(${list(xs)})`,
  power: (base, exponent) => `POWER(${base},${exponent})`,
  fen,
  round: (x, digits) => `ROUND(${x},${digits})`,
  ceilWhole: (x) => `MAX(0,ROUNDUP(${wrap(x)}-${TOLERANCE},0))`,
  floor,
  ifGreater: (x: string, y: string, then: string | null, otherwise: string | null) => `IF(${wrap(x)}>${wrap(y)},${then ?? '""'},${otherwise ?? '""'})`,
  ifAtLeast: (x, y, then, otherwise) => `IF(${wrap(x)}>=${wrap(y)},${then},${otherwise})`,
  numeric: (x) => `IF(ISNUMBER(${x}),${x},0)`,
  splitFen,
  sum: (values) => (values.length === 0 ? "0" : `SUM(${list(asRanges(values))})`),
  sumIfs,
  sumProduct,
  lastKeyBelowZero: (values, keys) => `SUMPRODUCT(MAX((${column(values)}<0)*${column(keys)}))`,
  lookup,
  keyMissing: (keys) => `(SUMPRODUCT(${matches(keys)})<>1)*1`,
  text: formulaText,
  rowsWhere: (keys, key) => [`(${keys}=${key})`],
  filledCells: (range) => `COUNTA(${range})`,
  errorCount: (x) => (x.includes(":") ? `SUMPRODUCT(ISERROR(${x})*1)` : `ISERROR(${x})*1`),
  firstOf: (cases, otherwise) => cases.reduceRight((rest, [condition, value]) => `IF(${condition},${value},${rest})`, otherwise),
};
