import fc from "fast-check";
import { loadShippedBundle, ShippedError } from "../support/shippedBundle";

const bundle = loadShippedBundle();

/** Anything Excel could hand a custom function, and worse. */
const scalar = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    "天猫",
    "tmall",
    "服装",
    "apparel",
    "",
    " ",
    "__proto__",
    "constructor",
    "toString",
    "<script>alert(1)</script>",
    "Tmal",
    "18-24",
    "女",
    "registered",
    "high",
    "standard",
    "1",
  ),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 1e308, -1e308, Number.MIN_VALUE, 0, 1, 0.5, 199, -5),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);
const matrix = fc.oneof(fc.array(fc.array(scalar, { minLength: 0, maxLength: 4 }), { minLength: 0, maxLength: 6 }), fc.constant([[]]), fc.constant([]), scalar);

const isCell = (v: unknown) => typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v));

describe("every shipped custom function under hostile arguments", () => {
  it.each(bundle.metadata.map((m) => [m.id, m] as const))("%s returns a finite value, text, a matrix of those, or a CustomFunctions.Error with a message", (_id, meta) => {
    const fn = bundle.functions.get(meta.id)!;
    const args = fc.tuple(...meta.parameters.map((p) => (p.dimensionality === "matrix" ? matrix : scalar)));
    fc.assert(
      fc.property(args, (values) => {
        let result: unknown;
        try {
          result = fn(...values);
        } catch (e) {
          expect(e).toBeInstanceOf(ShippedError);
          expect((e as ShippedError).message.length).toBeGreaterThan(0);
          expect(["#VALUE!", "#N/A"]).toContain((e as ShippedError).code);
          return;
        }
        if (meta.result.dimensionality === "matrix") {
          expect(Array.isArray(result)).toBe(true);
          for (const row of result as unknown[][]) for (const v of row) expect(isCell(v)).toBe(true);
        } else {
          expect(isCell(result)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("never lets a prototype-pollution name reach Object.prototype", () => {
    for (const id of ["COMMISSION", "FIT", "HEADCOUNT"]) {
      try {
        bundle.functions.get(id)!("__proto__", "constructor", 10, "__proto__");
      } catch {
        /* an error value is fine */
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, "TMALL")).toBe(false);
  });
});
