/** A bill's bytes as text: UTF-8 (with or without BOM) when it decodes cleanly, else GB18030 (a superset of GBK). */
export function decodeBill(bytes: Uint8Array): { text: string; encoding: "utf-8" | "gb18030" } {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bom ? bytes.subarray(3) : bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  }
}

/** CSV (RFC 4180: quoted fields, doubled quotes, CRLF/LF/CR line ends) or tab-separated text as rows of cells. */
export function csvRows(text: string): string[][] {
  const head = text.split(/\r\n|\n|\r/, 20).join("");
  const delimiter = (head.match(/\t/g)?.length ?? 0) > (head.match(/,/g)?.length ?? 0) ? "\t" : ",";
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch !== '"') cell += ch;
      else if (text[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"' && cell === "") quoted = true;
    else if (ch === delimiter) endCell();
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endCell();
      rows.push(row);
      row = [];
    } else cell += ch;
  }
  if (cell !== "" || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return rows;
}

/** An amount as bills write it ("1,234.50", "¥-12", "'88.00", " 5 "): a number, or null when there is none. */
export function billNumber(text: string | undefined): number | null | "unreadable" {
  if (text === undefined) return null;
  const cleaned = text.replace(/[\s,¥￥'`"\t]/g, "").replace(/元$/, "");
  if (cleaned === "" || cleaned === "-" || cleaned === "--") return null;
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(cleaned)) return "unreadable";
  return Number(cleaned);
}

/** An ID as bills write it: leading quote or backtick (kept by Excel exports) and spaces removed; "…512.0" floats fixed. */
export const billId = (text: string | undefined): string =>
  (text ?? "")
    .trim()
    .replace(/^['`]+/, "")
    .replace(/\.0$/, "");

/** A bill's date-time ("2026/9/1 8:05", "2026-09-01 08:05:00") as YYYY-MM-DD HH:MM:SS, or undefined. */
export function billTime(text: string | undefined): string | undefined {
  const m = /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/.exec(text ?? "");
  if (!m) return undefined;
  const two = (s: string | undefined) => (s ?? "0").padStart(2, "0");
  return `${m[1]}-${two(m[2])}-${two(m[3])} ${two(m[4])}:${two(m[5])}:${two(m[6])}`;
}
