// Preloaded into a measured process: prints its peak memory and CPU time as a JSON line on stderr when it exits.
"use strict";
process.on("exit", () => {
  const usage = process.resourceUsage();
  process.stderr.write(`\nBENCH_USAGE ${JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 })}\n`);
});
