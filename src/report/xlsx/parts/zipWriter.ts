import { Zip, ZipDeflate, strToU8 } from "fflate";

const FLUSH_AT = 1 << 16;

/**
 * An .xlsx package written part by part: each part's text is deflated as it is produced, so a large sheet is never
 * held whole, only its compressed bytes. fflate (MIT, no dependencies) runs the same in Node and the browser.
 */
export class ZipWriter {
  private readonly chunks: Uint8Array[] = [];
  private readonly zip: Zip;
  private failure: Error | null = null;

  constructor() {
    this.zip = new Zip((err, data) => {
      if (err) this.failure = err;
      else this.chunks.push(data);
    });
  }

  /** Writes one part from text pieces, flushing about every 64 KB. */
  part(path: string, pieces: Iterable<string>): void {
    const file = new ZipDeflate(path, { level: 6 });
    this.zip.add(file);
    let buffer = "";
    for (const piece of pieces) {
      buffer += piece;
      if (buffer.length >= FLUSH_AT) {
        file.push(strToU8(buffer));
        buffer = "";
      }
    }
    file.push(strToU8(buffer), true);
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
