import { fail, ok, type Result } from "./result";

type Values<T extends Record<string, Result<unknown>>> = { [K in keyof T]: T[K] extends Result<infer V> ? V : never };

/** Unwraps a record of results, stopping at the first issue in key order. */
export function collect<T extends Record<string, Result<unknown>>>(results: T): Result<Values<T>> {
  const values: Record<string, unknown> = {};
  for (const [key, result] of Object.entries(results)) {
    if (!result.ok) return fail(result.issue);
    values[key] = result.value;
  }
  return ok(values as Values<T>);
}
