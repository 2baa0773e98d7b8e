import { execFileSync, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { messages } from "../../src/messages";
import { MAX_LIST_ENTRIES } from "../../src/cli/loadScenario";
import { MAX_SCENARIO_MB } from "../../src/cli/fileFault";
import { SCENARIO_LIMITS } from "../../src/scenario/scenario";
import { buildCli, ROOT } from "../support/planCli";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "channelfit-bounded-"));
const CLI = path.join(ROOT, "build/src/cli/plan.js");
beforeAll(() => buildCli());
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The CLI under a small heap, so unbounded reading or parsing shows as a crash instead of eating the machine. */
const runSmall = (args: string[], timeout = 60_000) =>
  spawnSync(process.execPath, ["--max-old-space-size=192", CLI, ...args, "--lang", "en"], { cwd: ROOT, encoding: "utf8", timeout });
const lines = (stderr: string) => stderr.split("\n").filter((l) => l.startsWith("ChannelFit:"));

function exitOf(child: ReturnType<typeof spawn>): Promise<number | null> {
  return new Promise((resolve) => child.on("close", (code) => resolve(code)));
}

describe("bytes and list sizes are bounded before parsing; signals end the run (issue 22, 4.6)", () => {
  it("a 9.4-million-item list in an 18 MB YAML is refused with one line, not a heap crash", () => {
    const file = path.join(tmp, "huge-list.yaml");
    fs.writeFileSync(file, `brand: X\ncompany: {annualTarget: 1, monthlyAdBudget: 1, seasonality: [${"0,".repeat(9_400_000)}0]}\nproducts: []\n`);
    expect(fs.statSync(file).size).toBeGreaterThan(18_000_000);
    const run = runSmall([file, "--out", path.join(tmp, "x.xlsx")]);
    expect({ status: run.status, lines: lines(run.stderr) }).toEqual({
      status: 1,
      lines: [`ChannelFit: ${messages("en").cli.tooManyEntries(file, MAX_LIST_ENTRIES, SCENARIO_LIMITS.products, SCENARIO_LIMITS.overrides)}`],
    });
  });

  it("/dev/zero is read only up to the size limit, then refused", () => {
    const run = runSmall(["/dev/zero", "--out", path.join(tmp, "z.xlsx")], 30_000);
    expect({ status: run.status, lines: lines(run.stderr) }).toEqual({ status: 1, lines: [`ChannelFit: ${messages("en").cli.tooBig("/dev/zero", MAX_SCENARIO_MB)}`] });
  });

  it("a FIFO fed more than the limit is refused", async () => {
    const fifo = path.join(tmp, "big.fifo");
    execFileSync("mkfifo", [fifo]);
    const child = spawn(process.execPath, ["--max-old-space-size=192", CLI, fifo, "--out", path.join(tmp, "f.xlsx"), "--lang", "en"], { cwd: ROOT });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    const writer = fs.createWriteStream(fifo);
    writer.on("error", () => undefined);
    const chunk = Buffer.alloc(1024 * 1024, "#");
    let written = 0;
    const pump = () => {
      while (written < 40 && writer.write(chunk)) written++;
      if (written < 40) writer.once("drain", pump);
      else writer.end();
    };
    pump();
    expect(await exitOf(child)).toBe(1);
    writer.destroy();
    expect(lines(stderr)).toEqual([`ChannelFit: ${messages("en").cli.tooBig(fifo, MAX_SCENARIO_MB)}`]);
  });

  it.each(["SIGTERM", "SIGINT"] as const)("%s ends a run waiting on a FIFO that never delivers", async (signal) => {
    const fifo = path.join(tmp, `idle-${signal}.fifo`);
    execFileSync("mkfifo", [fifo]);
    const child = spawn(process.execPath, [CLI, fifo, "--out", path.join(tmp, "i.xlsx"), "--lang", "en"], { cwd: ROOT });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    // Signal only once the CLI holds the FIFO open (its handlers are installed by then), however slow the machine.
    const holdsFifo = () => {
      try {
        return fs.readdirSync(`/proc/${child.pid}/fd`).some((fd) => fs.readlinkSync(`/proc/${child.pid}/fd/${fd}`) === fifo);
      } catch {
        return false;
      }
    };
    for (let waited = 0; !holdsFifo() && waited < 30_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    child.kill(signal);
    const killer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    const code = await exitOf(child);
    clearTimeout(killer);
    expect(code).toBe(signal === "SIGTERM" ? 143 : 130);
    expect(stderr).toContain(`stopped by ${signal}`);
  });
});
