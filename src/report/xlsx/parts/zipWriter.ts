import { Zip, ZipDeflate, ZipPassThrough, strToU8 } from "fflate";

/** Bytes of text compressed at a time. */
const PIECE_BYTES = 1 << 18;
/** UTF-8 takes at most 3 bytes for each UTF-16 unit of a string. */
const MAX_UTF8_PER_UNIT = 3;

/** Pieces a native compressor may be working on at once while the writer makes the next. */
const PIECES_IN_FLIGHT = 3;

/**
 * Raw DEFLATE for one part, fed in pieces: the compressed bytes of each piece, the stream finished with the last. The
 * piece is read before it returns (its buffer is reused); its compressed bytes may come later (from another thread).
 */
export type PartDeflater = (piece: Uint8Array, final: boolean) => Promise<Uint8Array<ArrayBuffer>>;

/** Native compression a host can lend the writer (Node's zlib in the CLI); fflate's JavaScript otherwise. */
export interface NativeDeflate {
  /** A compressor for one part: each piece compressed on its own, so several may be under way at once. */
  part(): PartDeflater;
  /** CRC-32 of the data, continuing from `value` (0 to start). */
  crc32(data: Uint8Array, value: number): number;
}

/** A zip entry whose size and CRC are counted from the raw pieces and whose bytes the native compressor deflates. */
class DeflatedPart extends ZipPassThrough {
  private readonly deflate: PartDeflater;
  private runningCrc = 0;

  constructor(
    filename: string,
    private readonly native: NativeDeflate,
  ) {
    super(filename);
    this.compression = 8;
    this.deflate = native.part();
  }

  /** Pieces being compressed, handed on in the order they were given. */
  private readonly inFlight: Array<{ compressed: Promise<Uint8Array<ArrayBuffer>>; final: boolean }> = [];

  /** Counts the piece and starts compressing it; waits for the oldest piece under way when too many are. */
  async add(piece: Uint8Array, final: boolean): Promise<void> {
    this.runningCrc = this.native.crc32(piece, this.runningCrc);
    this.size += piece.length;
    if (final) this.crc = this.runningCrc;
    const compressed = this.deflate(piece, final);
    compressed.catch(() => undefined); // a failure is thrown where the piece is awaited, never reported unhandled
    this.inFlight.push({ compressed, final });
    while (this.inFlight.length >= PIECES_IN_FLIGHT || (final && this.inFlight.length > 0)) {
      const oldest = this.inFlight.shift()!;
      this.ondata(null, await oldest.compressed, oldest.final);
    }
  }
}

/**
 * An .xlsx package written part by part: each part's text is deflated as it is produced, so a large sheet is never
 * held whole, only its compressed bytes. fflate (MIT, no dependencies) runs the same in Node and the browser.
 */
export class ZipWriter {
  private readonly chunks: Uint8Array[] = [];
  private readonly zip: Zip;
  private failure: Error | null = null;
  private buffer?: Uint8Array;
  private readonly encoder = new TextEncoder();

  /** `sink`, when given, takes the package's bytes as they are made (a file being written); otherwise they are kept for finish. */
  constructor(
    private readonly native?: NativeDeflate,
    sink?: (chunk: Uint8Array) => void,
  ) {
    this.zip = new Zip((err, data) => {
      if (err) this.failure = err;
      else if (sink) sink(data);
      else this.chunks.push(data);
    });
  }

  /**
   * Writes one part from text pieces, encoding them into one reused buffer and compressing it whenever it is full: no
   * large string or array is made for a piece of the part, so a sheet of 250 MB of XML leaves little garbage behind.
   */
  async part(path: string, pieces: Iterable<string>): Promise<void> {
    const file = this.native ? new DeflatedPart(path, this.native) : new ZipDeflate(path, { level: 6 });
    this.zip.add(file);
    // fflate may keep what it is given (its window), so it gets a copy; the native compressor reads the buffer at once.
    const push = async (bytes: Uint8Array, final: boolean) => (file instanceof DeflatedPart ? file.add(bytes, final) : file.push(bytes.slice(), final));
    const buffer = (this.buffer ??= new Uint8Array(PIECE_BYTES));
    let used = 0;
    for (const piece of pieces) {
      if (used + piece.length * MAX_UTF8_PER_UNIT > buffer.length) {
        await push(buffer.subarray(0, used), false);
        used = 0;
      }
      if (piece.length * MAX_UTF8_PER_UNIT > buffer.length) await push(strToU8(piece), false);
      else used += this.encoder.encodeInto(piece, buffer.subarray(used)).written;
    }
    await push(buffer.subarray(0, used), true);
    if (this.failure) throw this.failure;
  }

  /** The finished package as the pieces it was written in (none when they went to the sink). */
  finish(): Uint8Array[] {
    this.zip.end();
    if (this.failure) throw this.failure;
    return this.chunks;
  }
}

/** Pieces of bytes joined into one array. */
export function joinBytes(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
