import fs from "node:fs";
import path from "node:path";
import { DIST, loadShippedBundle, readMetadata, ShippedError } from "../support/shippedBundle";

const bundle = loadShippedBundle();
const ids = bundle.metadata.map((f) => f.id);

describe("dist/functions.js as shipped", () => {
  it("is a real bundle, not an empty file", () => {
    expect(fs.statSync(path.join(DIST, "functions.js")).size).toBeGreaterThan(10_000);
  });

  it("registers every id in functions.json through CustomFunctions.associate, and nothing else", () => {
    expect(ids.length).toBeGreaterThanOrEqual(15);
    expect([...bundle.functions.keys()].sort()).toEqual([...ids].sort());
  });

  it("loads without a DOM: it defines no window or document of its own", () => {
    expect(Object.keys(bundle.sandbox)).not.toContain("document");
  });

  it.each(ids.map((id) => [id]))("%s takes exactly the parameters its metadata declares", (id) => {
    const meta = bundle.metadata.find((f) => f.id === id)!;
    expect(bundle.functions.get(id)!.length).toBe(meta.parameters.length);
  });

  it.each(ids.map((id) => [id]))("%s accepts null for every optional argument", (id) => {
    const meta = bundle.metadata.find((f) => f.id === id)!;
    const sample: Record<string, unknown> = {
      platform: "天猫",
      category: "服装",
      price: 199,
      unitCost: 60,
      monthlyFixedCost: 30000,
      monthlyOrders: 800,
      salesTarget: 1e6,
      conversionRate: 0.02,
      avgOrderValue: 199,
      paidShare: 0.4,
      cpc: 1.5,
      annualTarget: 1e6,
      budget: 100000,
    };
    const matrix: Record<string, unknown> = { platforms: [["天猫"], ["京东"]], monthlyOrders: [[800], [300]], scores: [[80], [60]] };
    const args = meta.parameters.map((p) => (p.optional ? null : p.dimensionality === "matrix" ? matrix[p.name] : sample[p.name]));
    const result = bundle.functions.get(id)!(...args);
    const isCell = (v: unknown) => typeof v === "string" || (typeof v === "number" && Number.isFinite(v));
    if (meta.result.dimensionality === "matrix") {
      expect(Array.isArray(result) && (result as unknown[][]).every((row) => row.every(isCell))).toBe(true);
    } else {
      expect(isCell(result)).toBe(true);
    }
  });

  it("answers a bad platform with a #VALUE! CustomFunctions.Error naming the field and a suggestion", () => {
    let thrown: unknown;
    try {
      bundle.functions.get("COMMISSION")!("Tmal", "apparel");
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ShippedError);
    expect((thrown as ShippedError).code).toBe("#VALUE!");
    expect((thrown as ShippedError).message).toMatch(/^platform: "Tmal" is not recognised\. Did you mean "Tmall \(天猫\)"\?/);
  });

  it("speaks Chinese when Excel's display language is Chinese", () => {
    const zh = loadShippedBundle("zh-CN");
    expect(() => zh.functions.get("COMMISSION")!("天毛", "服装")).toThrow(/无法识别 "天毛"。你是不是想输入 "Tmall \(天猫\)"/);
  });
});

describe("functions-zh-cn.json", () => {
  const zh = readMetadata("functions-zh-cn.json");

  it("has the same ids, names and parameter shapes as functions.json", () => {
    expect(zh.map((f) => [f.id, f.name, f.parameters.length, f.parameters.map((p) => [p.type, p.dimensionality, p.optional])])).toEqual(
      bundle.metadata.map((f) => [f.id, f.name, f.parameters.length, f.parameters.map((p) => [p.type, p.dimensionality, p.optional])]),
    );
  });

  it("translates every description and parameter name", () => {
    for (const [en, cn] of bundle.metadata.map((f, i) => [f, zh[i]!] as const)) {
      expect(cn.description).not.toBe(en.description);
      expect(cn.description).toMatch(/[\u4e00-\u9fff]/);
      for (const p of cn.parameters) expect(p.name).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
