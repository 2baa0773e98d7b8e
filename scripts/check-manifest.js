#!/usr/bin/env node
// Usage: node scripts/check-manifest.js [dist/manifest.xml]
// Offline manifest check for CI; `npm run validate` still runs Microsoft's online validator where there is network.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { checkManifest } = require("./manifest-check");

const file = process.argv[2] || "dist/manifest.xml";
if (!fs.existsSync(file)) {
  console.error(`check-manifest: ${file} not found. Run \`npm run build\` first.`);
  process.exit(1);
}
const problems = checkManifest(fs.readFileSync(file, "utf8"), { distDir: path.dirname(file) });
if (problems.length > 0) {
  console.error(`check-manifest: ${file} has ${problems.length} problem(s):\n- ${problems.join("\n- ")}`);
  process.exit(1);
}
console.log(`check-manifest: ${file} passes the offline checks (well-formed, element order, resids, HTTPS, namespace, shared runtime, built files).`);
