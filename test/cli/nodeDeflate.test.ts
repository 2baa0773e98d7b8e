import fs from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { parse } from "yaml";
import { nodeDeflate } from "../../src/cli/nodeDeflate";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { bossWorkbook } from "../../src/report/bossWorkbook";
import { workbookBytes } from "../../src/report/xlsx/workbookBytes";
import { buildPlan } from "../../src/scenario/buildPlan";
import { scenarioSchema } from "../../src/scenario/scenario";

/** Every entry of a package, uncompressed and CRC-checked, by name in package order. */
async function entries(bytes: Uint8Array): Promise<Array<[string, string]>> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  return Promise.all(Object.values(zip.files).map(async (f) => [f.name, await f.async("string")] as [string, string]));
}

describe("the CLI's compressing thread (nodeDeflate)", () => {
  it("writes the same parts as the JavaScript compressor, for a workbook whose Comparison is many pieces long", async () => {
    const scenario = scenarioSchema.parse(parse(fs.readFileSync(path.resolve(__dirname, "../../examples/warmhill-knitwear.yaml"), "utf8")));
    scenario.products = Array.from({ length: 120 }, (_, i) => ({ ...scenario.products[i % scenario.products.length]!, sku: `SKU-${i}` }));
    const plan = buildPlan(defaultReferenceData(), scenario, "2026-12-01");
    if (!plan.ok) throw new Error(plan.issue.code);
    const created = new Date("2026-12-01T08:00:00Z");
    const spec = bossWorkbook(scenario, plan.value, "zh", created);
    const [threaded, plain] = [await entries(await workbookBytes(spec, created, nodeDeflate)), await entries(await workbookBytes(spec, created))];
    expect(threaded.map(([name]) => name)).toEqual(plain.map(([name]) => name));
    expect(threaded).toEqual(plain);
    // The Comparison alone is more than ten of the writer's 256 KB pieces, so several were under way at once.
    expect(Math.max(...threaded.map(([, text]) => Buffer.byteLength(text)))).toBeGreaterThan(10 * (1 << 18));
  });
});
