import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";

export const DIST = path.resolve(__dirname, "../../dist");

export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: Array<{ name: string; description?: string; type: string; dimensionality?: "scalar" | "matrix"; optional?: boolean }>;
  result: { type?: string; dimensionality?: "scalar" | "matrix" };
}

export class ShippedError extends Error {
  constructor(
    public code: string,
    message?: string,
  ) {
    super(message);
  }
}

export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

export interface ShippedBundle {
  metadata: FunctionMetadata[];
  functions: Map<string, (...args: unknown[]) => unknown>;
  /** What the bundle touched on its global object beyond CustomFunctions while loading. */
  sandbox: Record<string, unknown>;
}

export function readMetadata(file = "functions.json"): FunctionMetadata[] {
  return (JSON.parse(fs.readFileSync(path.join(DIST, file), "utf8")) as { functions: FunctionMetadata[] }).functions;
}

/** The chunk of the data's prose (reasoning, excerpts, notes) that functions.js loads on first use. */
export const PROSE_CHUNK = "prose.js";

/**
 * Evaluates dist/functions.js as Excel's runtime would, with a global CustomFunctions and no DOM,
 * and collects what it registers through CustomFunctions.associate. With `prose` (the default), the prose chunk is
 * evaluated first, as in a page that has loaded it already: a sandbox without a DOM cannot load it by a script tag,
 * and =CHANNEL.RATECARD then answers at once (test/contract/lazyProse.test.ts covers the loading in Chromium).
 */
export function loadShippedBundle(displayLanguage?: string, { prose = true }: { prose?: boolean } = {}): ShippedBundle {
  const functions = new Map<string, (...args: unknown[]) => unknown>();
  const sandbox: Record<string, unknown> = {
    CustomFunctions: { Error: ShippedError, ErrorCode: ERROR_CODES, associate: (id: string, fn: (...args: unknown[]) => unknown) => functions.set(id, fn) },
    ...(displayLanguage ? { Office: { context: { displayLanguage } } } : {}),
  };
  vm.createContext(sandbox);
  if (prose) vm.runInContext(fs.readFileSync(path.join(DIST, PROSE_CHUNK), "utf8"), sandbox, { filename: `dist/${PROSE_CHUNK}` });
  vm.runInContext(fs.readFileSync(path.join(DIST, "functions.js"), "utf8"), sandbox, { filename: "dist/functions.js" });
  return { metadata: readMetadata(), functions, sandbox };
}
