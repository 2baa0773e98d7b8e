import type { SourceEntry } from "../schema/figure";
import { USER_OVERRIDE } from "../schema/userOverride";
import { excerptShowsValue } from "./excerptShowsValue";
import { sourcedFigures } from "./sourcedFigures";
import { valueKindAt } from "./valueKind";

/**
 * Checks every sourced figure of one data file against its source: listed, dated, about the figure's platform,
 * dated as the source is, and quoting the value in its excerpt. One line per problem, naming the field path.
 */
export function sourceProblems(file: string, content: unknown, sources: Record<string, SourceEntry>): string[] {
  const problems: string[] = [];
  for (const { path, figure, platform } of sourcedFigures(content)) {
    const at = [file, ...path].join(".");
    if (figure.source === USER_OVERRIDE) continue;
    const source = sources[figure.source];
    if (!source) {
      problems.push(`${at}.source: "${figure.source}" is not listed in ${file}.sources`);
      continue;
    }
    if (source.published === "undated") problems.push(`${at}.source: "${figure.source}" is undated; a figure from an undated source must be an estimate with its reasoning`);
    else if (figure.asOf !== source.published) problems.push(`${at}.asOf: "${figure.asOf}" must be the source's date, "${source.published}" (${figure.source})`);
    if (platform && !source.platforms.includes(platform))
      problems.push(`${at}.source: "${figure.source}" does not speak about ${platform} (it names ${source.platforms.join(", ") || "no platform"})`);
    if (typeof figure.excerpt !== "string" || !excerptShowsValue(figure.excerpt, figure.value, valueKindAt(path))) {
      problems.push(`${at}.excerpt: does not state the value ${figure.value} in any written form`);
    }
  }
  return problems;
}
