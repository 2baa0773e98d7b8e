import fs from "node:fs";
import path from "node:path";
import { label } from "../../src/messages";
import { editWorkbook, typeNumber } from "./bossEdits";
import { recalcProfile, recalculateAll } from "./libreOfficeRecalc";
import { buildCli, runPlan } from "./planCli";
import { readXlsx, type ReadWorkbook } from "./readXlsx";

const INPUTS = label("sheetInputs", "zh");

/**
 * A boss's what-if on unit costs, end to end: the scenario (`yamlText`, `skus` products) planned by the built CLI as a
 * zh workbook in `dir`, a copy with every SKU's unit cost on the Inputs sheet typed in × `factor` (to the fen), and
 * both recalculated by LibreOffice.
 */
export async function unitCostsEdited(dir: string, yamlText: string, skus: number, factor: number): Promise<{ unedited: ReadWorkbook; edited: ReadWorkbook }> {
  buildCli();
  const yaml = path.join(dir, "scenario.yaml");
  fs.writeFileSync(yaml, yamlText);
  const file = path.join(dir, "plan.xlsx");
  const run = runPlan([yaml, "--out", file, "--lang", "zh"]);
  if (run.status !== 0) throw new Error(run.stderr);
  const inputs = (await readXlsx(fs.readFileSync(file))).cells.get(INPUTS)!;
  let header = 1;
  while (inputs.get(`A${header}`) !== "SKU") header++;
  const cost = (row: number) => typeNumber(INPUTS, `E${row}`, Math.round(Number(inputs.get(`E${row}`)) * factor * 100) / 100);
  const copy = path.join(dir, "edited.xlsx");
  await editWorkbook(
    file,
    copy,
    Array.from({ length: skus }, (_, i) => cost(header + 1 + i)),
  );
  const [a, b] = recalculateAll([file, copy], path.join(dir, "recalc"), recalcProfile());
  return { unedited: await readXlsx(fs.readFileSync(a!)), edited: await readXlsx(fs.readFileSync(b!)) };
}
