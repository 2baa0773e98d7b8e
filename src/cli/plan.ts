#!/usr/bin/env node
// npm run plan -- [scenario.yaml|.json] [--out file.xlsx] [--lang zh|en]
import fs from "node:fs";
import path from "node:path";
import { defaultReferenceData } from "../data/defaultReferenceData";
import { messages, type Lang } from "../engine";
import { bossWorkbook } from "../report/bossWorkbook";
import { buildPlan } from "../report/buildPlan";
import { issueAt, loadScenario, ScenarioError } from "./loadScenario";
import { printSummary } from "./printSummary";
import { writeWorkbookFile } from "./writeWorkbookFile";

const USAGE = `Usage: npm run plan -- [scenario.yaml|scenario.json] [--out file.xlsx] [--lang zh|en]
  With no scenario, plans the built-in sample brand (examples/warmhill-knitwear.yaml).
  Default output: out/channel-plan.xlsx. Default language: zh.`;

interface Args {
  scenario?: string;
  out: string;
  lang: Lang;
}

function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "package.json")) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { out: "out/channel-plan.xlsx", lang: "zh" };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--help" || a === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else if (a === "--out" || a === "-o") args.out = argv[++i] ?? "";
    else if (a === "--lang") {
      const lang = argv[++i];
      if (lang !== "zh" && lang !== "en") throw new ScenarioError([`--lang must be zh or en, got ${lang ?? "nothing"}`]);
      args.lang = lang;
    } else if (a.startsWith("-")) throw new ScenarioError([`unknown option ${a}`, USAGE]);
    else if (args.scenario) throw new ScenarioError([`only one scenario file, got ${args.scenario} and ${a}`]);
    else args.scenario = a;
  }
  if (!args.out.toLowerCase().endsWith(".xlsx")) throw new ScenarioError([`--out must name an .xlsx file, got "${args.out}"`]);
  return args;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const file = args.scenario ?? path.join(repoRoot(), "examples/warmhill-knitwear.yaml");
  if (!fs.existsSync(file)) throw new ScenarioError([`${file}: no such file`]);
  const loaded = loadScenario(fs.readFileSync(file, "utf8"), path.relative(process.cwd(), file) || file);
  const now = new Date();
  const data = defaultReferenceData();
  const total = loaded.scenario.products.length;
  const platforms = Object.keys(data.rateCard.platforms).length;
  const started = Date.now();
  let lastShown = -1;
  console.error(`Planning ${total} product(s) × ${platforms} platforms from ${path.relative(process.cwd(), file)}…`);
  const plan = buildPlan(data, loaded.scenario, now.toISOString().slice(0, 10), (done, all) => {
    const tenth = Math.floor((done / all) * 10);
    if (all >= 200 && tenth !== lastShown) {
      lastShown = tenth;
      console.error(`  scored ${done}/${all} products (${tenth * 10}%)`);
    }
  });
  if (!plan.ok) {
    console.error(`ChannelFit: ${issueAt(loaded, plan.issue, args.lang)}`);
    return 1;
  }
  const spec = bossWorkbook(loaded.scenario, plan.value, args.lang, now);
  console.error(`  writing ${spec.sheets.length} sheets…`);
  const written = await writeWorkbookFile(spec, path.resolve(args.out), now);
  printSummary(data, plan.value, args.lang);
  console.log(messages(args.lang).cli.wrote(path.relative(process.cwd(), written.file), Math.round(written.bytes / 1024), ((Date.now() - started) / 1000).toFixed(1)));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ScenarioError) {
      console.error(`ChannelFit: the scenario has ${error.problems.length} problem(s):\n- ${error.problems.join("\n- ")}`);
      process.exit(1);
    }
    console.error(`ChannelFit: unexpected error: ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(2);
  },
);

