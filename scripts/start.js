#!/usr/bin/env node
// npm start: sideload into Excel desktop on Windows/Mac; on Linux (no Excel) serve over HTTPS and say how to sideload to Excel on the web.
"use strict";
const { spawn, spawnSync } = require("node:child_process");
const fs = require("node:fs");
const https = require("node:https");
const os = require("node:os");
const path = require("node:path");

const PORT = 3000;
const URL_BASE = `https://localhost:${PORT}/`;
const PID_FILE = path.join(os.tmpdir(), "channelfit-dev-server.pid");
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

if (process.platform === "win32" || process.platform === "darwin") {
  // office-addin-debugging builds nothing itself: build, then let it start the dev server and sideload.
  const build = spawnSync("npm", ["run", "build:dev"], { stdio: "inherit", shell: process.platform === "win32" });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const debug = spawnSync(npx, ["office-addin-debugging", "start", "manifest.xml", "desktop"], { stdio: "inherit", shell: process.platform === "win32" });
  process.exit(debug.status ?? 1);
}

console.log(`ChannelFit: Excel desktop does not run on ${process.platform}, so nothing is sideloaded here.`);
console.log("Serving the add-in over HTTPS for Excel on the web and for the browser preview instead.\n");
// Generates ~/.office-addin-dev-certs; trusting the CA needs sudo and may fail here, which we report rather than hide.
const certs = spawnSync(npx, ["office-addin-dev-certs", "install", "--days", "30"], { encoding: "utf8" });
const certDir = path.join(os.homedir(), ".office-addin-dev-certs");
if (!fs.existsSync(path.join(certDir, "localhost.crt"))) {
  console.log(`Could not create dev certificates (${(certs.stderr || certs.stdout || "").trim().split("\n").pop()}); webpack will use a self-signed certificate.`);
} else if (/Unable to install/i.test(`${certs.stdout}${certs.stderr}`)) {
  console.log(`Dev certificates are in ${certDir}, but the CA could not be trusted system-wide: accept the certificate warning in your browser once.`);
}

const server = spawn(npx, ["webpack", "serve", "--mode", "development"], { stdio: ["ignore", "inherit", "inherit"] });
fs.writeFileSync(PID_FILE, String(server.pid));
server.on("exit", (code) => {
  fs.rmSync(PID_FILE, { force: true });
  process.exit(code ?? 0);
});

function waitForServer(triesLeft) {
  const req = https.get(`${URL_BASE}taskpane.html`, { rejectUnauthorized: false }, (res) => {
    res.resume();
    if (res.statusCode === 200) return announce();
    retry(triesLeft);
  });
  req.on("error", () => retry(triesLeft));
}
function retry(triesLeft) {
  if (triesLeft <= 0) return console.error(`ChannelFit: the dev server did not answer at ${URL_BASE} within 2 minutes.`);
  setTimeout(() => waitForServer(triesLeft - 1), 1000);
}
function announce() {
  console.log(`
ChannelFit is being served at ${URL_BASE}

Excel on the web (sideload):
  1. Open a workbook at https://www.office.com (OneDrive or SharePoint).
  2. Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in.
  3. Choose ${path.resolve("manifest.xml")} and upload.
  4. Type =CHANNEL. in a cell, or open Home > Channel plan.
  If Excel says it cannot reach the add-in, open ${URL_BASE}taskpane.html in the same browser once and accept the certificate.

Task pane in a plain browser (preview mode, no Excel): ${URL_BASE}taskpane.html

Stop with Ctrl+C or \`npm stop\`.
`);
}
waitForServer(120);
