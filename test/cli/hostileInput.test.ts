import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildCli, ROOT, runPlan } from "../support/planCli";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "channelfit-hostile-"));
const CLI = path.join(ROOT, "build/src/cli/plan.js");
const SAMPLE = fs.readFileSync(path.join(ROOT, "examples/warmhill-knitwear.yaml"), "utf8");

beforeAll(() => buildCli());

function write(name: string, content: string | Uint8Array): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
}

/** The failure lines a run printed (progress lines excluded), and whether any stack frame leaked. */
function failure(stderr: string): { lines: string[]; stack: boolean } {
  const lines = stderr.split("\n").filter((l) => l.startsWith("ChannelFit:"));
  return { lines, stack: /^\s+at .+\(.*:\d+:\d+\)$/m.test(stderr) };
}

const thousand = () =>
  write(
    "thousand.json",
    JSON.stringify({
      brand: "Big",
      company: { annualTarget: 50_000_000, monthlyAdBudget: 500_000 },
      products: Array.from({ length: 1000 }, (_, i) => ({ sku: `S-${i}`, name: `P ${i}`, category: "服装", price: 100 + i, unitCost: 30 })),
    }),
  );

describe("file faults: one line naming the user's path, exit 1, stack only with --debug (#3)", () => {
  it.each([
    ["a missing scenario", () => ["nowhere/missing.yaml"], "nowhere/missing.yaml: no such file; check the path."],
    ["a folder as the scenario", () => [tmp], `${tmp}: is a folder, not a file; name a file.`],
    [
      "--out naming a folder",
      () => (fs.mkdirSync(path.join(tmp, "folder.xlsx"), { recursive: true }), ["--out", path.join(tmp, "folder.xlsx")]),
      `${path.join(tmp, "folder.xlsx")}: is a folder; give --out a file name ending in .xlsx.`,
    ],
    [
      "--out inside a regular file",
      () => (write("plain.txt", "x"), ["--out", path.join(tmp, "plain.txt", "plan.xlsx")]),
      `${path.join(tmp, "plain.txt", "plan.xlsx")}: a file is in the way of this folder; choose another path with --out.`,
    ],
  ])("%s", (_what, args, message) => {
    const run = runPlan([...args(), "--lang", "en"]);
    expect(run.status).toBe(1);
    expect(failure(run.stderr)).toEqual({ lines: [`ChannelFit: ${message}`], stack: false });
    const debug = runPlan([...args(), "--lang", "en", "--debug"]);
    expect(debug.status).toBe(1);
    expect(failure(debug.stderr).stack).toBe(true);
  });

  it("a file-size limit (ulimit -f) while writing names the output and leaves no temp file", () => {
    const out = path.join(tmp, "limited", "plan.xlsx");
    const run = spawnSync("bash", ["-c", `ulimit -f 8 && exec "${process.execPath}" "${CLI}" --out "${out}" --lang en`], { cwd: ROOT, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(failure(run.stderr)).toEqual({ lines: [`ChannelFit: ${out}: the file-size limit of this shell was reached; raise it (ulimit -f) or write elsewhere.`], stack: false });
    expect(fs.readdirSync(path.dirname(out))).toEqual([]);
  });
});

describe("temp files: exclusive, random, cleaned up (#2)", () => {
  it("removes ChannelFit temp files left by a crashed run, and only those", () => {
    const dir = path.join(tmp, "stale");
    fs.mkdirSync(dir);
    const dead = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf8" }).stdout.trim();
    // The old pattern (`.plan.xlsx.<pid>.tmp`) is a name a user's file can have: it stays (issue 22, 4.13).
    const stale = [`.plan.xlsx.${dead}.0123456789abcdef.channelfit.tmp`];
    for (const name of [...stale, `.plan.xlsx.${dead}.tmp`, "notes.tmp", ".other.xlsx.1.tmp"]) fs.writeFileSync(path.join(dir, name), "left over");
    expect(runPlan(["--out", path.join(dir, "plan.xlsx")]).status).toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual([".other.xlsx.1.tmp", `.plan.xlsx.${dead}.tmp`, "notes.tmp", "plan.xlsx"].sort());
  });

  it("stops on SIGTERM with a message and no temp file", async () => {
    const dir = path.join(tmp, "signal");
    fs.mkdirSync(dir);
    const child = spawn(process.execPath, [CLI, thousand(), "--out", path.join(dir, "plan.xlsx"), "--lang", "en"], { cwd: ROOT });
    let stderr = "";
    let sent = false;
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      if (!sent && stderr.includes("scored")) sent = child.kill("SIGTERM");
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    expect(code).toBe(143);
    expect(stderr).toContain("ChannelFit: stopped by SIGTERM; nothing was written.");
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe("YAML aliases and nesting (#4)", () => {
  it("accepts a scenario that reuses anchors hundreds of times", () => {
    const rows = Array.from({ length: 300 }, (_, i) => `  - {sku: B${i}, name: n, category: *cat, price: 99, unitCost: *cost}`).join("\n");
    const file = write(
      "aliases.yaml",
      `brand: b\ncompany: {annualTarget: 100000, monthlyAdBudget: 1000}\nproducts:\n  - {sku: A, name: n, category: &cat 服装, price: 99, unitCost: &cost 30}\n${rows}\n`,
    );
    expect(runPlan([file, "--out", path.join(tmp, "aliases.xlsx")]).status).toBe(0);
  });

  it("refuses an alias bomb with one message", () => {
    let bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    for (const [prev, name] of ["ab", "bc", "cd", "de", "ef", "fg", "gh", "hi"]) bomb += `${name}: &${name} [${Array(10).fill(`*${prev}`).join(", ")}]\n`;
    const run = runPlan([write("bomb.yaml", bomb), "--lang", "en"]);
    expect(run.status).toBe(1);
    expect(failure(run.stderr)).toEqual({ lines: [expect.stringMatching(/bomb\.yaml: the YAML aliases \(\*name\) expand to too much data/)], stack: false });
  });

  it("refuses deeply nested JSON with one message", () => {
    const run = runPlan([write("deep.json", `${"[".repeat(20000)}${"]".repeat(20000)}`), "--lang", "en"]);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toContain("Maximum call stack");
    expect(failure(run.stderr)).toEqual({ lines: [expect.stringMatching(/deep\.json:1: nested more than 64 levels deep/)], stack: false });
  });
});

describe("output is complete when piped (#5)", () => {
  it("prints all 2,001 lines of a long error list into a slow pipe", () => {
    const file = write(
      "many.json",
      JSON.stringify({
        brand: "b",
        company: { annualTarget: 1, monthlyAdBudget: 1 },
        products: Array.from({ length: 2000 }, (_, i) => ({ sku: `S${i}`, name: "n", category: "服装", price: "ten", unitCost: 1 })),
      }),
    );
    const run = spawnSync("bash", ["-c", `"${process.execPath}" "${CLI}" "${file}" --lang en 2>&1 >/dev/null | (sleep 1; wc -l)`], { cwd: ROOT, encoding: "utf8" });
    expect(run.stdout.trim()).toBe("2001");
  });
});

describe("encodings (#6)", () => {
  // "服装" and "暖山" in GBK, byte by byte, as a Chinese Windows editor saves them.
  const gbk = (text: string) =>
    Buffer.concat(
      text
        .split(/(服装|暖山)/)
        .map((part) => (part === "服装" ? Buffer.from([0xb7, 0xfe, 0xd7, 0xb0]) : part === "暖山" ? Buffer.from([0xc5, 0xaf, 0xc9, 0xbd]) : Buffer.from(part, "ascii"))),
    );

  it("reads a GBK scenario as GB18030 and says so", () => {
    const file = write(
      "gbk.yaml",
      gbk("brand: 暖山\ncompany: {annualTarget: 100000, monthlyAdBudget: 1000}\nproducts:\n  - {sku: A, name: n, category: 服装, price: 99, unitCost: 30}\n"),
    );
    const run = runPlan([file, "--out", path.join(tmp, "gbk.xlsx"), "--lang", "en"]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("gbk.yaml: read as GB18030 (GBK), not UTF-8.");
    expect(run.stdout).toContain("暖山 channel plan");
  });

  it("refuses a file in another legacy encoding instead of garbling it", () => {
    const run = runPlan([write("latin1.yaml", Buffer.from("brand: caf\xe9\n", "latin1")), "--lang", "en"]);
    expect(run.status).toBe(1);
    expect(failure(run.stderr).lines).toEqual([expect.stringContaining("latin1.yaml: the file is neither UTF-8 nor GBK/GB18030 text")]);
  });
});

describe("every problem at once, each at its own line (#7, issue 13 #4)", () => {
  it("names both lines of a duplicate SKU and every unknown name in one run", () => {
    const bad = SAMPLE.replace("sku: WH-CD-02", "sku: WH-CS-01")
      .replace("category: 鞋包", "category: 鞋子包包")
      .replace(
        "gender: 女\n    cityTier: 2\n    brandStatus: registered\n    contentCapacity: medium\n  - sku: WH-BT-04",
        "gender: 外星人\n    cityTier: 2\n    brandStatus: registered\n    contentCapacity: medium\n  - sku: WH-BT-04",
      )
      .replace("platform: 天猫", "platform: 天貓貓");
    const run = runPlan([write("bad.yaml", bad), "--lang", "en"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`bad.yaml:29: products[1].sku: "WH-CS-01" is used twice, also at products[0].sku (${tmp}/bad.yaml:17)`);
    expect(run.stderr).toMatch(/bad\.yaml:49: products\[2\]\.gender: "外星人" is not recognised/);
    expect(run.stderr).toMatch(/bad\.yaml:55: products\[3\]\.category: "鞋子包包" is not recognised/);
    expect(run.stderr).toMatch(/bad\.yaml:66: overrides\[0\]\.platform: "天貓貓" is not recognised/);
  });

  it.each([
    ["out of range", "value: 5", /^ChannelFit: .*\/bad-override\.yaml:69: overrides\[0\]\.value: 5 is out of range/],
    ["not a number", "value: five", /^ChannelFit: .*\/bad-override\.yaml:69: overrides\[0\]\.value: expected a number, got "five"/],
  ])("points an override value that is %s at its own line", (_what, value, message) => {
    const run = runPlan([write("bad-override.yaml", SAMPLE.replace("value: 0.05", value)), "--lang", "en"]);
    expect(run.status).toBe(1);
    expect(failure(run.stderr).lines).toEqual([expect.stringMatching(message)]);
  });
});
