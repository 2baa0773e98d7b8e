import type { z } from "zod";
import { describeValue, type ExpectedKind, type Issue } from "../engine";

type ZodIssue = z.core.$ZodIssue;
type Path = ReadonlyArray<PropertyKey>;

/** "products[3].category", as scenario problems and engine issues name a field. */
export function fieldOf(path: Path): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join("") || "(top)";
}

function valueAt(input: unknown, path: Path): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** A schema as far as bounds lookups need it. */
type SchemaNode = {
  def: { type: string; shape?: Record<string, SchemaNode>; element?: SchemaNode; valueType?: SchemaNode; innerType?: SchemaNode };
  minValue?: number | null;
  maxValue?: number | null;
};

/** The accepted range of the number schema at `path`, so a message gives both ends, not only the one crossed. */
function numberBounds(schema: SchemaNode | undefined, path: Path): { min: number; max: number } {
  let node = schema;
  const unwrap = () => {
    while (node && node.def.innerType && ["default", "optional", "nullable", "prefault"].includes(node.def.type)) node = node.def.innerType;
  };
  for (const part of path) {
    unwrap();
    const type = node?.def.type;
    node = type === "object" ? node!.def.shape?.[String(part)] : type === "array" ? node!.def.element : type === "record" ? node!.def.valueType : undefined;
  }
  unwrap();
  return { min: node?.minValue ?? -Infinity, max: node?.maxValue ?? Infinity };
}

const KINDS: Record<string, ExpectedKind> = { number: "number", int: "number", string: "text", array: "list", object: "table", boolean: "boolean", date: "text" };

/** The branch of a failed union that got furthest: one whose problem is not merely the wrong type. */
function bestBranch(errors: ZodIssue[][]): ZodIssue | undefined {
  return errors.find((branch) => branch.length > 0 && branch.every((i) => i.code !== "invalid_type"))?.[0] ?? errors[0]?.[0];
}

/**
 * One zod problem as an engine issue, so scenario files and the wizard speak the catalogue's words (never zod's
 * English). `input` is what was validated: the value the user gave is read from it.
 */
export function issueFromZod(zodIssue: ZodIssue, input: unknown, schema?: unknown, prefix: Path = []): Issue {
  const path = [...prefix, ...zodIssue.path];
  const field = fieldOf(path);
  const value = valueAt(input, path);
  switch (zodIssue.code) {
    case "invalid_type":
      // An emptied number field arrives as NaN: it is missing, and "NaN" means nothing to a user.
      if (value === undefined || (typeof value === "number" && Number.isNaN(value))) return { code: "missing", field };
      if (zodIssue.expected === "int" && typeof value === "number" && Number.isFinite(value)) return { code: "not_an_integer", field, received: value };
      if (zodIssue.expected === "number" || zodIssue.expected === "int")
        return typeof value === "number"
          ? { code: "not_a_number", field, received: describeValue(value) }
          : { code: "wrong_type", field, expected: "number", received: describeValue(value) };
      return { code: "wrong_type", field, expected: KINDS[zodIssue.expected] ?? "text", received: describeValue(value) };
    case "too_small":
    case "too_big": {
      const small = zodIssue.code === "too_small";
      const bound = Number(small ? zodIssue.minimum : zodIssue.maximum);
      if (zodIssue.origin === "number" && typeof value === "number") {
        const range = numberBounds(schema as SchemaNode | undefined, path);
        return small
          ? { code: "out_of_range", field, received: value, min: bound, max: range.max, minExclusive: !zodIssue.inclusive }
          : { code: "out_of_range", field, received: value, min: range.min, max: bound };
      }
      const length = Array.isArray(value) || typeof value === "string" ? value.length : 0;
      if (zodIssue.exact) return { code: "wrong_length", field, expected: bound, received: length };
      if (small) return { code: "empty", field };
      return zodIssue.origin === "string" ? { code: "too_long", field, max: bound } : { code: "too_many", field, max: bound };
    }
    case "unrecognized_keys":
      return { code: "unknown_field", field, keys: zodIssue.keys };
    case "invalid_union": {
      const branch = bestBranch(zodIssue.errors);
      return branch ? issueFromZod(branch, input, schema, path) : { code: "wrong_type", field, expected: "text", received: describeValue(value) };
    }
    case "invalid_value":
      return { code: "unknown_name", field, received: describeValue(value), accepted: zodIssue.values.map(String) };
    default:
      return { code: "wrong_type", field, expected: typeof value === "number" ? "number" : "text", received: describeValue(value) };
  }
}
