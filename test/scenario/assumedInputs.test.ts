import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { DEFAULTS } from "../../src/engine";
import { describeIssue } from "../../src/messages";
import { assumptionText } from "../../src/report/assumptionText";
import { assumedInputs } from "../../src/scenario/assumedInputs";
import { buildPlan } from "../../src/scenario/buildPlan";
import { scenarioSchema, type Scenario } from "../../src/scenario/scenario";
import { englishLeak } from "../support/englishLeak";

const data = defaultReferenceData();
const sampleInput = () => parse(fs.readFileSync(path.resolve(__dirname, "../../examples/warmhill-knitwear.yaml"), "utf8"));

/** The sample as a file would hold it, with some money inputs removed before it is parsed. */
function leftOut(options: { shippingOf?: number[]; rent?: boolean; otherFixed?: boolean; products?: number }): Scenario {
  const input = sampleInput();
  const template = input.products[0];
  if (options.products !== undefined) input.products = Array.from({ length: options.products }, (_, i) => ({ ...template, sku: `SKU-${i + 1}` }));
  for (const i of options.shippingOf ?? []) delete input.products[i].shipping;
  if (options.rent) delete input.company.rentPerMonth;
  if (options.otherFixed) delete input.company.otherFixedPerMonth;
  return scenarioSchema.parse(input);
}

function planOf(scenario: Scenario) {
  const r = buildPlan(data, scenario, "2026-12-06");
  if (!r.ok) throw new Error(describeIssue(r.issue));
  return r.value;
}

describe("the money inputs a plan assumed because they were left out", () => {
  it("names none when the scenario gives shipping, rent and other fixed costs (the shipped sample)", () => {
    const scenario = scenarioSchema.parse(sampleInput());
    expect(assumedInputs(scenario)).toEqual([]);
    expect(planOf(scenario).assumptions).toEqual([]);
  });

  it("names every one when none is given, with the default the plan counted", () => {
    const scenario = leftOut({ shippingOf: [0, 1, 2, 3], rent: true, otherFixed: true });
    expect(planOf(scenario).assumptions).toEqual([
      { code: "shipping_not_given", skus: ["WH-CS-01", "WH-CD-02", "WH-SC-03", "WH-BT-04"], products: 4, assumed: DEFAULTS.shipping },
      { code: "rent_not_given", assumed: DEFAULTS.rentPerMonth },
      { code: "other_fixed_not_given", assumed: DEFAULTS.otherFixedPerMonth },
    ]);
  });

  it("groups the products that lack shipping into one notice, and leaves out what was given", () => {
    const result = planOf(leftOut({ shippingOf: [1, 3], otherFixed: true }));
    expect(result.assumptions).toEqual([
      { code: "shipping_not_given", skus: ["WH-CD-02", "WH-BT-04"], products: 4, assumed: DEFAULTS.shipping },
      { code: "other_fixed_not_given", assumed: DEFAULTS.otherFixedPerMonth },
    ]);
    // What the notice says is what the plan counted: the given shipping stays, the missing one is the default.
    expect(result.inputs.map((x) => x.product.shipping)).toEqual([8, DEFAULTS.shipping, 6, DEFAULTS.shipping]);
    expect([result.company.rentPerMonth, result.company.otherFixedPerMonth]).toEqual([12_000, DEFAULTS.otherFixedPerMonth]);
  });

  it("plans a left-out input exactly as the default typed in, so the notice names the only difference", () => {
    const assumed = planOf(leftOut({ shippingOf: [0], rent: true }));
    const typed = leftOut({});
    typed.products[0]!.shipping = DEFAULTS.shipping;
    typed.company.rentPerMonth = DEFAULTS.rentPerMonth;
    const stated = planOf(typed);
    expect(stated.assumptions).toEqual([]);
    expect(assumed.plan.totals).toEqual(stated.plan.totals);
    // And the sample's own rent and shipping cost money: the plan with them left out looks better.
    expect(assumed.plan.summary.yearOneProfit).toBeGreaterThan(planOf(leftOut({})).plan.summary.yearOneProfit);
  });

  it("accepts exactly the input it accepted before: absent is fine, null and a negative are refused", () => {
    const input = sampleInput();
    for (const bad of [null, -1, "8"]) {
      expect(scenarioSchema.safeParse({ ...input, company: { ...input.company, rentPerMonth: bad } }).success).toBe(false);
      expect(scenarioSchema.safeParse({ ...input, products: [{ ...input.products[0], shipping: bad }] }).success).toBe(false);
    }
    expect(scenarioSchema.safeParse({ ...input, company: { ...input.company, otherFixedPerMonth: 0 } }).success).toBe(true);
  });
});

describe("the notices in words, zh and en", () => {
  const texts = (scenario: Scenario, lang: "zh" | "en") => planOf(scenario).assumptions.map((a) => assumptionText(a, lang));

  it("says how many products lack shipping, lists the first three SKUs and what was counted", () => {
    const scenario = leftOut({ products: 5, shippingOf: [0, 1, 3, 4], rent: true, otherFixed: true });
    expect(texts(scenario, "en")).toEqual([
      "Shipping not given for 4 of 5 products (SKU-1, SKU-2, SKU-4, …): counted as ¥0 a parcel.",
      "Rent not given: counted as ¥0 a month.",
      "Other fixed costs (software, samples, photography…) not given: counted as ¥0 a month.",
    ]);
    expect(texts(scenario, "zh")).toEqual([
      "5 个产品中有 4 个未填写运费(SKU-1、SKU-2、SKU-4、…):按每个包裹 ¥0 计算。",
      "未填写每月房租:按每月 ¥0 计算。",
      "未填写每月其他固定费用(软件、样品、拍摄等):按每月 ¥0 计算。",
    ]);
    for (const t of texts(scenario, "zh")) expect(englishLeak(t)).toBeUndefined();
  });

  it("says 'any of' when no product gives shipping, and names the one product of a one-product plan", () => {
    expect(texts(leftOut({ products: 3, shippingOf: [0, 1, 2] }), "en")).toEqual(["Shipping not given for any of the 3 products (SKU-1, SKU-2, SKU-3): counted as ¥0 a parcel."]);
    expect(texts(leftOut({ products: 3, shippingOf: [0, 1, 2] }), "zh")).toEqual(["全部 3 个产品都未填写运费(SKU-1、SKU-2、SKU-3):按每个包裹 ¥0 计算。"]);
    expect(texts(leftOut({ products: 1, shippingOf: [0] }), "en")).toEqual(["Shipping not given for SKU-1: counted as ¥0 a parcel."]);
    expect(texts(leftOut({ products: 1, shippingOf: [0] }), "zh")).toEqual(["产品 SKU-1 未填写运费:按每个包裹 ¥0 计算。"]);
  });
});
