import type { SourcedFigure } from "../schema/figure";

export interface SourcedFigureAt {
  path: string[];
  figure: SourcedFigure;
  /** The platform the figure is about, when it sits under `platforms.<CODE>`. */
  platform?: string;
}

function isSourced(value: Record<string, unknown>): boolean {
  return typeof value.source === "string" && typeof value.value === "number";
}

/** Every figure that cites a source, with its field path (the `sources` lists themselves are skipped). */
export function sourcedFigures(content: unknown, path: string[] = [], found: SourcedFigureAt[] = []): SourcedFigureAt[] {
  if (Array.isArray(content)) content.forEach((v, i) => sourcedFigures(v, [...path, String(i)], found));
  else if (content && typeof content === "object") {
    const obj = content as Record<string, unknown>;
    if (isSourced(obj)) {
      const at = path.indexOf("platforms");
      const platform = at >= 0 ? path[at + 1] : undefined;
      found.push({ path, figure: obj as unknown as SourcedFigure, ...(platform ? { platform } : {}) });
    }
    for (const [key, child] of Object.entries(obj)) if (key !== "sources") sourcedFigures(child, [...path, key], found);
  }
  return found;
}
