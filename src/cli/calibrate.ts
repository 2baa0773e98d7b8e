import fs from "node:fs";
import path from "node:path";
import { billFaultText } from "../report/billFaultText";
import { calibrateFiles } from "../calibrate/calibrateFiles";
import type { Calibration } from "../calibrate/calibration";
import { type Lang } from "../engine";
import { messages } from "../messages";
import { CALIBRATE_NAMES } from "../messages/catalogue/calibrateMessages";
import { ArgumentError, failureLines } from "./failureLines";
import { FileFault, MAX_SCENARIO_MB, onFile, describeFault } from "./fileFault";
import { visibleControls } from "./visibleControls";
import { writeFileAtomically } from "./writeFileAtomically";

/** Printed with terminal controls made visible: a file name or a bill value never acts on the terminal. */
const print = (text: string) => console.log(visibleControls(text));
const printError = (text: string) => console.error(visibleControls(text));

const languageOf = (argv: string[]): Lang => (argv[argv.indexOf("--lang") + 1] === "en" && argv.includes("--lang") ? "en" : "zh");
const percent = (x: number) => `${(x * 100).toFixed(2)}%`;
const yuan = (x: number) => x.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function parseArgs(argv: string[], lang: Lang): { files: string[]; json?: string; help: boolean } {
  const files: string[] = [];
  let json: string | undefined;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--help" || a === "-h") help = true;
    else if (a === "--json") json = argv[++i] ?? "";
    else if (a === "--lang") i++;
    else if (a.startsWith("-")) throw new ArgumentError([messages(lang).cli.unknownOption(a)]);
    else files.push(a);
  }
  if (json !== undefined && !json.toLowerCase().endsWith(".json")) throw new ArgumentError([messages(lang).cli.jsonNotJson(json)]);
  if (!help && files.length === 0) throw new ArgumentError([messages(lang).calibrate.noFiles()]);
  return { files, json, help };
}

function readBytes(file: string): Uint8Array {
  return onFile(file, "read", () => {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) throw new FileFault("EISDIR", file, "read");
    if (!stat.isFile() || stat.size > MAX_SCENARIO_MB * 1024 * 1024) throw new FileFault("E2BIG", file, "read");
    return fs.readFileSync(file);
  });
}

function report(c: Calibration, lang: Lang): string[] {
  const say = messages(lang).calibrate;
  const name = (k: string) => CALIBRATE_NAMES[k]?.[lang] ?? k;
  const lines = c.files.flatMap((f) => [
    say.fileLine(f.file, f.layout, f.encoding, f.rows, f.used),
    ...f.skipped.map((s) => say.skipped(s.count, name(s.reason))),
    ...f.notCosts.map((m) => say.notCost(m.label, m.count, yuan(m.amount))),
  ]);
  for (const [code, p] of Object.entries(c.platforms)) {
    lines.push(say.platformLine(code, p.period.from, p.period.to, p.orders, yuan(p.sales)));
    for (const [k, v] of Object.entries(p.rates)) lines.push(say.rateLine(name(k), percent(v)));
    if (p.settlementDays !== undefined) lines.push(say.settlement(p.settlementDays));
  }
  return lines;
}

async function main(argv: string[], lang: Lang): Promise<number> {
  const say = messages(lang).calibrate;
  const args = parseArgs(argv, lang);
  if (args.help) return (print(say.usage()), 0);
  const read: Array<{ name: string; bytes: Uint8Array }> = [];
  const faults: string[] = [];
  for (const file of args.files) {
    try {
      read.push({ name: file, bytes: readBytes(file) });
    } catch (error) {
      if (!(error instanceof FileFault)) throw error;
      faults.push(describeFault(error, lang));
    }
  }
  const { calibration, faults: billFaults } = await calibrateFiles(read, new Date(), []);
  faults.push(...billFaults.map(({ file, fault }) => billFaultText(file, fault, lang)));
  for (const line of report(calibration, lang)) print(line);
  if (args.json !== undefined && calibration.files.length > 0) {
    writeFileAtomically(new TextEncoder().encode(`${JSON.stringify(calibration, null, 1)}\n`), path.resolve(args.json), args.json);
    printError(say.wrote(args.json));
  }
  for (const fault of faults) printError(messages(lang).cli.failed(fault));
  return faults.length > 0 ? 1 : 0;
}

const argv = process.argv.slice(2);
const lang = languageOf(argv);
main(argv, lang).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    const failure = failureLines(error, lang, argv.includes("--debug"));
    printError(failure.text);
    process.exitCode = failure.exitCode;
  },
);
