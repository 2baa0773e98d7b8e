import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { writeWorkbookFile } from "../../src/cli/writeWorkbookFile";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { bossWorkbook } from "../../src/report/bossWorkbook";
import { buildPlan } from "../../src/scenario/buildPlan";
import { scenarioSchema } from "../../src/scenario/scenario";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "channelfit-write-"));

function spec() {
  const scenario = scenarioSchema.parse(parse(fs.readFileSync(path.resolve(__dirname, "../../examples/warmhill-knitwear.yaml"), "utf8")));
  const plan = buildPlan(defaultReferenceData(), scenario, "2026-11-22");
  if (!plan.ok) throw new Error(plan.issue.code);
  return bossWorkbook(scenario, plan.value, "en", new Date("2026-11-22T08:00:00Z"));
}

describe("writeWorkbookFile's temp file (#2)", () => {
  it("never follows a symlink planted where a temp file might be, and leaves a regular file", async () => {
    const victim = path.join(tmp, "victim.txt");
    fs.writeFileSync(victim, "precious");
    const out = path.join(tmp, "plan.xlsx");
    // The old predictable name, and the prefix of the new one for this process.
    fs.symlinkSync(victim, path.join(tmp, `.plan.xlsx.${process.pid}.tmp`));
    await writeWorkbookFile(spec(), out, new Date("2026-11-22T08:00:00Z"));
    expect(fs.readFileSync(victim, "utf8")).toBe("precious");
    expect(fs.lstatSync(out).isFile()).toBe(true);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    expect(fs.readdirSync(tmp).filter((f) => f.endsWith(".channelfit.tmp"))).toEqual([]);
  });
});
