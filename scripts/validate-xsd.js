#!/usr/bin/env node
// Usage: node scripts/validate-xsd.js [dist/manifest.xml]
// Validates the built manifest against Microsoft's add-in manifest XSDs, vendored in schemas/office-addin-manifest/ (source and
// licence in its README), with xmllint from libxml2-utils.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { spawnSync } = require("node:child_process");

const SCHEMA_DIR = path.resolve(__dirname, "../schemas/office-addin-manifest");
const SCHEMA = path.join(SCHEMA_DIR, "OfficeAppManifestV1_1.xsd");

/** xmllint's verdict on one manifest: ok, and what it printed. */
function validateManifest(file) {
  const run = spawnSync("xmllint", ["--noout", "--schema", SCHEMA, file], { encoding: "utf8" });
  if (run.error) throw new Error(`xmllint could not run (${run.error.message}); install libxml2-utils`);
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
}

if (require.main === module) {
  const file = process.argv[2] || "dist/manifest.xml";
  if (!fs.existsSync(SCHEMA)) {
    console.error(`validate-xsd: ${SCHEMA} not found; it is part of the repository (schemas/office-addin-manifest/).`);
    process.exit(1);
  }
  if (!fs.existsSync(file)) {
    console.error(`validate-xsd: ${file} not found. Run \`npm run build\` first.`);
    process.exit(1);
  }
  const verdict = validateManifest(file);
  console[verdict.ok ? "log" : "error"](`validate-xsd: ${verdict.output}`);
  process.exit(verdict.ok ? 0 : 1);
}

module.exports = { validateManifest, SCHEMA };
