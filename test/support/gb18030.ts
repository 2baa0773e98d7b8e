/** Encodes text as GBK/GB18030 two-byte codes (ASCII as is), built by decoding every two-byte code once: bills in tests. */
let table: Map<string, number[]> | undefined;

function reverseTable(): Map<string, number[]> {
  const map = new Map<string, number[]>();
  const decoder = new TextDecoder("gb18030");
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== "\uFFFD" && !map.has(ch)) map.set(ch, [lead, trail]);
    }
  return map;
}

export function gb18030(text: string): Uint8Array {
  table ??= reverseTable();
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(ch);
      if (!pair) throw new Error(`no GBK code for ${ch}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}
