import type { WorkbookSpec } from "../workbookSpec";
import { joinBytes, type NativeDeflate } from "./parts/zipWriter";
import { writeSpec } from "./writeSpec";

/**
 * The finished .xlsx package for a workbook spec, charts included; runs in Node and in the browser. Every text the
 * writer puts in a part goes through xmlText, which drops characters XML cannot carry (the last defence behind
 * scenario validation). A host may lend a native compressor (the CLI passes Node's zlib).
 */
export async function workbookBytes(spec: WorkbookSpec, created: Date, native?: NativeDeflate): Promise<Uint8Array> {
  return joinBytes((await writeSpec(spec, created, native)).chunks);
}

/** The same package handed to `put` piece by piece as it is made, for a host that writes it to a file (never held whole). */
export async function writeWorkbook(spec: WorkbookSpec, created: Date, native: NativeDeflate | undefined, put: (chunk: Uint8Array) => void): Promise<void> {
  await writeSpec(spec, created, native, put);
}
