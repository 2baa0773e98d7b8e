// The data's prose apart from its figures, for the bundles. Every data file is split by the same rule: a string under one
// of PROSE_KEYS (an estimate's reasoning, a source's excerpt, a note, a publisher, an address…) is prose. The lean
// copy keeps each such key with an empty string, so the data keeps its shape ("estimate" in a figure still tells an
// estimate from a sourced figure); the prose tree holds only those strings, at the same paths, to be merged back.
// The functions compute from the lean copy; what shows prose (=CHANNEL.RATECARD, the task pane) loads the tree first.

/** Keys whose string values are prose: shown to people, never used to compute. Titles stay (short fit-reason labels show them). */
const PROSE_KEYS = new Set(["estimate", "estimateZh", "excerpt", "note", "notes", "about", "basis", "brandOrientationBasis", "publisher", "url"]);

/** Splits any JSON value into { lean, prose }: prose is undefined where a branch holds none. */
function splitProse(value) {
  if (Array.isArray(value) || (value && typeof value === "object")) {
    const lean = Array.isArray(value) ? [] : {};
    let prose;
    for (const [key, child] of Object.entries(value)) {
      if (!Array.isArray(value) && PROSE_KEYS.has(key) && typeof child === "string") {
        lean[key] = "";
        (prose ??= {})[key] = child;
        continue;
      }
      const split = splitProse(child);
      lean[key] = split.lean;
      if (split.prose !== undefined) (prose ??= {})[key] = split.prose;
    }
    return { lean, prose };
  }
  return { lean: value, prose: undefined };
}

/** Source text of a function that merges a prose tree back into the lean data, in place (arrays are keyed by index). */
const MERGE_PROSE_SOURCE = `function mergeProse(target, prose) {
  for (const key of Object.keys(prose)) {
    const value = prose[key];
    if (typeof value === "string") target[key] = value;
    else mergeProse(target[key], value);
  }
}`;

module.exports = { PROSE_KEYS, splitProse, MERGE_PROSE_SOURCE };
