/* Opens an .xlsx in real LibreOffice (headless), recalculates every formula on load and saves it again, so a test
   can read what LibreOffice computed. */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`;

/** A throwaway LibreOffice profile that recalculates .xlsx formulas on load (never trusting cached values). */
export function recalcProfile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lo-profile-"));
  fs.mkdirSync(path.join(dir, "user"), { recursive: true });
  fs.writeFileSync(path.join(dir, "user/registrymodifications.xcu"), RECALC_ALWAYS);
  return dir;
}

/** Converts `file` with LibreOffice after a full recalculation; returns the path of the recalculated .xlsx. */
export function recalculate(file: string, outDir: string, profile = recalcProfile()): string {
  fs.mkdirSync(outDir, { recursive: true });
  const r = spawnSync(
    "soffice",
    [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outDir, file],
    { encoding: "utf8", timeout: 300_000 },
  );
  if (r.status !== 0) throw new Error(`soffice failed (${r.status}): ${r.stderr}`);
  const out = path.join(outDir, path.basename(file));
  if (!fs.existsSync(out)) throw new Error(`soffice wrote nothing: ${r.stdout} ${r.stderr}`);
  return out;
}

/** Recalculates several files in one LibreOffice run (one start-up instead of one per file); returns their paths in order. */
export function recalculateAll(files: readonly string[], outDir: string, profile = recalcProfile()): string[] {
  fs.mkdirSync(outDir, { recursive: true });
  const r = spawnSync(
    "soffice",
    [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outDir, ...files],
    { encoding: "utf8", timeout: 600_000 },
  );
  if (r.status !== 0) throw new Error(`soffice failed (${r.status}): ${r.stderr}`);
  return files.map((file) => {
    const out = path.join(outDir, path.basename(file));
    if (!fs.existsSync(out)) throw new Error(`soffice wrote nothing for ${file}: ${r.stdout} ${r.stderr}`);
    return out;
  });
}
