/* Registers the shipped CHANNEL.* functions into HyperFormula (GPL-3.0; dev/test only) so sheets
   can be evaluated with formulas exactly as a user types them. */
import { ArraySize, CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from "hyperformula";
import { loadShippedBundle, ShippedError, type FunctionMetadata } from "./shippedBundle";

type Fn = (...args: unknown[]) => unknown;
type Address = { sheet: number; row: number; col: number };
type Ref = { toSimpleCellAddress(a: unknown): Address };
type Ast = { type: string; value?: unknown; reference?: Ref; expression?: Ast; start?: Ref; end?: Ref };
type PluginThis = FunctionPlugin & { dependencyGraph: { getScalarValue(a: unknown): unknown } };

const ERROR_TYPES: Record<string, ErrorType> = { "#VALUE!": ErrorType.VALUE, "#N/A": ErrorType.NA, "#NUM!": ErrorType.NUM, "#DIV/0!": ErrorType.DIV_BY_ZERO };

const plain = (v: unknown): unknown => (v === EmptyValue ? null : v instanceof Object && "val" in (v as object) ? (v as { val: unknown }).val : v);

function argumentType(p: FunctionMetadata["parameters"][number]): FunctionArgumentType {
  if (p.dimensionality === "matrix") return FunctionArgumentType.RANGE;
  return { number: FunctionArgumentType.NUMBER, string: FunctionArgumentType.STRING, boolean: FunctionArgumentType.BOOLEAN }[p.type] ?? FunctionArgumentType.SCALAR;
}

function toExcelArgs(meta: FunctionMetadata, args: unknown[]): unknown[] {
  return meta.parameters.map((p, i) => {
    const a = args[i];
    if (a === undefined) return null; // Excel passes omitted optionals as null
    if (a instanceof SimpleRangeValue) return a.rawData().map((row) => row.map(plain));
    if (p.dimensionality === "matrix") return [[plain(a)]];
    return plain(a);
  });
}

function toCellValue(run: () => unknown): unknown {
  try {
    const value = run();
    return Array.isArray(value) ? SimpleRangeValue.onlyValues(value as never) : value;
  } catch (e) {
    if (e instanceof ShippedError) return new CellError(ERROR_TYPES[e.code] ?? ErrorType.VALUE, e.message);
    throw e; // a raw exception is a defect: let the test see it
  }
}

/** Reads literal and plain-value arguments from the formula so a spilled result's size can be known before evaluation. */
function literalArgs(self: PluginThis, args: Ast[], state: { formulaAddress: unknown }): unknown[] {
  return args.map((arg) => {
    let a = arg;
    while (a.type === "PARENTHESIS" && a.expression) a = a.expression;
    if (a.type === "NUMBER" || a.type === "STRING") return a.value;
    if (a.type === "EMPTY") return undefined;
    if (a.type === "CELL_REFERENCE") return plain(self.dependencyGraph.getScalarValue(a.reference!.toSimpleCellAddress(state.formulaAddress)));
    if (a.type === "CELL_RANGE") {
      const start = a.start!.toSimpleCellAddress(state.formulaAddress);
      const end = a.end!.toSimpleCellAddress(state.formulaAddress);
      const rows: unknown[][] = [];
      for (let r = start.row; r <= end.row; r++) {
        const row: unknown[] = [];
        for (let c = start.col; c <= end.col; c++) row.push(plain(self.dependencyGraph.getScalarValue({ sheet: start.sheet, row: r, col: c })));
        rows.push(row);
      }
      return SimpleRangeValue.onlyValues(rows as never);
    }
    return undefined;
  });
}

export interface Workbook {
  hf: HyperFormula;
  /** Value of a cell by A1 address on the first sheet. */
  value(a1: string): unknown;
  /** Values of a spilled block starting at an A1 address, rows × cols. */
  block(a1: string, rows: number, cols: number): unknown[][];
}

let registeredFor: string | undefined;

/** Builds a one-sheet workbook from rows of raw cell contents ("=CHANNEL.FIT(...)", numbers, text). */
export function workbook(rows: unknown[][], displayLanguage?: string): Workbook {
  const key = displayLanguage ?? "en";
  if (registeredFor !== key) {
    if (registeredFor) HyperFormula.unregisterFunctionPlugin(ChannelPlugin);
    register(displayLanguage);
    registeredFor = key;
  }
  // Values first, then formulas, as a user fills a sheet: spill sizes are read from input values at parse time.
  const isFormula = (v: unknown) => typeof v === "string" && v.startsWith("=");
  const hf = HyperFormula.buildFromArray(rows.map((row) => row.map((v) => (isFormula(v) ? null : v))) as never, { licenseKey: "gpl-v3", maxRows: 20000 });
  hf.batch(() => {
    rows.forEach((row, r) => row.forEach((v, c) => isFormula(v) && hf.setCellContents({ sheet: 0, row: r, col: c }, v as string)));
  });
  const addr = (a1: string) => hf.simpleCellAddressFromString(a1, 0)!;
  return {
    hf,
    value: (a1) => hf.getCellValue(addr(a1)),
    block: (a1, r, c) => {
      const start = addr(a1);
      return Array.from({ length: r }, (_, i) => Array.from({ length: c }, (_, j) => hf.getCellValue({ sheet: 0, row: start.row + i, col: start.col + j })));
    },
  };
}

class ChannelPlugin extends FunctionPlugin {}

function register(displayLanguage?: string): void {
  const bundle = loadShippedBundle(displayLanguage);
  const implemented: Record<string, unknown> = {};
  const translations: Record<string, string> = {};
  for (const meta of bundle.metadata) {
    const name = `CHANNEL.${meta.name}`;
    const fn = bundle.functions.get(meta.id) as Fn;
    const method = `call_${meta.id}`;
    const sizeMethod = `size_${meta.id}`;
    implemented[name] = {
      method,
      parameters: meta.parameters.map((p) => ({ argumentType: argumentType(p), ...(p.optional ? { optionalArg: true } : {}) })),
      vectorizationForbidden: true,
      ...(meta.result.dimensionality === "matrix" ? { sizeOfResultArrayMethod: sizeMethod } : {}),
    };
    translations[name] = name;
    (ChannelPlugin.prototype as unknown as Record<string, unknown>)[method] = function (this: FunctionPlugin, ast: { args: unknown[] }, state: unknown) {
      return this.runFunction(ast.args as never, state as never, this.metadata(name), (...args: unknown[]) => toCellValue(() => fn(...toExcelArgs(meta, args))) as never);
    };
    (ChannelPlugin.prototype as unknown as Record<string, unknown>)[sizeMethod] = function (this: PluginThis, ast: { args: Ast[] }, state: { formulaAddress: unknown }) {
      try {
        const result = fn(...toExcelArgs(meta, literalArgs(this, ast.args, state)));
        if (Array.isArray(result) && result.length > 0) return new ArraySize((result[0] as unknown[]).length, result.length);
      } catch {
        /* an error result occupies one cell */
      }
      return ArraySize.scalar();
    };
  }
  (ChannelPlugin as unknown as { implementedFunctions: unknown }).implementedFunctions = implemented;
  HyperFormula.registerFunctionPlugin(ChannelPlugin, { enGB: translations } as never);
}
