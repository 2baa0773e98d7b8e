/**
 * An issue's field as a path of keys and list indexes, parsed once for every view that points at the field (the CLI
 * at its YAML line, the wizard at its input): "scenario.products[3].category" or "products[3] on TMALL.price" →
 * ["products", 3, "category"].
 */
export function issuePath(field: string): Array<string | number> {
  const plain = field
    .replace(/^scenario\./, "")
    .replace(/ on [^.]+/, "")
    .replace(/ \(.*$/, "");
  return plain
    .split(/\.|\[(\d+)\]/)
    .filter((p) => p !== undefined && p !== "")
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}
