import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { jsonPieces, LazyJsonArray } from "../../src/report/jsonPieces";
import { planJson, planJsonDocument } from "../../src/report/planJson";
import { buildPlan } from "../../src/scenario/buildPlan";
import { scenarioSchema } from "../../src/scenario/scenario";

const lazy = <T>(items: T[]) => new LazyJsonArray(items.length, () => items);
const at = new Date("2026-12-01T08:00:00Z");

function plan(products?: number) {
  const scenario = scenarioSchema.parse(parse(fs.readFileSync(path.resolve(__dirname, "../../examples/warmhill-knitwear.yaml"), "utf8")));
  if (products !== undefined) scenario.products = Array.from({ length: products }, (_, i) => ({ ...scenario.products[i % scenario.products.length]!, sku: `SKU-${i}` }));
  const planned = buildPlan(defaultReferenceData(), scenario, "2026-12-01");
  if (!planned.ok) throw new Error(planned.issue.code);
  return planned.value;
}

describe("jsonPieces: JSON.stringify's text, a LazyJsonArray written item by item", () => {
  it.each([1, 2])("joins to exactly JSON.stringify(value, null, %i), at any depth and for empty or odd values", (indent) => {
    const documents = [
      { a: 1, rows: lazy([{ x: [1, 2, { y: "a\nb" }] }, { x: [] }, 3, "s", null]), z: { deep: [[1], {}] } },
      { rows: lazy([]), gone: undefined, f: () => 1, n: Number.NaN, d: at, s: '\u2028"' },
      { first: lazy([undefined, 1]) },
      lazy([lazy([1, 2]), { k: lazy([]) }]),
      { nested: { rows: lazy([1]) } },
    ];
    for (const document of documents) expect([...jsonPieces(document, indent)].join("")).toBe(JSON.stringify(document, null, indent));
  });

  it("makes the lazy rows one at a time, as they are written", () => {
    let made = 0;
    const rows = new LazyJsonArray(3, function* () {
      for (let i = 0; i < 3; i++) {
        made += 1;
        yield { i };
      }
    });
    const pieces = jsonPieces({ rows }, 1);
    pieces.next();
    pieces.next();
    expect(made).toBe(1);
  });
});

describe("the plan's JSON written in pieces (the CLI's --json) is the plan document's JSON.stringify", () => {
  it.each([
    ["the sample", undefined],
    ["a 300-SKU catalogue", 300],
  ])("for %s, in zh and en", (_, products) => {
    const result = plan(products);
    for (const lang of ["zh", "en"] as const) {
      const streamed = [...jsonPieces(planJsonDocument(result, lang, at), 1)].join("");
      const whole = JSON.stringify(planJson(result, lang, at), null, 1);
      expect(streamed).toBe(whole);
      expect((JSON.parse(streamed) as { products: unknown[] }).products).toHaveLength(products ?? 4);
    }
  });
});
