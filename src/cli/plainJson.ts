/**
 * A scenario written as plain JSON, parsed by the native parser, many times faster than the YAML parser on a large
 * catalogue; undefined when the text is not JSON, repeats a key in one object (which YAML refuses and names by line)
 * or uses __proto__ as a key, so that every such text takes the YAML path and gets its exact message.
 */
export function plainJson(text: string): unknown {
  if (!/^\s*\{/.test(text) || text.includes("__proto__")) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return hasDuplicateKey(text) ? undefined : value;
}

/** Whether any object of a valid JSON text names one key twice (compared after unescaping). */
function hasDuplicateKey(json: string): boolean {
  const objects: Array<Set<string> | null> = [];
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (c === "{") objects.push(new Set());
    else if (c === "[") objects.push(null);
    else if (c === "}" || c === "]") objects.pop();
    else if (c === '"') {
      const start = i;
      let escaped = false;
      for (i++; json[i] !== '"'; i++) {
        if (json[i] !== "\\") continue;
        escaped = true;
        i++;
      }
      let next = i + 1;
      while (json[next] === " " || json[next] === "\n" || json[next] === "\r" || json[next] === "\t") next++;
      const keys = objects[objects.length - 1];
      if (json[next] !== ":" || !keys) continue;
      const key = escaped ? (JSON.parse(json.slice(start, i + 1)) as string) : json.slice(start + 1, i);
      if (keys.has(key)) return true;
      keys.add(key);
    }
  }
  return false;
}
