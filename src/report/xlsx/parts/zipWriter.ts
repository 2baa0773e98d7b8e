import { Zip, ZipDeflate, ZipPassThrough, strToU8 } from "fflate";

const FLUSH_AT = 1 << 18;

/** Raw DEFLATE for one part, fed in pieces: the compressed bytes of each piece, the stream finished with the last. */
export type PartDeflater = (piece: Uint8Array, final: boolean) => Uint8Array<ArrayBuffer>;

/** Native compression a host can lend the writer (Node's zlib in the CLI); fflate's JavaScript otherwise. */
export interface NativeDeflate {
  /** A compressor for one part. */
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

  override push(piece: Uint8Array, final = false): void {
    this.runningCrc = this.native.crc32(piece, this.runningCrc);
    this.size += piece.length;
    if (final) this.crc = this.runningCrc;
    this.process(piece, final);
  }

  protected override process(piece: Uint8Array, final: boolean): void {
    this.ondata(null, this.deflate(piece, final), final);
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

  constructor(private readonly native?: NativeDeflate) {
    this.zip = new Zip((err, data) => {
      if (err) this.failure = err;
      else this.chunks.push(data);
    });
  }

  /** Writes one part from text pieces, compressing about every 256 K characters. */
  part(path: string, pieces: Iterable<string>): void {
    const file = this.native ? new DeflatedPart(path, this.native) : new ZipDeflate(path, { level: 6 });
    this.zip.add(file);
    let buffer: string[] = [];
    let length = 0;
    for (const piece of pieces) {
      buffer.push(piece);
      length += piece.length;
      if (length >= FLUSH_AT) {
        file.push(strToU8(buffer.join("")));
        buffer = [];
        length = 0;
      }
    }
    file.push(strToU8(buffer.join("")), true);
    if (this.failure) throw this.failure;
  }

  finish(): Uint8Array {
    this.zip.end();
    if (this.failure) throw this.failure;
    const size = this.chunks.reduce((n, c) => n + c.length, 0);
    const out = new Uint8Array(size);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}
