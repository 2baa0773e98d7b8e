import fs from "node:fs";
import path from "node:path";

// The webpack loader that puts the shipped data, validated at build time, into the bundles.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loader = require("../../scripts/validated-data-loader.js") as (this: { resourcePath: string; resourceQuery?: string; addDependency(file: string): void }) => string;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { splitProse } = require("../../scripts/data-prose.js") as { splitProse(value: unknown): { lean: unknown; prose: unknown } };

const ROOT = path.resolve(__dirname, "../..");

/** A copy of src/data under build/ (node_modules resolves from there), changed by `edit`. */
function dataCopy(edit: (dir: string) => void): string {
  const dir = fs.mkdtempSync(path.join(ROOT, "build", "data-"));
  fs.cpSync(path.join(ROOT, "src/data"), dir, { recursive: true });
  edit(dir);
  return dir;
}

const run = (dir: string, resourceQuery = "") => {
  const dependencies: string[] = [];
  const output = loader.call({ resourcePath: path.join(dir, "defaultReferenceData.ts"), resourceQuery, addDependency: (file) => dependencies.push(file) });
  return { output, dependencies };
};

/** Puts a prose tree back into lean data (what dataProse.ts's loadProse does in the bundle). */
function merged(lean: unknown, prose: unknown): unknown {
  if (typeof prose === "string" || prose === undefined) return prose ?? lean;
  const out = (Array.isArray(lean) ? [...lean] : { ...(lean as object) }) as Record<string, unknown>;
  for (const [k, v] of Object.entries(prose as object)) out[k] = merged(out[k], v);
  return out;
}

describe("the shipped data is validated when the bundles are built", () => {
  beforeAll(() => fs.mkdirSync(path.join(ROOT, "build"), { recursive: true }));

  it("emits the data the CLI validates at load, its prose apart (figures in the bundle, prose in a lazy chunk), and watches every file it read", () => {
    const { output, dependencies } = run(path.join(ROOT, "src/data"));
    const literal = /JSON\.parse\((".*")\);/.exec(output)![1]!;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { defaultReferenceData } = require("../../src/data/defaultReferenceData") as typeof import("../../src/data/defaultReferenceData");
    const full = defaultReferenceData();
    const lean = JSON.parse(JSON.parse(literal) as string) as unknown;
    expect(lean).toEqual(splitProse(full).lean);
    expect(JSON.stringify(lean).length).toBeLessThan(JSON.stringify(full).length / 2);
    const proseLiteral = /export const PROSE = JSON\.parse\((".*")\);/.exec(run(path.join(ROOT, "src/data"), "?prose").output)![1]!;
    expect(merged(lean, JSON.parse(JSON.parse(proseLiteral) as string))).toEqual(full);
    expect(output).toMatch(/export function defaultReferenceData\(\)/);
    expect(dependencies).toEqual(expect.arrayContaining(["ratecard.json", "profiles.json", "referenceData.ts"].map((f) => path.join(ROOT, "src/data", f))));
  });

  it("fails the build with the field of a bad figure", () => {
    const dir = dataCopy((d) => {
      const file = path.join(d, "ratecard.json");
      const card = JSON.parse(fs.readFileSync(file, "utf8")) as { platforms: Record<string, { paymentFee: { value: number } }> };
      card.platforms.TMALL!.paymentFee.value = 7;
      fs.writeFileSync(file, JSON.stringify(card));
    });
    try {
      expect(() => run(dir)).toThrow(/rateCard\.platforms\.TMALL\.paymentFee/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a second export, which the bundles would silently lose", () => {
    const dir = dataCopy((d) => fs.appendFileSync(path.join(d, "defaultReferenceData.ts"), "\nexport const extra = 1;\n"));
    try {
      expect(() => run(dir)).toThrow(/may export only defaultReferenceData .*found extra/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
