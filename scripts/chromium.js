// Finds a Chromium or Chrome for browser tests and, on Debian/Ubuntu, installs Debian's chromium when none is found.
"use strict";
const fs = require("node:fs");
const { spawnSync } = require("node:child_process");

const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
];

function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fs.existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((p) => fs.existsSync(p));
}

const CJK_FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

/** Debian's chromium, plus a CJK font so Chinese screenshots are legible rather than boxes. */
function installWithApt(packages) {
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  const hasSudo = spawnSync("sh", ["-c", "command -v sudo"]).status === 0;
  if (process.platform !== "linux" || spawnSync("sh", ["-c", "command -v apt-get"]).status !== 0 || (!root && !hasSudo)) return false;
  const prefix = root ? "" : "sudo ";
  console.log(`Browser tests need ${packages.join(" and ")}: installing with apt-get…`);
  const r = spawnSync("sh", ["-c", `${prefix}apt-get update -qq && DEBIAN_FRONTEND=noninteractive ${prefix}apt-get install -y -qq --no-install-recommends ${packages.join(" ")}`], { stdio: "inherit" });
  return r.status === 0;
}

function ensureChromium() {
  let found = findChromium();
  const missing = [...(found ? [] : ["chromium"]), ...(process.platform === "linux" && !fs.existsSync(CJK_FONT) ? ["fonts-noto-cjk"] : [])];
  if (missing.length > 0 && installWithApt(missing)) found = findChromium();
  if (!found) {
    console.error("No Chromium or Chrome found for the browser tests. Install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH.");
    process.exit(1);
  }
  console.log(`Browser tests will use ${found}`);
  return found;
}

if (require.main === module) ensureChromium();
module.exports = { findChromium, ensureChromium };
