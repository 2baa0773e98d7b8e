/**
 * An array whose items are made only as they are written: JSON.stringify sees it as the array (toJSON), jsonPieces
 * writes it one item at a time, so a document with a very long list is never held whole.
 */
export class LazyJsonArray<T> {
  constructor(
    readonly length: number,
    readonly items: () => Iterable<T>,
  ) {}

  toJSON(): T[] {
    return [...this.items()];
  }
}

/** Values JSON.stringify leaves out of an object (and writes as null in an array). */
const omitted = (value: unknown) => value === undefined || typeof value === "function" || typeof value === "symbol";

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && [Object.prototype, null].includes(Object.getPrototypeOf(value));

/**
 * The text of JSON.stringify(value, null, indent), in pieces that join to exactly it: a LazyJsonArray (as a value of
 * the document or of a plain object that holds one) is written item by item, everything else whole.
 */
export function* jsonPieces(value: unknown, indent: number, depth = 0): Generator<string> {
  const newline = (d: number) => `\n${" ".repeat(indent * d)}`;
  if (value instanceof LazyJsonArray) {
    let first = true;
    for (const item of value.items() as Iterable<unknown>) {
      yield (first ? "[" : ",") + newline(depth + 1);
      first = false;
      if (omitted(item)) yield "null";
      else yield* jsonPieces(item, indent, depth + 1);
    }
    yield first ? "[]" : `${newline(depth)}]`;
  } else if (isPlainObject(value) && Object.values(value).some((v) => v instanceof LazyJsonArray)) {
    const entries = Object.entries(value).filter(([, v]) => !omitted(v));
    for (const [i, [key, v]] of entries.entries()) {
      yield `${i === 0 ? "{" : ","}${newline(depth + 1)}${JSON.stringify(key)}: `;
      yield* jsonPieces(v, indent, depth + 1);
    }
    yield entries.length === 0 ? "{}" : `${newline(depth)}}`;
  } else {
    const text = JSON.stringify(value, null, indent);
    // A JSON text holds no raw line break but those of its layout, so its nested lines are indented by replacing them.
    yield depth === 0 ? text : text.replaceAll("\n", newline(depth));
  }
}
