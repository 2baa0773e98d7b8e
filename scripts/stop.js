#!/usr/bin/env node
// npm stop: unload from Excel desktop on Windows/Mac; elsewhere stop the dev server `npm start` launched.
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

if (process.platform === "win32" || process.platform === "darwin") {
  const r = spawnSync(process.platform === "win32" ? "npx.cmd" : "npx", ["office-addin-debugging", "stop", "manifest.xml"], {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  process.exit(r.status ?? 1);
}
const pidFile = path.join(os.tmpdir(), "channelfit-dev-server.pid");
if (!fs.existsSync(pidFile)) {
  console.log("ChannelFit: no dev server started by `npm start` is running.");
  process.exit(0);
}
const pid = Number(fs.readFileSync(pidFile, "utf8"));
try {
  process.kill(pid, "SIGTERM");
  console.log(`ChannelFit: stopped the dev server (pid ${pid}).`);
} catch (e) {
  console.log(`ChannelFit: the dev server (pid ${pid}) was not running (${e.code}).`);
}
fs.rmSync(pidFile, { force: true });
