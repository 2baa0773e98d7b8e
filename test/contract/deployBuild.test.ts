import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateManifest } = require("../../scripts/validate-xsd") as { validateManifest: (file: string) => { ok: boolean; output: string } };

const ROOT = path.resolve(__dirname, "../..");
const BASE_URL = "https://addins.example.com/channelfit/";

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe("a production build for a real host", () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "channelfit-deploy-"));
  beforeAll(() => {
    execFileSync("npx", ["webpack", "--mode", "production", "--env", `outDir=${out}`], { cwd: ROOT, env: { ...process.env, CHANNELFIT_BASE_URL: BASE_URL }, stdio: "pipe" });
  }, 600_000);
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  it("leaves nothing of localhost in any file it ships", () => {
    const files = filesUnder(out);
    expect(files.map((f) => path.relative(out, f))).toEqual(expect.arrayContaining(["manifest.xml", "functions.js", "taskpane.html", "functions.json"]));
    expect(files.filter((f) => fs.readFileSync(f).includes("localhost")).map((f) => path.relative(out, f))).toEqual([]);
  });

  it("points every URL at the base URL and the AppDomain at its origin", () => {
    const manifest = fs.readFileSync(path.join(out, "manifest.xml"), "utf8");
    expect(manifest).toContain("<AppDomain>https://addins.example.com</AppDomain>");
    expect(manifest).toContain(`<SourceLocation DefaultValue="${BASE_URL}taskpane.html"/>`);
    const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(8);
    expect(urls.filter((u) => !u!.startsWith(BASE_URL))).toEqual([]);
  });

  it("validates against Microsoft's manifest XSDs, which do reject a broken manifest", () => {
    const file = path.join(out, "manifest.xml");
    expect(validateManifest(file)).toMatchObject({ ok: true });
    const broken = path.join(out, "broken-manifest.xml");
    fs.writeFileSync(broken, fs.readFileSync(file, "utf8").replace('lifetime="long"', 'lifetime="forever"'));
    expect(validateManifest(broken)).toMatchObject({ ok: false, output: expect.stringContaining("lifetime") });
  });
});
