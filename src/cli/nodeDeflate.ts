import { Worker } from "node:worker_threads";
import zlib from "node:zlib";
import type { NativeDeflate } from "../report/xlsx/parts/zipWriter";

/**
 * The compressing thread: each piece deflated on its own and ended on a sync flush (the last of a part on a finish),
 * so the pieces join into one valid stream. Plain JavaScript, so it runs the same from the build and from the tests.
 */
const WORKER_SOURCE = `
const { parentPort } = require("node:worker_threads");
const zlib = require("node:zlib");
parentPort.on("message", ({ id, buffer, length, final }) => {
  const out = zlib.deflateRawSync(new Uint8Array(buffer, 0, length), { level: 6, memLevel: 9, finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH });
  const whole = out.byteOffset === 0 && out.byteLength === out.buffer.byteLength;
  const compressed = whole ? new Uint8Array(out.buffer) : new Uint8Array(out);
  parentPort.postMessage({ id, compressed, buffer }, [compressed.buffer, buffer]);
});
`;

/** The size of the buffers lent to the thread: the writer's piece (a longer piece gets a buffer of its own, not kept). */
const LENT_BYTES = 1 << 18;

type Waiting = { resolve: (bytes: Uint8Array<ArrayBuffer>) => void; reject: (error: Error) => void };

/** One thread compressing pieces in order; it keeps the process alive only while a piece is being compressed. */
function compressingThread() {
  const worker = new Worker(WORKER_SOURCE, { eval: true });
  worker.unref();
  const waiting = new Map<number, Waiting>();
  let nextId = 0;
  // Buffers lent to the thread and given back: the pieces are copied into them, so neither side makes garbage of them.
  const spare: ArrayBuffer[] = [];
  worker.on("message", ({ id, compressed, buffer }: { id: number; compressed: Uint8Array<ArrayBuffer>; buffer: ArrayBuffer }) => {
    if (buffer.byteLength === LENT_BYTES) spare.push(buffer);
    waiting.get(id)!.resolve(compressed);
    waiting.delete(id);
    if (waiting.size === 0) worker.unref();
  });
  // A thread that failed has stopped: what waits on it, and every later piece, gets its error.
  let failure: Error | undefined;
  worker.on("error", (error) => {
    failure = error;
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  });
  return (piece: Uint8Array, final: boolean) =>
    new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
      if (failure) return reject(failure);
      if (waiting.size === 0) worker.ref();
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      const lent = piece.length > LENT_BYTES ? new ArrayBuffer(piece.length) : (spare.pop() ?? new ArrayBuffer(LENT_BYTES));
      new Uint8Array(lent).set(piece); // a copy: the piece's buffer is the writer's to reuse at once
      worker.postMessage({ id, buffer: lent, length: piece.length, final }, [lent]);
    });
}

let thread: ReturnType<typeof compressingThread> | undefined;

/**
 * Node's native zlib for the workbook's parts, several times faster than DEFLATE and CRC-32 in JavaScript, on a thread
 * of its own: the second core compresses a piece while the writer makes the next.
 */
export const nodeDeflate: NativeDeflate = {
  part: () => (thread ??= compressingThread()),
  crc32: (data, value) => zlib.crc32(data, value),
};
