import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface BenchRow {
  name: string;
  measured: string;
  target: string;
  met: boolean | "n/a";
}

/** Writes bench/RESULTS.md with the machine, the date and one row per measurement. */
export function writeResults(rows: BenchRow[], notes: string[]): string {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const lines = [
    "# Benchmark results",
    "",
    `Run with \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.arch()}.`,
    "Times are wall-clock medians on a shared machine: compare ratios, not absolute numbers.",
    "",
    "| Benchmark | Measured | Target | Met |",
    "|---|---|---|---|",
    ...rows.map((r) => `| ${r.name} | ${r.measured} | ${r.target} | ${r.met === "n/a" ? "n/a" : r.met ? "yes" : "**no**"} |`),
    "",
    ...notes.map((n) => `- ${n}`),
    "",
  ];
  const file = path.resolve(__dirname, "RESULTS.md");
  fs.writeFileSync(file, lines.join("\n"));
  return file;
}
