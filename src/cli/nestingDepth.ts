/**
 * The line where brackets or braces nest deeper than `max`, found by a scan before parsing, so a hostile file
 * gets one message instead of a stack overflow. Quoted text is skipped; block (indented) YAML cannot nest deeply
 * without very long lines, which the file-size limit bounds.
 */
export function tooDeepAt(text: string, max: number): number | undefined {
  let depth = 0;
  let line = 1;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\n") line++;
    if (quote) {
      if (ch === "\\" && quote === '"') i++;
      else if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "#" && (i === 0 || /\s/.test(text[i - 1]!))) {
      while (i + 1 < text.length && text[i + 1] !== "\n") i++;
    } else if (ch === "[" || ch === "{") {
      if (++depth > max) return line;
    } else if (ch === "]" || ch === "}") depth = Math.max(0, depth - 1);
  }
  return undefined;
}
