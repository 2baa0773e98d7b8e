import type { WorkbookSpec } from "../workbookSpec";
import { joinBytes, type NativeDeflate } from "./parts/zipWriter";
import { writeSpec } from "./writeSpec";

/**
 * The finished .xlsx package for a workbook spec, charts included; runs in Node and in the browser. Every text the
 * writer puts in a part goes through xmlText, which drops characters XML cannot carry (the last defence behind
 * scenario validation). A host may lend a native compressor (the CLI passes Node's zlib).
 */
export async function workbookBytes(spec: WorkbookSpec, created: Date, native?: NativeDeflate): Promise<Uint8Array> {
  return joinBytes(await workbookChunks(spec, created, native));
}

/** The same package as the pieces it was written in, for a host that writes them to a file one by one (no copy of the whole). */
export async function workbookChunks(spec: WorkbookSpec, created: Date, native?: NativeDeflate): Promise<Uint8Array[]> {
  return (await writeSpec(spec, created, native)).chunks;
}
