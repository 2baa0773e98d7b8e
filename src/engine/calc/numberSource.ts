import type { Calculator } from "./calculator";

/** A quantity's inputs: objects by parameter name, each with the names of the numbers it holds. */
export type SourceInputs = Readonly<Record<string, readonly string[]>>;

/** The inputs as a quantity over `T` reads them: each parameter an object of values. */
export type InputsOf<G extends SourceInputs, T> = { readonly [P in keyof G]: Readonly<Record<G[P][number], T>> };

/** Operations a generated function has no use for: lists of rows and a fen split are for a month's tables, not one order. */
const unsupported = (name: string) => () => {
  throw new Error(`numberSource: ${name} has no straight-line form`);
};

/** A constant as a TypeScript literal that reads back as the same double (String gives the shortest such digits). */
function literal(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`numberSource: not a finite constant: ${n}`);
  return Object.is(n, -0) ? "-0" : String(n);
}

/** The statements the outputs need, in order: a value no output reads (a month's launch cost, at one order) is left out. */
function needed(statements: ReadonlyArray<readonly [v: string, expression: string]>, outputs: readonly string[]): string[] {
  const used = new Set(outputs);
  const kept: string[] = [];
  for (const [v, expression] of [...statements].reverse()) {
    if (!used.has(v)) continue;
    for (const operand of expression.match(/\bv\d+\b/g) ?? []) used.add(operand);
    kept.unshift(`  const ${v} = ${expression};`);
  }
  return kept;
}

/**
 * The number backend as generated TypeScript: a quantity traced once into straight-line code, one `const` per
 * operation, each as numberCalculator computes it: sums and products folded left from 0 and 1 as its loops fold them,
 * every other operation a call of numberCalculator itself. The function it writes is bit-identical to the definition
 * on numberCalculator and runs as fast as arithmetic written by hand, with no calculator, argument arrays or objects
 * in between: for quantities computed once a formula cell (NETMARGIN), where a browser add-in may not compile code at
 * run time. `inputsType` names the type of an object of the inputs; the function takes each of them as a parameter.
 * test/engine/generatedNumbers.test.ts checks that each generated file is what its definition generates.
 */
export function numberSource<const G extends SourceInputs, O extends string>(
  name: string,
  inputs: G,
  inputsType: string,
  define: <T>(c: Calculator<T>, x: InputsOf<G, T>) => Readonly<Record<O, T>>,
): { body: string; outputs: O[] } {
  const statements: Array<readonly [v: string, expression: string]> = [];
  const emit = (expression: string): string => {
    const v = `v${statements.length}`;
    statements.push([v, expression]);
    return v;
  };
  const fold = (identity: string, operator: string, xs: readonly string[]) => emit([identity, ...xs].join(` ${operator} `));
  const call = (fn: string, ...args: Array<string | number>) => emit(`N.${fn}(${args.join(", ")})`);
  const tracer: Calculator<string> = {
    backend: "number",
    constant: literal,
    add: (...terms) => fold("0", "+", terms),
    subtract: (a, b) => emit(`${a} - ${b}`),
    multiply: (...factors) => fold("1", "*", factors),
    quotient: (a, b) => emit(`${a} / ${b}`),
    divide: (a, b, whenZero = "0") => call("divide", a, b, whenZero),
    min: (...xs) => call("min", ...xs),
    max: (...xs) => call("max", ...xs),
    power: (base, exponent) => call("power", base, exponent),
    fen: (x) => call("fen", x),
    round: (x, digits) => call("round", x, digits),
    ceilWhole: (x) => call("ceilWhole", x),
    floor: (x) => call("floor", x),
    ifGreater: ((x: string, y: string, then: string | null, otherwise: string | null) =>
      emit(`${x} > ${y} ? ${then ?? "null"} : ${otherwise ?? "null"}`)) as Calculator<string>["ifGreater"],
    ifAtLeast: (x, y, then, otherwise) => emit(`${x} >= ${y} ? ${then} : ${otherwise}`),
    numeric: (x) => x,
    sum: (values) => fold("0", "+", values),
    splitFen: unsupported("splitFen"),
    sumIfs: unsupported("sumIfs"),
    sumProduct: unsupported("sumProduct"),
    lastKeyBelowZero: unsupported("lastKeyBelowZero"),
  };
  const reads = Object.fromEntries(Object.entries(inputs).map(([param, keys]) => [param, Object.fromEntries(keys.map((key) => [key, emit(`${param}.${key}`)]))])) as InputsOf<
    G,
    string
  >;
  const out = define(tracer, reads);
  const outputs = Object.keys(out) as O[];
  const body = [
    `export function ${name}(${Object.keys(inputs)
      .map((param) => `${param}: ${inputsType}["${param}"]`)
      .join(", ")}) {`,
    ...needed(
      statements,
      outputs.map((o) => out[o]),
    ),
    `  return {`,
    ...outputs.map((o) => `    ${o}: ${out[o]},`),
    `  };`,
    `}`,
  ].join("\n");
  return { body, outputs };
}
