import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

// A user's clone has nothing beside it (no ../shared): the manifest check must find everything it reads inside the clone.
describe("a fresh clone with nothing beside it", () => {
  const outer = fs.mkdtempSync(path.join(os.tmpdir(), "channelfit-clone-"));
  const clone = path.join(outer, "channelfit");
  beforeAll(() => {
    const head = execFileSync("git", ["rev-parse", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
    execFileSync("git", ["clone", "--quiet", "--no-checkout", ROOT, clone], { stdio: "pipe" });
    execFileSync("git", ["checkout", "--quiet", head], { cwd: clone, stdio: "pipe" });
  }, 120_000);
  afterAll(() => fs.rmSync(outer, { recursive: true, force: true }));

  it("has only the clone in its parent folder", () => {
    expect(fs.readdirSync(outer)).toEqual(["channelfit"]);
  });

  it("validates the built manifest against the XSDs it carries (npm run validate:xsd)", () => {
    const manifest = path.join(ROOT, "dist/manifest.xml");
    const run = spawnSync("node", ["scripts/validate-xsd.js", manifest], { cwd: clone, encoding: "utf8", env: { PATH: process.env.PATH } });
    expect({ status: run.status, output: `${run.stdout}${run.stderr}`.trim() }).toEqual({ status: 0, output: `validate-xsd: ${manifest} validates` });
  });

  it("reads nothing from outside the clone in its scripts, tests or CI", () => {
    const tracked = execFileSync("git", ["ls-files", "scripts", "test", ".ci", "package.json", "jest.config.js", "webpack.config.js"], { cwd: clone, encoding: "utf8" })
      .split("\n")
      .filter(Boolean);
    const outside = /\.\.\/(?:\.\.\/)*shared\/|\/work\/shared/;
    expect(tracked.filter((f) => f !== "test/contract/freshClone.test.ts" && outside.test(fs.readFileSync(path.join(clone, f), "utf8")))).toEqual([]);
  });
});
