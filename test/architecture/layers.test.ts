import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";

/**
 * The layers of src/, lowest first: a file may import from its own layer or a lower one, never from a higher one or
 * from a view beside it. data (figures) → engine (the model, codes only) → messages (the zh/en catalogue) → input
 * (scenario, bill calibration, what both bundles share) → report (layout as data) → views.
 */
const RANK: Record<string, number> = { data: 0, engine: 1, messages: 2, scenario: 3, calibrate: 3, shared: 3, report: 4, functions: 5, taskpane: 5, cli: 5 };

const SRC = join(__dirname, "..", "..", "src");
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
const layerOf = (file: string) => relative(SRC, file).split("/")[0]!;

function crossings(): string[] {
  const wrong: string[] = [];
  for (const file of files(SRC)) {
    const from = layerOf(file);
    for (const m of readFileSync(file, "utf8").matchAll(/from "(\.[^"]+)"/g)) {
      const to = layerOf(normalize(join(dirname(file), m[1]!)));
      const upward = RANK[to]! > RANK[from]!;
      const sideways = to !== from && RANK[to] === RANK[from] && RANK[from] === 5;
      if (upward || sideways) wrong.push(`${relative(SRC, file)} imports ${m[1]} (${from} → ${to})`);
    }
  }
  return wrong;
}

describe("layers", () => {
  it("names every folder of src/ as a layer", () => {
    const folders = readdirSync(SRC, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.filter((f) => RANK[f] === undefined)).toEqual([]);
    expect(folders.sort()).toEqual(Object.keys(RANK).sort());
  });

  it("imports point down only: no file imports from a higher layer or from a view beside it", () => {
    expect(crossings()).toEqual([]);
  });

  it("the engine holds no catalogue: it returns codes, the messages layer words them", () => {
    const engineFiles = files(join(SRC, "engine")).map((f) => readFileSync(f, "utf8"));
    expect(engineFiles.filter((text) => /from "[./]*\/messages/.test(text))).toEqual([]);
  });
});
