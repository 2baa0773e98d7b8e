import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { DEFAULTS } from "../../src/engine";
import { jsonPieces } from "../../src/report/jsonPieces";
import { PLAN_JSON_FORMAT, planJsonDocument } from "../../src/report/planJson";
import { buildPlan } from "../../src/scenario/buildPlan";
import { scenarioSchema } from "../../src/scenario/scenario";

/* The plan JSON's contract for inputs the scenario left out (`plan --json`): an `assumptions` array of codes and
   figures a script can act on, each with the sentence the other views show; the inputs echo the amounts counted. */
const at = new Date("2026-12-06T08:00:00Z");
/** A scenario file as parsed YAML, before validation. */
type RawScenario = { company: Record<string, unknown>; products: Array<Record<string, unknown>> };
/** The written document as a script reads it. */
type WrittenPlan = {
  format: string;
  assumptions: Array<{ code: string; text: string }>;
  inputs: { company: { rentPerMonth: number }; products: Array<{ shipping: number }> };
};

function writtenJson(edit: (input: RawScenario) => void, lang: "zh" | "en"): WrittenPlan {
  const input = parse(fs.readFileSync(path.resolve(__dirname, "../../examples/warmhill-knitwear.yaml"), "utf8"));
  edit(input);
  const planned = buildPlan(defaultReferenceData(), scenarioSchema.parse(input), "2026-12-06");
  if (!planned.ok) throw new Error(planned.issue.code);
  // The text `plan --json` writes, read back as a script reads it.
  return JSON.parse([...jsonPieces(planJsonDocument(planned.value, lang, at), 1)].join(""));
}

describe(`${PLAN_JSON_FORMAT}: assumptions`, () => {
  it("is an empty array when the scenario gives every money input", () => {
    const json = writtenJson(() => undefined, "en");
    expect(json.format).toBe(PLAN_JSON_FORMAT);
    expect(json.assumptions).toEqual([]);
  });

  it("lists each input left out by code, with the SKUs and the amount counted, and its sentence in the document's language", () => {
    const leaveOut = (input: RawScenario) => {
      delete input.products[1]!.shipping;
      delete input.products[2]!.shipping;
      delete input.company.rentPerMonth;
    };
    const en = writtenJson(leaveOut, "en");
    const zh = writtenJson(leaveOut, "zh");
    const codes = (json: WrittenPlan) => json.assumptions.map((a) => ({ ...a, text: undefined }));
    expect(codes(en)).toEqual([
      { code: "shipping_not_given", skus: ["WH-CD-02", "WH-SC-03"], products: 4, assumed: DEFAULTS.shipping },
      { code: "rent_not_given", assumed: DEFAULTS.rentPerMonth },
    ]);
    expect(codes(zh)).toEqual(codes(en));
    expect(en.assumptions.map((a) => a.text)).toEqual([
      "Shipping not given for 2 of 4 products (WH-CD-02, WH-SC-03): counted as ¥0 a parcel.",
      "Rent not given: counted as ¥0 a month.",
    ]);
    expect(zh.assumptions.map((a) => a.text)).toEqual(["4 个产品中有 2 个未填写运费(WH-CD-02、WH-SC-03):按每个包裹 ¥0 计算。", "未填写每月房租:按每月 ¥0 计算。"]);
    // The inputs echo what was counted: a number for every product's shipping and the company's rent, as before.
    expect(en.inputs.products.map((p) => p.shipping)).toEqual([8, DEFAULTS.shipping, DEFAULTS.shipping, 10]);
    expect(en.inputs.company.rentPerMonth).toBe(DEFAULTS.rentPerMonth);
  });
});
