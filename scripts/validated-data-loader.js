// Webpack loader for src/data/defaultReferenceData.ts: the shipped data is validated here, at build time, by the same
// zod schemas and cross-checks the CLI runs at load, and the bundles get the validated result as one JSON literal.
// The bundles then carry neither the validator for it (zod, about 26 KB gzipped) nor a second parse at start-up; a data
// file that fails validation fails the build with the same list of problems. User overrides are still checked at run time
// (engine/rates/applyOverrides.ts), and the CLI and tests import the TypeScript module itself, which validates on load.
const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");

/** Compiles the project's TypeScript on require, for this build process only (the data module, its schemas and checks). */
function registerTypeScript() {
  if (require.extensions[".ts"]) return;
  require.extensions[".ts"] = (module, filename) => {
    const source = fs.readFileSync(filename, "utf8");
    const options = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true, resolveJsonModule: true };
    module._compile(ts.transpileModule(source, { compilerOptions: options, fileName: filename }).outputText, filename);
  };
}

module.exports = function validatedDataLoader() {
  registerTypeScript();
  const dataDir = path.dirname(this.resourcePath);
  // A watch rebuild reads the files afresh.
  for (const id of Object.keys(require.cache)) if (id.startsWith(dataDir + path.sep)) delete require.cache[id];
  const { defaultReferenceData } = require(this.resourcePath);
  const data = defaultReferenceData();
  for (const id of Object.keys(require.cache)) if (id.startsWith(dataDir + path.sep)) this.addDependency(id);
  // JSON.parse of one string literal is faster to start than the same object as a JavaScript literal.
  return [
    "// Generated at build time by scripts/validated-data-loader.js from the data files, validated.",
    `const DATA = JSON.parse(${JSON.stringify(JSON.stringify(data))});`,
    "/** The built-in rate card and profiles, validated when the bundle was built. */",
    "export function defaultReferenceData() {",
    "  return DATA;",
    "}",
    "",
  ].join("\n");
};
