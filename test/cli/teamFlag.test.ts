import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { label } from "../../src/messages";
import { buildPlan } from "../../src/scenario/buildPlan";
import { scenarioSchema } from "../../src/scenario/scenario";
import { editWorkbook, typeNumber } from "../support/bossEdits";
import { recalcProfile, recalculateAll } from "../support/libreOfficeRecalc";
import { buildCli, ROOT, runPlan } from "../support/planCli";
import { readXlsx, type ReadWorkbook } from "../support/readXlsx";

/* Issue 22 §3: the plan warns when its peak team needs more people than the company has; an edit to the people
   available that makes the warning appear or go shows the plan-status flag. The sample, told it has exactly its peak
   team, is not warned; one person fewer would be. Recalculated by LibreOffice. */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "channelfit-team-"));
const SUMMARY = label("sheetSummary", "zh");
const INPUTS = label("sheetInputs", "zh");
const base = scenarioSchema.parse(parse(fs.readFileSync(path.join(ROOT, "examples/warmhill-knitwear.yaml"), "utf8")));
const planOf = (teamAvailable: number) => {
  const r = buildPlan(defaultReferenceData(), { ...base, company: { ...base.company, teamAvailable } }, "2026-12-04");
  if (!r.ok) throw new Error(r.issue.code);
  return r.value.plan;
};
const peak = planOf(1000).summary.peakPeople;

const status = (wb: ReadWorkbook) => {
  const cells = wb.cells.get(SUMMARY)!;
  for (let r = 1; r < 200; r++) if (cells.get(`A${r}`) === label("planStatus", "zh")) return cells.get(`B${r}`);
  throw new Error("no plan status");
};

const books: ReadWorkbook[] = [];
beforeAll(async () => {
  buildCli();
  const yaml = path.join(tmp, "team.yaml");
  fs.writeFileSync(yaml, fs.readFileSync(path.join(ROOT, "examples/warmhill-knitwear.yaml"), "utf8").replace(/^company:\n/m, `company:\n  teamAvailable: ${peak}\n`));
  const file = path.join(tmp, "plan.xlsx");
  const run = runPlan([yaml, "--out", file]);
  if (run.status !== 0) throw new Error(run.stderr);
  const inputs = (await readXlsx(fs.readFileSync(file))).cells.get(INPUTS)!;
  let row = 1;
  while (inputs.get(`A${row}`) !== label("teamAvailable", "zh")) if (++row > 200) throw new Error("no people-available row");
  expect(inputs.get(`B${row}`)).toBe(peak);
  const copies = [peak - 1, peak + 3].map((n) => path.join(tmp, `available-${n}.xlsx`));
  await editWorkbook(file, copies[0]!, [typeNumber(INPUTS, `B${row}`, peak - 1)]);
  await editWorkbook(file, copies[1]!, [typeNumber(INPUTS, `B${row}`, peak + 3)]);
  for (const out of recalculateAll([file, ...copies], path.join(tmp, "recalc"), recalcProfile())) books.push(await readXlsx(fs.readFileSync(out)));
}, 600_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("the plan-status flag on the people available", () => {
  it("a rerun warns with one person fewer than the peak team, and not with the peak team or more", () => {
    expect(peak).toBeGreaterThan(1);
    expect(planOf(peak).summary.teamOver).toBe(false);
    expect(planOf(peak + 3).summary.teamOver).toBe(false);
    expect(planOf(peak - 1).summary.teamOver).toBe(true);
  });

  it("reads 'matches' unedited and with more people, and 're-run the plan' with one person fewer", () => {
    const [unedited, fewer, more] = books.map(status);
    expect(unedited).toBe(label("statusMatches", "zh"));
    expect(fewer).toBe(label("statusTeamCrossed", "zh"));
    expect(more).toBe(label("statusMatches", "zh"));
  });
});
