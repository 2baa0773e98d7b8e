import fs from "node:fs";
import path from "node:path";

// The webpack loader that puts the shipped data, validated at build time, into the bundles.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loader = require("../../scripts/validated-data-loader.js") as (this: { resourcePath: string; addDependency(file: string): void }) => string;

const ROOT = path.resolve(__dirname, "../..");

/** A copy of src/data under build/ (node_modules resolves from there), changed by `edit`. */
function dataCopy(edit: (dir: string) => void): string {
  const dir = fs.mkdtempSync(path.join(ROOT, "build", "data-"));
  fs.cpSync(path.join(ROOT, "src/data"), dir, { recursive: true });
  edit(dir);
  return dir;
}

const run = (dir: string) => {
  const dependencies: string[] = [];
  const output = loader.call({ resourcePath: path.join(dir, "defaultReferenceData.ts"), addDependency: (file) => dependencies.push(file) });
  return { output, dependencies };
};

describe("the shipped data is validated when the bundles are built", () => {
  beforeAll(() => fs.mkdirSync(path.join(ROOT, "build"), { recursive: true }));

  it("emits the data the CLI validates at load, and watches every file it read", () => {
    const { output, dependencies } = run(path.join(ROOT, "src/data"));
    const literal = /JSON\.parse\((".*")\);/.exec(output)![1]!;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { defaultReferenceData } = require("../../src/data/defaultReferenceData") as typeof import("../../src/data/defaultReferenceData");
    expect(JSON.parse(JSON.parse(literal) as string)).toEqual(defaultReferenceData());
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
