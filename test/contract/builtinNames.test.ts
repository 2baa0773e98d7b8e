import fs from "node:fs";
import path from "node:path";
import { readMetadata } from "../support/shippedBundle";

/** Excel's built-in names in English (Microsoft's list, in test/fixtures) and in the 17 languages HyperFormula's packs translate. */
function builtinNames(): Map<string, string> {
  const names = new Map<string, string>();
  const english = fs.readFileSync(path.resolve(__dirname, "../fixtures/excel-builtin-functions.txt"), "utf8");
  for (const name of english
    .split("\n")
    .filter((l) => !l.startsWith("#"))
    .join(" ")
    .split(/\s+/)
    .filter(Boolean))
    names.set(name.toUpperCase(), "en");
  const dir = path.dirname(require.resolve("hyperformula/commonjs/i18n/languages/enUS.js"));
  for (const file of fs.readdirSync(dir).filter((f) => /^[a-z]{2}[A-Z]{2}\.js$/.test(f))) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pack = require(path.join(dir, file)).default as { functions: Record<string, string> };
    for (const localized of Object.values(pack.functions)) if (!names.has(localized.toUpperCase())) names.set(localized.toUpperCase(), file.slice(0, 4));
  }
  return names;
}

describe("function names stay clear of Excel's built-ins in every language", () => {
  const builtins = builtinNames();
  // The last segment after CHANNEL., as Excel would show it without the namespace.
  const lastSegment = (name: string) => name.replace(/^CHANNEL\./i, "").toUpperCase();

  it("has a real list to check against", () => {
    expect(builtins.size).toBeGreaterThan(1500);
    expect(builtins.get("RANK")).toBe("en");
    expect(builtins.get("XLOOKUP")).toBe("en");
    expect(builtins.has("ARCCOS")).toBe(true); // ACOS in German
  });

  it.each(["functions.json", "functions-zh-cn.json"])("no id or name in dist/%s is a built-in", (file) => {
    const clashes = readMetadata(file).flatMap((f) =>
      [f.id, f.name]
        .map(lastSegment)
        .filter((n) => builtins.has(n))
        .map((n) => `${n} (${builtins.get(n)})`),
    );
    expect(clashes).toEqual([]);
  });

  it("ranks platforms under CHANNEL.RANKPLATFORMS, not CHANNEL.RANK", () => {
    const ids = readMetadata().map((f) => f.id);
    expect(ids).toContain("RANKPLATFORMS");
    expect(ids).not.toContain("RANK");
  });
});
