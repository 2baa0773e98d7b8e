import { fail, ok, type Result } from "../core/result";
import type { NameIndex } from "./nameIndex";
import { describeValue } from "../core/describeValue";
import { normalizeName } from "./normalizeName";
import { suggestName } from "./suggestName";

/** Finds the code for a name or alias; an unknown name gets the accepted list and a near-miss suggestion. */
export function resolveName<C extends string>(index: NameIndex<C>, field: string, input: unknown): Result<C> {
  const text = (typeof input === "number" && Number.isFinite(input)) || typeof input === "boolean" ? String(input) : input;
  if (typeof text !== "string") return fail({ code: "unknown_name", field, received: describeValue(input), accepted: index.entries.map((e) => e.label) });
  const code = index.byAlias.get(text) ?? index.byAlias.get(normalizeName(text));
  if (code !== undefined) return ok(code);
  return fail({ code: "unknown_name", field, received: describeValue(text), accepted: index.entries.map((e) => e.label), suggestion: suggestName(index, text.slice(0, 200)) });
}
