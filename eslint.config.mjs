import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

/**
 * Imports point down. Top to bottom: the views (cli, taskpane, functions; none imports another), shared (the session
 * the task pane and the functions share), report, the inputs (calibrate, scenario), engine, data. Each entry lists the
 * folders of src/ a layer must not import from; its own folder and the ones below are free.
 */
const VIEWS = ["cli", "taskpane", "functions"];
const LAYER_FORBIDS = {
  cli: ["taskpane", "functions", "shared"],
  taskpane: ["cli", "functions"],
  functions: ["cli", "taskpane"],
  shared: [...VIEWS, "report"],
  report: [...VIEWS, "shared"],
  calibrate: [...VIEWS, "shared", "report"],
  scenario: [...VIEWS, "shared", "report"],
  engine: [...VIEWS, "shared", "report", "calibrate", "scenario"],
  data: [...VIEWS, "shared", "report", "calibrate", "scenario", "engine"],
};
/** What the engine may not import besides the layers above it: it is pure, takes data as parameters and does no I/O. */
const ENGINE_IO = {
  group: ["node:*", "fs", "path", "http", "https", "**/data/*.json", "**/defaultReferenceData"],
  message: "The engine takes data as parameters and does no I/O.",
};

/**
 * no-restricted-imports for each layer and folder depth: a relative import reaches another folder of src/ only by
 * climbing exactly as many levels as the file sits deep (src/engine/plan/x.ts: "../../report/..."), so each depth
 * gets its own pattern and a sub-folder that shares a layer's name is never mistaken for it.
 */
function layerRules() {
  return Object.entries(LAYER_FORBIDS).flatMap(([layer, forbidden]) =>
    [1, 2, 3, 4].map((depth) => ({
      files: [`src/${layer}/${"*/".repeat(depth - 1)}*.ts`],
      rules: {
        "no-restricted-imports": [
          "error",
          {
            patterns: [
              {
                regex: `^(\\.\\./){${depth}}(${forbidden.join("|")})(/|$)`,
                message: `Imports point down: src/${layer} must not import from ${forbidden.map((f) => `src/${f}`).join(", ")}.`,
              },
              ...(layer === "engine" ? [ENGINE_IO] : []),
            ],
          },
        ],
      },
    })),
  );
}

export default tseslint.config(
  { ignores: ["dist/**", "build/**", "node_modules/**", "coverage/**", "artifacts/**", "out/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module", globals: { ...globals.node } },
  },
  {
    files: ["src/taskpane/**/*.ts", "src/functions/**/*.ts", "src/shared/**/*.ts"],
    languageOptions: { globals: { ...globals.browser, Office: "readonly", Excel: "readonly", CustomFunctions: "readonly", OfficeRuntime: "readonly" } },
  },
  {
    // The engine is pure: no Office.js, no DOM, no I/O. Data is passed in.
    files: ["src/engine/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", "Office", "Excel", "CustomFunctions", "OfficeRuntime", "window", "document", "fetch", "localStorage", "process"],
    },
  },
  ...layerRules(),
  {
    files: ["test/**/*.ts", "bench/**/*.ts"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
);
