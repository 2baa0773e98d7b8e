// Preloaded into a measured process: prints its peak memory as a JSON line on stderr when it exits.
"use strict";
process.on("exit", () => {
  process.stderr.write(`\nBENCH_USAGE ${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })}\n`);
});
