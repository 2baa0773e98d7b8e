// Webpack loader for the shipped data (src/data/defaultReferenceData.ts): the data is validated here, at build time, by
// the same zod schemas and cross-checks the CLI runs at load, and the bundles get the validated result as JSON literals.
// The bundles then carry neither the validator for it (zod, about 26 KB gzipped) nor a second parse at start-up; a data
// file that fails validation fails the build with the same list of problems. User overrides are still checked at run time
// (engine/rates/applyOverrides.ts), and the CLI and tests import the TypeScript modules themselves, which validate on load.
//
// The data's prose (scripts/data-prose.js) is split from its figures: functions.js holds the figures, and a lazily
// loaded chunk ("prose") holds the reasoning, excerpts, notes and the Chinese reasoning (reasoningZh.json). Modules:
// - defaultReferenceData.ts: the figures, the prose keys left empty;
// - defaultReferenceData.ts?prose: the prose tree and the Chinese reasoning (the lazy chunk);
// - dataProse.ts: proseLoaded() and loadProse(), which merge the chunk into the data and the Chinese reasoning;
// - reasoningZh.json: empty until loadProse() fills it.
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

const { splitProse, MERGE_PROSE_SOURCE } = require("./data-prose");

/** The validated data, read afresh (a watch rebuild) and with every file it read as a dependency. */
function validatedData(loader, dataModule) {
  const dataDir = path.dirname(dataModule);
  for (const id of Object.keys(require.cache)) if (id.startsWith(dataDir + path.sep)) delete require.cache[id];
  const exported = requireTypeScript(dataModule);
  const others = Object.keys(exported).filter((name) => name !== "defaultReferenceData" && name !== "__esModule");
  // The bundles get only the data: another export would silently go missing from them.
  if (others.length) throw new Error(`${dataModule} may export only defaultReferenceData (the bundles replace it with the validated data); found ${others.join(", ")}`);
  const data = exported.defaultReferenceData();
  for (const id of Object.keys(require.cache)) if (id.startsWith(dataDir + path.sep)) loader.addDependency(id);
  return data;
}

/** JSON.parse of one string literal is faster to start than the same object as a JavaScript literal. */
const jsonLiteral = (value) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;

function figuresModule(loader) {
  return [
    "// Generated at build time by scripts/validated-data-loader.js from the data files, validated; the prose keys are empty",
    "// until loadProse() (dataProse.ts) merges them in.",
    `const DATA = ${jsonLiteral(splitProse(validatedData(loader, loader.resourcePath)).lean)};`,
    "/** The built-in rate card and profiles, validated when the bundle was built. */",
    "export function defaultReferenceData() {",
    "  return DATA;",
    "}",
    "",
  ].join("\n");
}

function proseModule(loader) {
  const zhFile = path.join(path.dirname(loader.resourcePath), "reasoningZh.json");
  loader.addDependency(zhFile);
  return [
    "// Generated at build time by scripts/validated-data-loader.js: the data's prose, merged in by loadProse().",
    `export const PROSE = ${jsonLiteral(splitProse(validatedData(loader, loader.resourcePath)).prose ?? {})};`,
    `export const ZH = ${jsonLiteral(JSON.parse(fs.readFileSync(zhFile, "utf8")).texts)};`,
    "",
  ].join("\n");
}

function lazyProseModule() {
  return [
    "// Generated at build time by scripts/validated-data-loader.js: the data's prose, loaded on first use.",
    'import { defaultReferenceData } from "./defaultReferenceData";',
    'import reasoningZh from "./reasoningZh.json";',
    MERGE_PROSE_SOURCE,
    'const CHUNK_MODULE = require.resolveWeak("./defaultReferenceData.ts?prose");',
    "let loaded = false;",
    "let loading;",
    "function install(chunk) {",
    "  if (loaded) return;",
    "  mergeProse(defaultReferenceData(), chunk.PROSE);",
    "  Object.assign(reasoningZh.texts, chunk.ZH);",
    "  loaded = true;",
    "}",
    "/** Whether the prose is in the data; it is merged at once if its chunk was loaded already (by the page, or a script tag). */",
    "export function proseLoaded() {",
    "  if (!loaded && __webpack_modules__[CHUNK_MODULE]) install(__webpack_require__(CHUNK_MODULE));",
    "  return loaded;",
    "}",
    "/** Loads the prose chunk once and merges it into the data; a failed load (the network) is tried again on the next call. */",
    "export function loadProse() {",
    '  loading ??= import(/* webpackChunkName: "prose" */ "./defaultReferenceData.ts?prose").then(install, (e) => {',
    "    loading = undefined;",
    "    throw e;",
    "  });",
    "  return loading;",
    "}",
    "",
  ].join("\n");
}

module.exports = function validatedDataLoader() {
  const file = path.basename(this.resourcePath);
  if (file === "dataProse.ts") return lazyProseModule();
  if (file === "reasoningZh.json") return "export default { texts: {} };\n";
  return this.resourceQuery === "?prose" ? proseModule(this) : figuresModule(this);
};
