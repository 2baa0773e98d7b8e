import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { defaultReferenceData } from "../data/defaultReferenceData";
import { coverageMarkdown } from "../data/provenance/coverageMarkdown";

/** `npm run sources`: prints the rate card's coverage per platform and kind, and writes src/data/COVERAGE.md. */
function main(): void {
  const markdown = coverageMarkdown(defaultReferenceData());
  const target = join(process.cwd(), "src", "data", "COVERAGE.md");
  writeFileSync(target, markdown, "utf8");
  process.stdout.write(`${markdown}\nWritten to ${target}\n`);
}

main();
