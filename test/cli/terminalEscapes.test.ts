/* eslint-disable no-control-regex -- these tests are about control characters */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { visibleControls } from "../../src/cli/visibleControls";
import { buildCli, ROOT, runPlan } from "../support/planCli";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "channelfit-esc-"));
const SAMPLE = fs.readFileSync(path.join(ROOT, "examples/warmhill-knitwear.yaml"), "utf8");
beforeAll(() => buildCli());
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const OSC8 = "\u001b]8;;https://evil.example/\u0007click\u001b]8;;\u0007";
/** Control characters a terminal acts on: C0 but tab and line feed, DEL, C1, and bidi overrides. */
const RAW_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

describe("control characters reach the terminal visible, never raw (issue 22, 4.7)", () => {
  it("shows ESC, BEL, CR, C1 and bidi overrides as escapes", () => {
    expect(visibleControls("a\u001b[31mred\u0007\r\u009b\u202Eb\tc\nd")).toBe("a\\x1B[31mred\\x07\\x0D\\x9B\\u202Eb\tc\nd");
  });

  it("an OSC 8 link in a value (a category) is printed as text in the error", () => {
    const file = path.join(tmp, "osc.yaml");
    fs.writeFileSync(file, SAMPLE.replace("category: 服装", `category: "${OSC8.replace(/\u001b/g, "\\e").replace(/\u0007/g, "\\a")}"`));
    const run = runPlan([file, "--out", path.join(tmp, "o.xlsx"), "--lang", "en"]);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(RAW_CONTROL);
    expect(run.stderr).toContain("\\x1B]8;;https://evil.example/\\x07click");
  });

  it("a file name with escapes is shown escaped on stderr and stdout", () => {
    const name = `plan\u001b[2J\u0007.yaml`;
    const file = path.join(tmp, name);
    fs.writeFileSync(file, SAMPLE);
    const out = path.join(tmp, `out\u001b]0;title\u0007.xlsx`);
    const run = runPlan([file, "--out", out, "--lang", "en"]);
    expect(run.status).toBe(0);
    expect(run.stderr).not.toMatch(RAW_CONTROL);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(run.stderr).toContain("plan\\x1B[2J\\x07.yaml");
    const missing = runPlan([path.join(tmp, "gone\u001b[2J.yaml"), "--lang", "en"]);
    expect(missing.stderr).not.toMatch(RAW_CONTROL);
    expect(missing.stderr).toContain("gone\\x1B[2J.yaml");
  });
});
