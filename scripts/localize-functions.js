// Builds a per-locale functions.json from the English metadata and a translations table keyed by function id.
// Function ids and names stay the same in every locale so formulas travel between Chinese and English Excel.
"use strict";

/**
 * @param {{functions: Array<{id: string, description?: string, parameters?: Array<{name: string, description?: string}>}>}} metadata
 * @param {Record<string, {description: string, parameters: Record<string, {name: string, description: string}>}>} translations
 * @returns {{metadata: object, problems: string[]}}
 */
function localizeFunctionsMetadata(metadata, translations) {
  const problems = [];
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(translations)) if (!ids.has(id)) problems.push(`translation for unknown function ${id}`);
  const functions = metadata.functions.map((fn) => {
    const t = translations[fn.id];
    if (!t) {
      problems.push(`${fn.id}: no translation`);
      return fn;
    }
    const parameters = (fn.parameters || []).map((p) => {
      const tp = t.parameters[p.name];
      if (!tp) problems.push(`${fn.id}.${p.name}: no translation`);
      return tp ? { ...p, name: tp.name, description: tp.description } : p;
    });
    for (const name of Object.keys(t.parameters)) if (!(fn.parameters || []).some((p) => p.name === name)) problems.push(`${fn.id}.${name}: translated but not a parameter`);
    return { ...fn, description: t.description, parameters };
  });
  return { metadata: { ...metadata, functions }, problems };
}

/** Webpack plugin: after custom-functions-metadata-plugin emits functions.json, emit functions-<locale>.json beside it. */
class LocalizedFunctionsPlugin {
  /** @param {{source: string, locales: Record<string, string>}} options locale → translations JSON path */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { sources, Compilation, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("LocalizedFunctionsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "LocalizedFunctionsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset(this.options.source);
        if (!asset) {
          compilation.errors.push(new WebpackError(`LocalizedFunctionsPlugin: ${this.options.source} was not emitted`));
          return;
        }
        const metadata = JSON.parse(asset.source.source().toString());
        for (const [locale, file] of Object.entries(this.options.locales)) {
          compilation.fileDependencies.add(require("node:path").resolve(file));
          const translations = JSON.parse(require("node:fs").readFileSync(file, "utf8"));
          const { metadata: localized, problems } = localizeFunctionsMetadata(metadata, translations);
          for (const p of problems) compilation.errors.push(new WebpackError(`LocalizedFunctionsPlugin (${locale}): ${p}`));
          compilation.emitAsset(this.options.source.replace(/\.json$/, `-${locale}.json`), new sources.RawSource(JSON.stringify(localized, null, 2)));
        }
      });
    });
  }
}

module.exports = { localizeFunctionsMetadata, LocalizedFunctionsPlugin };
