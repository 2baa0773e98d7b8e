const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { LocalizedFunctionsPlugin } = require("./scripts/localize-functions");

const DEV_URL = "https://localhost:3000/";
const DEV_ORIGIN = new URL(DEV_URL).origin;
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_LOCAL = "node_modules/@microsoft/office-js/dist";
/** The files whose JSDoc declares the =CHANNEL.* functions, in the order functions.json lists them. */
const FORMULA_FILES = ["rateFormulas", "economicsFormulas", "fitFormulas", "teamFormulas", "planFormulas", "referenceFormulas"].map((f) => `./src/functions/formulas/${f}.ts`);

/** CHANNELFIT_BASE_URL deploys the manifest to a real host; it must be HTTPS and end with a slash. */
function baseUrl() {
  const url = process.env.CHANNELFIT_BASE_URL || DEV_URL;
  if (!/^https:\/\/[^\s]+\/$/.test(url)) throw new Error(`CHANNELFIT_BASE_URL must be an https:// URL ending in "/", got ${url}`);
  return url;
}

/** The manifest pointed at the deployment: every URL under the base URL, and the AppDomain its origin; nothing of localhost is left. */
function deployedManifest(content, url) {
  const text = content.toString().split(DEV_URL).join(url).split(DEV_ORIGIN).join(new URL(url).origin);
  if (url !== DEV_URL && text.includes("localhost")) throw new Error("manifest.xml still mentions localhost after pointing it at CHANNELFIT_BASE_URL");
  return text;
}

/** Dev certificates from office-addin-dev-certs when present; otherwise webpack-dev-server makes a self-signed one. */
function httpsOptions() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const [cert, key, ca] = ["localhost.crt", "localhost.key", "ca.crt"].map((f) => path.join(dir, f));
  if (!fs.existsSync(cert) || !fs.existsSync(key)) return {};
  return { cert: fs.readFileSync(cert), key: fs.readFileSync(key), ...(fs.existsSync(ca) ? { ca: fs.readFileSync(ca) } : {}) };
}

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  // Office.js: the CDN in production (store requirement); the npm copy for offline development and browser tests.
  const localOffice = env.officeJs ? env.officeJs === "local" : dev;
  const url = baseUrl();
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      // The task pane runs beside the functions in one shared runtime and taskpane.html loads functions.js first,
      // so taskpane.js holds only what the functions do not: the engine and data are loaded once.
      taskpane: { import: "./src/taskpane/taskpane.ts", dependOn: "functions" },
    },
    output: {
      path: path.resolve(__dirname, env.outDir || "dist"),
      filename: "[name].js",
      clean: true,
      // functions.js holds the webpack runtime (the task pane depends on it) and must also load where Excel runs the
      // functions without a page: no document to derive a public path from, and no `self`. The pane's lazy chunks
      // sit beside taskpane.html, so a relative path finds them.
      publicPath: "",
      globalObject: "globalThis",
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      // transpileOnly: ts-loader's type-checking reports false errors on watch rebuilds next to the metadata plugin; `npm run typecheck` runs tsc instead.
      rules: [
        { test: /\.ts$/, loader: "ts-loader", exclude: /node_modules/, options: { transpileOnly: true } },
        // The shipped data, validated at build time: the bundles carry the result, not the validator.
        // Their prose (reasoning, excerpts, notes) is split into a chunk loaded on first use: the functions need figures, not notes.
        {
          test: ["defaultReferenceData.ts", "dataProse.ts"].map((f) => path.resolve(__dirname, "src/data", f)),
          enforce: "pre",
          loader: path.resolve(__dirname, "scripts/validated-data-loader.js"),
        },
        { test: path.resolve(__dirname, "src/data/reasoningZh.json"), type: "javascript/auto", loader: path.resolve(__dirname, "scripts/validated-data-loader.js") },
        // The model, its data and the report only compute: a module whose exports nothing uses is left out of a bundle.
        { test: /[\\/]src[\\/](engine|data|report|messages)[\\/]/, sideEffects: false },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FORMULA_FILES }),
      new LocalizedFunctionsPlugin({ source: "functions.json", locales: { "zh-cn": "./src/functions/translations/zh-cn.json" } }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        templateParameters: { officeJsUrl: localOffice ? "office/office.js" : OFFICE_CDN },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => deployedManifest(content, url) },
          ...(localOffice
            ? ["office.js", "o15apptofilemappingtable.js"].map((file) => ({ from: `${OFFICE_LOCAL}/${file}`, to: `office/${file}`, info: { minimized: true } }))
            : []),
        ],
      }),
    ],
    devServer: {
      host: "localhost",
      port: 3000,
      client: false,
      hot: false,
      liveReload: false,
      static: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: httpsOptions() },
      watchFiles: [],
    },
    watchOptions: { ignored: ["**/node_modules/**", path.resolve(__dirname, "dist")] },
  };
};
