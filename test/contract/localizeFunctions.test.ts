// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeFunctionsMetadata } = require("../../scripts/localize-functions");

const metadata = { functions: [{ id: "FIT", name: "FIT", description: "Fit", parameters: [{ name: "platform", type: "string" }] }] };

describe("localizeFunctionsMetadata", () => {
  it("translates descriptions and parameters but keeps ids and names", () => {
    const { metadata: out, problems } = localizeFunctionsMetadata(metadata, { FIT: { description: "匹配度", parameters: { platform: { name: "平台", description: "平台名" } } } });
    expect(problems).toEqual([]);
    expect(out.functions[0]).toEqual({ id: "FIT", name: "FIT", description: "匹配度", parameters: [{ name: "平台", description: "平台名", type: "string" }] });
  });

  it("reports missing and stray translations so the build fails", () => {
    expect(localizeFunctionsMetadata(metadata, {}).problems).toEqual(["FIT: no translation"]);
    expect(localizeFunctionsMetadata(metadata, { FIT: { description: "x", parameters: {} }, GONE: { description: "y", parameters: {} } }).problems).toEqual([
      "translation for unknown function GONE",
      "FIT.platform: no translation",
    ]);
  });
});
