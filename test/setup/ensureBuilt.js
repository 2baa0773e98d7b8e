// The integration lane tests the shipped bundle: build dist/ whenever it is missing or older than what it is built from,
// so a run after editing src/ never tests a stale bundle.
const { execSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "../..");
const INPUTS = ["src", "scripts", "manifest.xml", "webpack.config.js", "package.json", "assets"];

function newest(p) {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(p).reduce((m, name) => Math.max(m, newest(path.join(p, name))), stat.mtimeMs);
}

module.exports = async () => {
  const built = ["functions.js", "functions.json", "taskpane.js"].map((f) => path.join(root, "dist", f));
  const oldest = Math.min(...built.map((f) => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : 0)));
  const source = Math.max(...INPUTS.map((p) => newest(path.join(root, p))));
  if (oldest === 0 || source > oldest) {
    process.stdout.write("\nintegration lane: building dist/ from the current sources\n");
    execSync("npx webpack --mode production", { stdio: "inherit", cwd: root });
  }
};
