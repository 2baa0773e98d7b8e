import { jsonPieces } from "../report/jsonPieces";
import { streamFileAtomically } from "./writeFileAtomically";

/** Text gathered before it is encoded and written (UTF-16 units). */
const BATCH_UNITS = 1 << 20;

/**
 * Writes JSON.stringify(document, null, indent) and a newline, atomically (see writeFileAtomically), as it is made:
 * a LazyJsonArray in the document is written item by item, so a catalogue's rows are never held at once.
 */
export async function writeJsonFile(document: unknown, indent: number, file: string, shown = file, option = "--json"): Promise<{ file: string; bytes: number }> {
  const encoder = new TextEncoder();
  return streamFileAtomically(
    async (put) => {
      let batch: string[] = [];
      let units = 0;
      const flush = () => {
        if (units > 0) put(encoder.encode(batch.join("")));
        batch = [];
        units = 0;
      };
      for (const piece of jsonPieces(document, indent)) {
        batch.push(piece);
        units += piece.length;
        if (units >= BATCH_UNITS) flush();
      }
      batch.push("\n");
      units += 1;
      flush();
    },
    file,
    shown,
    option,
  );
}
