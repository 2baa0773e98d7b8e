import { stripXmlIllegal } from "../../engine";
import type { WorkbookSpec } from "../workbookSpec";

function stripped<T>(value: T): T {
  if (typeof value === "string") return stripXmlIllegal(value) as T;
  if (Array.isArray(value)) return value.map(stripped) as T;
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stripped(v)])) as T;
  return value;
}

/**
 * The spec with every character XML cannot carry removed, so every package part is well-formed. Scenario validation
 * refuses such text with a message; this is the last defence for text that reaches the writer another way.
 */
export const xmlSafeSpec = (spec: WorkbookSpec): WorkbookSpec => stripped(spec);
