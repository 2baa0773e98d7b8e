#!/usr/bin/env node
// npm run plan -- [scenario.yaml|.json] [--out file.xlsx] [--json plan.json] [--lang zh|en] [--debug]
import fs from "node:fs";
import path from "node:path";
import { defaultReferenceData } from "../data/defaultReferenceData";
import { type Lang } from "../engine";
import { messages } from "../messages";
import { bossWorkbook } from "../report/bossWorkbook";
import { buildPlan } from "../scenario/buildPlan";
import { planJsonDocument } from "../report/planJson";
import { scenarioProblems } from "../scenario/scenarioProblems";
import { calibrationOverrides, calibrationSchema, withBillRates, type OverrideRow } from "../calibrate/calibrationOverrides";
import { tuneHeapForBatch } from "./batchHeap";
import { ArgumentError, failureLines } from "./failureLines";
import { onFile } from "./fileFault";
import { describeAt, loadScenario, ScenarioError } from "./loadScenario";
import { printSummary } from "./printSummary";
import { readScenarioFile } from "./readScenarioFile";
import { removeLiveTemps } from "./tempFiles";
import { visibleControls } from "./visibleControls";
import { writeJsonFile } from "./writeJsonFile";
import { writeWorkbookFile } from "./writeWorkbookFile";

/** What the CLI prints, with terminal controls made visible: a brand, a value or a path never acts on the terminal. */
const print = (text: string) => console.log(visibleControls(text));
const printError = (text: string) => console.error(visibleControls(text));

interface Args {
  scenario?: string;
  /** A calibration JSON whose rates replace the rate card's (also the scenario's `calibration` key). */
  calibration?: string;
  out: string;
  json?: string;
  lang: Lang;
  debug: boolean;
  help: boolean;
}

function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "package.json")) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

/** The language is read first, so that every later complaint about the arguments is in it. */
function languageOf(argv: string[]): Lang {
  const at = argv.indexOf("--lang");
  return argv[at + 1] === "en" && at >= 0 ? "en" : "zh";
}

function parseArgs(argv: string[], lang: Lang): Args {
  const say = messages(lang).cli;
  const args: Args = { out: "out/channel-plan.xlsx", lang, debug: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--help" || a === "-h") args.help = true;
    else if (a === "--debug") args.debug = true;
    else if (a === "--out" || a === "-o") args.out = argv[++i] ?? "";
    else if (a === "--json") args.json = argv[++i] ?? "";
    else if (a === "--calibration") args.calibration = argv[++i] ?? "";
    else if (a === "--lang") {
      const value = argv[++i];
      if (value !== "zh" && value !== "en") throw new ArgumentError([say.badLang(value ?? "")]);
    } else if (a.startsWith("-")) throw new ArgumentError([say.unknownOption(a), say.usage()]);
    else if (args.scenario) throw new ArgumentError([say.twoScenarios(args.scenario, a)]);
    else args.scenario = a;
  }
  if (!args.help && !args.out.toLowerCase().endsWith(".xlsx")) throw new ArgumentError([say.outNotXlsx(args.out)]);
  if (!args.help && args.json !== undefined && !args.json.toLowerCase().endsWith(".json")) throw new ArgumentError([say.jsonNotJson(args.json)]);
  return args;
}

/** The calibration's rates as override rows, or one localized line naming the file when it is not a calibration. */
function readCalibration(file: string, shown: string, categories: string[], lang: Lang): OverrideRow[] {
  const text = onFile(shown, "read", () => fs.readFileSync(file, "utf8"));
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const checked = calibrationSchema.safeParse(parsed);
  if (!checked.success) throw new ScenarioError([messages(lang).calibrate.notCalibration(shown)]);
  return calibrationOverrides(checked.data, categories);
}

/** Whether two paths name one file: the same path, or (when both exist) the same file by another spelling or a link. */
function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  const stat = (file: string) => {
    try {
      return fs.statSync(file, { throwIfNoEntry: false });
    } catch {
      return undefined;
    }
  };
  const [x, y] = [stat(a), stat(b)];
  return !!x && !!y && x.dev === y.dev && x.ino === y.ino;
}

async function main(argv: string[], lang: Lang): Promise<number> {
  const args = parseArgs(argv, lang);
  const say = messages(lang).cli;
  if (args.help) {
    print(say.usage());
    return 0;
  }
  const file = args.scenario ?? path.join(repoRoot(), "examples/warmhill-knitwear.yaml");
  const shown = args.scenario ?? path.relative(process.cwd(), file);
  for (const [option, output] of [
    ["--out", args.out],
    ["--json", args.json],
  ] as const)
    if (output !== undefined && sameFile(file, output)) throw new ArgumentError([say.sameAsScenario(option, output)]);
  const loaded = loadScenario(await readScenarioFile(file, shown, lang, printError), shown, lang);
  const data = defaultReferenceData();
  const calibrationFile = args.calibration ?? (loaded.scenario.calibration === undefined ? undefined : path.resolve(path.dirname(file), loaded.scenario.calibration));
  if (calibrationFile !== undefined) {
    const rows = readCalibration(calibrationFile, args.calibration ?? loaded.scenario.calibration!, Object.keys(data.rateCard.categories), lang);
    loaded.scenario.overrides = withBillRates(data.rateCard, loaded.scenario.overrides, rows);
  }
  const problems = scenarioProblems(data, loaded.scenario);
  if (problems.length > 0) throw new ScenarioError(problems.map((issue) => describeAt(loaded.locate, issue, lang)));
  const now = new Date();
  const total = loaded.scenario.products.length;
  const started = Date.now();
  let lastShown = -1;
  printError(say.planning(total, Object.keys(data.rateCard.platforms).length, shown));
  const plan = buildPlan(data, loaded.scenario, now.toISOString().slice(0, 10), (done, all) => {
    const tenth = Math.floor((done / all) * 10);
    if (all >= 200 && tenth !== lastShown) {
      lastShown = tenth;
      printError(say.scored(done, all, tenth * 10));
    }
  });
  if (!plan.ok) throw new ScenarioError([describeAt(loaded.locate, plan.issue, lang)]);
  // A signal sent while planning (synchronous work) is handled here, before anything is written.
  await new Promise((resolve) => setImmediate(resolve));
  const spec = bossWorkbook(loaded.scenario, plan.value, lang, now);
  printError(say.writingSheets(spec.sheets.length));
  const written = await writeWorkbookFile(spec, path.resolve(args.out), now, args.out);
  if (args.json !== undefined) {
    const wroteJson = await writeJsonFile(planJsonDocument(plan.value, lang, now), 1, path.resolve(args.json), args.json, "--json");
    printError(say.wroteJson(path.relative(process.cwd(), wroteJson.file), Math.round(wroteJson.bytes / 1024)));
  }
  printSummary(data, plan.value, lang, print);
  print(say.wrote(path.relative(process.cwd(), written.file), Math.round(written.bytes / 1024), ((Date.now() - started) / 1000).toFixed(1)));
  return 0;
}

tuneHeapForBatch();
const argv = process.argv.slice(2);
const lang = languageOf(argv);
const SIGNAL_EXIT: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
for (const [signal, code] of Object.entries(SIGNAL_EXIT) as Array<[NodeJS.Signals, number]>) {
  process.once(signal, () => {
    removeLiveTemps();
    process.stderr.write(`${messages(lang).cli.interrupted(signal)}\n`, () => process.exit(code));
  });
}

// Exit codes are set, not forced with process.exit, so piped stdout and stderr drain completely first.
main(argv, lang).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    removeLiveTemps();
    const failure = failureLines(error, lang, argv.includes("--debug"));
    printError(failure.text);
    process.exitCode = failure.exitCode;
  },
);
