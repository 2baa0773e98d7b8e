import fs from "node:fs";
import path from "node:path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest } = require("../../scripts/manifest-check");

const source = fs.readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");
const dist = path.resolve(__dirname, "../../dist");

describe("checkManifest (offline)", () => {
  it("passes the project's manifest, including the built files it points at", () => {
    expect(checkManifest(fs.readFileSync(path.join(dist, "manifest.xml"), "utf8"), { distDir: dist })).toEqual([]);
  });

  it.each([
    ["an undefined resid", source.replace('<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>'), 'resid "Group.Missing" on <Label> is not defined in <Resources>'],
    [
      "an http URL",
      source.replace('DefaultValue="https://localhost:3000/functions.js"', 'DefaultValue="http://localhost:3000/functions.js"'),
      '<bt:Url id="Functions.Script.Url"> uses a non-HTTPS URL: http://localhost:3000/functions.js',
    ],
    ["a wrong namespace", source.replace('DefaultValue="CHANNEL"', 'DefaultValue="CONTOSO"'), 'custom-functions namespace must be "CHANNEL", found "CONTOSO"'],
    [
      "elements out of order",
      source
        .replace(/(<Permissions>ReadWriteDocument<\/Permissions>)\s*/, "")
        .replace("<Hosts>\n    <Host Name", "<Permissions>ReadWriteDocument</Permissions>\n  <Hosts>\n    <Host Name"),
      "<Hosts> is out of order inside <OfficeApp>",
    ],
    [
      "a runtime id used inconsistently",
      source.replace('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Functions.Script.Url"/>'),
      '<FunctionFile> uses resid "Functions.Script.Url" but the shared <Runtime> uses "Taskpane.Url"',
    ],
    ["a short-lived runtime", source.replace('lifetime="long"', 'lifetime="short"'), '<Runtime lifetime> must be "long"'],
    ["broken XML", source.replace("</OfficeApp>", ""), "not well-formed XML"],
  ])("fails %s with a message naming the problem", (_what, xml, expected) => {
    const problems: string[] = checkManifest(xml);
    expect(problems.join("\n")).toContain(expected);
  });

  it("fails when the manifest points at a file the build did not produce", () => {
    const xml = source.replace('https://localhost:3000/functions.json"', 'https://localhost:3000/functions-v2.json"');
    expect(checkManifest(xml, { distDir: dist })).toContain(
      '<bt:Url id="Functions.Metadata.Url"> points at https://localhost:3000/functions-v2.json, but the build has no dist/functions-v2.json',
    );
  });
});
