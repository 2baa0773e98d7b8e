// Contract and formula tests run against the shipped bundle; build it once if this checkout has none yet.
const { execSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

module.exports = async () => {
  const dist = path.resolve(__dirname, "../../dist");
  if (!fs.existsSync(path.join(dist, "functions.js")) || !fs.existsSync(path.join(dist, "functions.json"))) {
    execSync("npx webpack --mode production", { stdio: "inherit", cwd: path.resolve(__dirname, "../..") });
  }
};
