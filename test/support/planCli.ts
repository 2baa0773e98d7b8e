import { execSync, spawnSync } from "node:child_process";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");
const CLI = path.join(ROOT, "build/src/cli/plan.js");

/** Compiles the CLI exactly as `npm run plan` does. */
export function buildCli(): void {
  execSync("npx tsc -p tsconfig.cli.json", { cwd: ROOT, stdio: "pipe" });
}

export function runPlan(args: string[], cwd = ROOT): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", timeout: 300_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
