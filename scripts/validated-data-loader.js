// Webpack loader for src/data/defaultReferenceData.ts: the shipped data is validated here, at build time, by the same
// zod schemas and cross-checks the CLI runs at load, and the bundles get the validated result as one JSON literal.
// The bundles then carry neither the validator for it (zod, about 26 KB gzipped) nor a second parse at start-up; a data
// file that fails validation fails the build with the same list of problems. User overrides are still checked at run time
// (engine/rates/applyOverrides.ts), and the CLI and tests import the TypeScript module itself, which validates on load.
const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");

/** Compiles TypeScript with the pinned compiler, for the data module, its schemas and checks. */
function compileTypeScript(module, filename) {
  const source = fs.readFileSync(filename, "utf8");
  const options = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true, resolveJsonModule: true };
  module._compile(ts.transpileModule(source, { compilerOptions: options, fileName: filename }).outputText, filename);
}

/** Requires a TypeScript module with that compiler, whatever a newer Node would do with .ts itself, and puts things back after. */
function requireTypeScript(file) {
  const previous = require.extensions[".ts"];
  require.extensions[".ts"] = compileTypeScript;
  try {
    return require(file);
  } finally {
    if (previous) require.extensions[".ts"] = previous;
    else delete require.extensions[".ts"];
  }
}

module.exports = function validatedDataLoader() {
  const dataDir = path.dirname(this.resourcePath);
  // A watch rebuild reads the files afresh.
  for (const id of Object.keys(require.cache)) if (id.startsWith(dataDir + path.sep)) delete require.cache[id];
  const exported = requireTypeScript(this.resourcePath);
  const others = Object.keys(exported).filter((name) => name !== "defaultReferenceData" && name !== "__esModule");
  // The bundles get only the data: another export would silently go missing from them.
  if (others.length) throw new Error(`${this.resourcePath} may export only defaultReferenceData (the bundles replace it with the validated data); found ${others.join(", ")}`);
  const data = exported.defaultReferenceData();
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
