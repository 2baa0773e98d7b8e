/** How a scenario file's bytes were read. */
export type ScenarioEncoding = "utf-8" | "utf-16" | "gb18030";

export type Decoded = { ok: true; text: string; encoding: ScenarioEncoding } | { ok: false };

const CJK = /[\u3400-\u9fff]/;

/**
 * Reads a scenario as UTF-8 (with or without a byte-order mark) or UTF-16 with its mark. A file that is not
 * UTF-8 but decodes cleanly as GB18030 (the superset of GBK that Chinese Windows tools save) and holds Chinese
 * is read as GB18030; anything else is refused rather than garbled. Decoding uses Node's ICU-backed TextDecoder.
 */
export function decodeScenario(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder("utf-16le").decode(bytes), encoding: "utf-16" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder("utf-16be").decode(bytes), encoding: "utf-16" };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // not UTF-8: try the Chinese legacy encoding below
  }
  try {
    const text = new TextDecoder("gb18030", { fatal: true }).decode(bytes);
    if (CJK.test(text)) return { ok: true, text, encoding: "gb18030" };
  } catch {
    // neither
  }
  return { ok: false };
}
