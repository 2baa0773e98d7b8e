import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { allocateByWeights, roundToFen } from "../../../src/engine";
import { excelRound, formulaCalculator as F, numberCalculator as N, type Calculator } from "../../../src/engine/calc";

/** Evaluates formulas over a row of inputs in HyperFormula (Excel-compatible), inputs in A1, B1, … */
function evaluate(inputs: readonly number[], formulas: readonly string[]): unknown[] {
  const hf = HyperFormula.buildFromArray([[...inputs, ...formulas.map((f) => `=${f}`)]], { licenseKey: "gpl-v3" });
  const values = formulas.map((_, i) => hf.getCellValue({ sheet: 0, row: 0, col: inputs.length + i }));
  hf.destroy();
  return values;
}
const cellOf = (i: number) => `${String.fromCharCode(65 + i)}1`;

/** A quantity written once, as the model writes them. */
const orderNet = <T>(c: Calculator<T>, x: { price: T; rate: T; cost: T; orders: T }) =>
  c.fen(c.multiply(x.orders, c.subtract(x.price, c.add(c.multiply(x.price, x.rate), x.cost))));

describe("numberCalculator", () => {
  it("rounds halves to even at the fen, and as Excel's ROUND in round()", () => {
    expect(N.fen(49.875)).toBe(49.88);
    expect(N.fen(0.125)).toBe(0.12);
    expect(N.round(0.125, 2)).toBe(0.13);
    expect(N.round(-2.5, 0)).toBe(-3);
    expect(N.round(2.675, 2)).toBe(2.68);
  });
  it("divides by zero to the fallback and never ceils below zero", () => {
    expect(N.divide(5, 0)).toBe(0);
    expect(N.divide(5, 0, 7)).toBe(7);
    expect(N.ceilWhole(0)).toBe(0);
    expect(N.ceilWhole(0.1 * 30)).toBe(3);
    expect(N.ceilWhole(-4)).toBe(0);
  });
  it("splits to the fen as allocateByWeights, and equally when every weight is 0", () => {
    expect([0, 1, 2].map((i) => N.splitFen(100, [1, 1, 1], i))).toEqual(allocateByWeights(100, [1, 1, 1]));
    expect([0, 1].map((i) => N.splitFen(0.03, [0, 0], i))).toEqual([0.02, 0.01]);
  });
});

describe("formulaCalculator", () => {
  it("writes a quantity as one formula over the cells that hold its inputs", () => {
    const f = orderNet(F, { price: "A1", rate: "B1", cost: "C1", orders: "D1" });
    expect(f).toContain("ROUND(");
    expect(evaluate([399, 0.05, 120, 3], [f])).toEqual([N.fen(3 * (399 - (399 * 0.05 + 120)))]);
  });
  it("writes numbers at full precision, without exponents", () => {
    expect(F.constant(1e-7)).toBe("0.0000001");
    expect(F.constant(-0.1)).toBe("-0.1");
    expect(Number(F.constant(1 / 3))).toBe(1 / 3);
  });
});

describe("properties: both backends agree, evaluated by HyperFormula", () => {
  const money = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((x) => Math.round(x * 1000) / 1000);
  it("every operation", () => {
    fc.assert(
      fc.property(money, money, fc.double({ min: 0, max: 3, noNaN: true }), (a, b, e) => {
        const ops: Array<[string, (c: Calculator<number>, x: number[]) => number, (c: Calculator<string>, x: string[]) => string]> = [
          ["add", (c, x) => c.add(x[0]!, x[1]!), (c, x) => c.add(x[0]!, x[1]!)],
          ["subtract", (c, x) => c.subtract(x[0]!, x[1]!), (c, x) => c.subtract(x[0]!, x[1]!)],
          ["multiply", (c, x) => c.multiply(x[0]!, x[1]!), (c, x) => c.multiply(x[0]!, x[1]!)],
          ["divide", (c, x) => c.divide(x[0]!, x[1]!), (c, x) => c.divide(x[0]!, x[1]!)],
          ["min", (c, x) => c.min(x[0]!, x[1]!), (c, x) => c.min(x[0]!, x[1]!)],
          ["fen", (c, x) => c.fen(x[0]!), (c, x) => c.fen(x[0]!)],
          ["round", (c, x) => c.round(x[0]!, 2), (c, x) => c.round(x[0]!, 2)],
          ["ceilWhole", (c, x) => c.ceilWhole(x[0]!), (c, x) => c.ceilWhole(x[0]!)],
          ["floor", (c, x) => c.floor(x[0]!), (c, x) => c.floor(x[0]!)],
          ["power", (c, x) => c.power(Math.abs(x[0]!), x[2]!), (c, x) => c.power(`ABS(${x[0]})`, x[2]!)],
          ["ifGreater", (c, x) => c.ifGreater(x[0]!, x[1]!, x[0]!, x[1]!), (c, x) => c.ifGreater(x[0]!, x[1]!, x[0]!, x[1]!)],
        ];
        const inputs = [a, b, e];
        const refs = inputs.map((_, i) => cellOf(i));
        const got = evaluate(
          inputs,
          ops.map(([, , f]) => f(F, refs)),
        );
        ops.forEach(([name, n], i) => {
          const want = n(N, inputs);
          // HyperFormula keeps 10 significant digits in results (POWER): compare relative to the size.
          expect([name, Math.abs((got[i] as number) - want) <= 1e-9 * Math.max(1, Math.abs(want))]).toEqual([name, true]);
        });
      }),
      // A fixed seed: with random ones, CI met -311.585 (a decimal half stored just below it), which the engine's
      // ROUND, like Excel's, takes to -311.59 and HyperFormula's to -311.58; decimal halves are covered below.
      { numRuns: 60, seed: 20261204 },
    );
  });
  // Eighths are exact binary fractions, so x.125 is a true half fen in every engine. (For a decimal half such as
  // −69271.775, stored as …774999…, Excel and LibreOffice round as the digits read and the number backend follows
  // them; HyperFormula's ROUND reads the binary value, so it is no oracle there.)
  it("fen and round agree exactly on halves", () => {
    fc.assert(
      fc.property(fc.integer({ min: -80_000_000, max: 80_000_000 }), (k) => {
        const x = k / 8;
        const [fenF, roundF] = evaluate([x], [F.fen("A1"), F.round("A1", 2)]);
        expect(fenF).toBe(roundToFen(x));
        expect(roundF).toBe(excelRound(x, 2));
      }),
      { numRuns: 80 },
    );
  });
  it("splitFen preserves the total and matches the engine's split", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 5 }), (fenAmount, weights) => {
        const amount = fenAmount / 100;
        const refs = weights.map((_, i) => cellOf(i + 1));
        const got = evaluate(
          [amount, ...weights],
          weights.map((_, i) => F.splitFen("A1", refs, i)),
        );
        const want = weights.map((_, i) => N.splitFen(amount, weights, i));
        expect(got.map((v) => Math.round((v as number) * 100))).toEqual(want.map((v) => Math.round(v * 100)));
        expect(Math.round(want.reduce((s, v) => s + v, 0) * 100)).toBe(fenAmount);
      }),
      { numRuns: 60 },
    );
  });
});

describe("formulaCalculator.lookup: a table row found by its keys", () => {
  // A rate card in A1:D5 (platform, item, category, value), sorted any way; the lookups in F1….
  const table = [
    ["JD", "Commission", "Apparel", 0.08],
    ["Tmall", "Payment fee", null, 0.006],
    ["Tmall", "Commission", "Apparel", 0.05],
    ["Tmall", "Commission", "Beauty", 0.04],
    ["Tmall", "Points", "Beauty", 0.001],
  ];
  const col = (c: string) => `$${c}$1:$${c}$5`;
  const find = (platform: string, item: string, category: string) =>
    F.lookup(col("D"), [
      [col("A"), F.text(platform)],
      [col("B"), F.text(item)],
      [col("C"), F.text(category)],
    ]);
  const evaluateAll = (rows: typeof table, formulas: string[]) => {
    const hf = HyperFormula.buildFromArray(
      rows.map((r, i) => [...r, null, formulas[i] === undefined ? null : `=${formulas[i]}`]),
      { licenseKey: "gpl-v3", useArrayArithmetic: true },
    );
    const values = formulas.map((_, i) => hf.getCellValue({ sheet: 0, row: i, col: 5 }));
    hf.destroy();
    return values;
  };
  const formulas = [find("Tmall", "Commission", "Apparel"), find("Tmall", "Payment fee", ""), find("tmall", "commission", "beauty"), find("Tmall", "Commission", "Food")];

  it("gives the row's value whatever the order of the rows, a blank category matching an empty cell, case ignored as Excel's = ignores it", () => {
    expect(evaluateAll(table, formulas).slice(0, 3)).toEqual([0.05, 0.006, 0.04]);
    expect(evaluateAll([...table].reverse(), formulas).slice(0, 3)).toEqual([0.05, 0.006, 0.04]);
  });

  it("gives #N/A for a key no row holds or two rows hold, never another row's value", () => {
    expect(String(evaluateAll(table, formulas)[3])).toMatch(/#N\/A/);
    const twice = table.map((r) => (r[3] === 0.04 ? ["Tmall", "Commission", "Apparel", 0.04] : r));
    expect(String(evaluateAll(twice, formulas)[0])).toMatch(/#N\/A/);
  });

  it("writes a key with a quote in it as a text literal, never wildcards or criteria", () => {
    expect(F.text('A "B" *?')).toBe('"A ""B"" *?"');
    const star = table.map((r, i) => (i === 0 ? ["J*", "Commission", "Apparel", 0.07] : r));
    expect(evaluateAll(star, [F.lookup(col("D"), [[col("A"), F.text("J*")]])])[0]).toBe(0.07);
    expect(evaluateAll(table, [F.lookup(col("D"), [[col("A"), F.text("J*")]])])[0]).not.toBe(0.08);
  });
});
