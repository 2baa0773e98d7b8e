import fc from "fast-check";
import ts from "typescript";
import type { Calculator } from "../../../src/engine/calc/calculator";
import { numberCalculator as N } from "../../../src/engine/calc/numberCalculator";
import { numberSource } from "../../../src/engine/calc/numberSource";

const INPUTS = { x: ["a", "b", "c"] } as const;

/** Every operation a generated function may hold, over three inputs. */
function everyOperation<T>(c: Calculator<T>, { x }: { x: Readonly<Record<"a" | "b" | "c", T>> }) {
  const { a, b, c: z } = x;
  return {
    sum: c.add(a, b, z),
    none: c.add(),
    difference: c.subtract(a, b),
    product: c.multiply(a, b, c.constant(-0.5)),
    quotient: c.quotient(a, c.add(b, c.constant(1))),
    divided: c.divide(a, z),
    dividedOr: c.divide(a, z, c.constant(-1)),
    smallest: c.min(a, b, z),
    largest: c.max(a, b),
    power: c.power(c.add(c.constant(1), b), c.constant(-1)),
    fen: c.fen(c.multiply(a, c.constant(0.125))),
    rounded: c.round(a, 2),
    whole: c.ceilWhole(c.multiply(b, c.constant(30))),
    floor: c.floor(a),
    greater: c.ifGreater(a, b, z, a),
    atLeast: c.ifAtLeast(a, b, c.constant(1), c.constant(0)),
    numeric: c.numeric(z),
    listed: c.sum([a, b]),
  };
}

/** The generated TypeScript, compiled and loaded as a function of the inputs. */
function load(): (x: Record<"a" | "b" | "c", number>) => Record<string, number> {
  const { body } = numberSource("generated", INPUTS, "Record<string, Record<string, number>>", everyOperation);
  const js = ts.transpile(body.replace("export function", "function"), { target: ts.ScriptTarget.ES2020 });
  return new Function("N", `${js}; return generated;`)(N);
}

describe("numberSource, the number backend as generated code", () => {
  const generated = load();
  const value = fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(0, -0, 0.005, 0.015, 1.125, -2.5));

  it("gives every operation bit-identical to numberCalculator", () => {
    fc.assert(
      fc.property(value, value, value, (a, b, c) => {
        const defined = everyOperation(N, { x: { a, b, c } });
        const got = generated({ a, b, c });
        expect(Object.keys(got)).toEqual(Object.keys(defined));
        for (const key of Object.keys(defined) as Array<keyof typeof defined>) expect([key, got[key]]).toEqual([key, defined[key]]);
      }),
      { numRuns: 3000 },
    );
  });

  it("writes one statement an operation and leaves out what no output reads", () => {
    const { body, outputs } = numberSource("f", { x: ["a", "b"] }, "Record<string, Record<string, number>>", (c, { x }) => {
      c.multiply(x.b, c.constant(3)); // read by no output
      return { total: c.add(x.a, c.constant(2)) };
    });
    expect(outputs).toEqual(["total"]);
    expect(body).toContain("const v0 = x.a;");
    expect(body).toContain("0 + v0 + 2");
    expect(body).not.toContain("x.b");
    expect(body).not.toContain("* 3");
  });

  it("has no straight-line form for a month's table operations", () => {
    expect(() => numberSource("f", INPUTS, "X", (c, { x }) => ({ s: c.sumProduct([x.a], [x.b]) }))).toThrow(/sumProduct/);
  });
});
