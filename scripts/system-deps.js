#!/usr/bin/env node
// Makes sure the programs the tests drive are installed: Chromium (task pane), a CJK font (legible Chinese
// screenshots), LibreOffice Calc and poppler (rendering the boss workbook to PNG), xmllint (the manifest's XSDs). On Debian/Ubuntu, as root or
// with sudo, missing ones are installed with apt-get; elsewhere it says what to install.
"use strict";
const fs = require("node:fs");
const { spawnSync } = require("node:child_process");
const { findChromium } = require("./chromium");

const has = (cmd) => spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;
const NEEDS = [
  { pkg: "chromium", present: () => Boolean(findChromium()), hint: "Chromium or Chrome (or set CHROMIUM_PATH)" },
  {
    pkg: "fonts-noto-cjk",
    present: () => process.platform !== "linux" || fs.existsSync("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    hint: "a CJK font (Noto Sans CJK)",
  },
  { pkg: "libreoffice-calc", present: () => has("soffice"), hint: "LibreOffice (soffice on the PATH)" },
  { pkg: "poppler-utils", present: () => has("pdftoppm"), hint: "poppler (pdftoppm on the PATH)" },
  { pkg: "libxml2-utils", present: () => has("xmllint"), hint: "xmllint (validating the manifest against Microsoft's XSDs)" },
];

function aptInstall(packages) {
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  if (process.platform !== "linux" || !has("apt-get") || (!root && !has("sudo"))) return false;
  const sudo = root ? "" : "sudo ";
  console.log(`Installing test dependencies with apt-get: ${packages.join(" ")}`);
  const cmd = `${sudo}apt-get update -qq && DEBIAN_FRONTEND=noninteractive ${sudo}apt-get install -y -qq --no-install-recommends ${packages.join(" ")}`;
  return spawnSync("sh", ["-c", cmd], { stdio: "inherit" }).status === 0;
}

const missing = NEEDS.filter((n) => !n.present());
if (missing.length > 0) aptInstall(missing.map((n) => n.pkg));
const stillMissing = NEEDS.filter((n) => !n.present());
if (stillMissing.length > 0) {
  console.error(
    `The tests need ${stillMissing.map((n) => n.hint).join(", ")}. On Debian/Ubuntu: sudo apt-get install -y --no-install-recommends ${stillMissing.map((n) => n.pkg).join(" ")}`,
  );
  process.exit(1);
}
console.log(`Test programs present: ${findChromium()}, soffice, pdftoppm, xmllint, CJK font.`);
