import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { FileFault, onFile } from "./fileFault";
import { removeStaleTemps, tempName, trackTemp } from "./tempFiles";

/** Bytes handed over as they are made: `produce` calls `put` with each piece, in order. */
export type ByteProducer = (put: (chunk: Uint8Array) => void) => Promise<void>;

/**
 * Writes bytes to a new, randomly named temp file next to their destination (created exclusively, so a planted
 * file or symlink is never followed) and renames it into place: a failed run never leaves half a file.
 * Failures are FileFaults naming `shown`, the path as the user typed it.
 */
export function writeFileAtomically(bytes: Uint8Array, file: string, shown = file, option = "--out"): { file: string; bytes: number } {
  const temp = prepareTemp(file, shown, option);
  try {
    onFile(
      shown,
      "write",
      () => {
        const fd = openTemp(temp.path);
        try {
          fs.writeFileSync(fd, bytes);
          fs.fsyncSync(fd);
        } finally {
          fs.closeSync(fd);
        }
        fs.renameSync(temp.path, file);
      },
      option,
    );
  } finally {
    temp.remove();
  }
  return { file, bytes: bytes.length };
}

/** The same for bytes written as they are made (a workbook as it is zipped), so the whole file is never held at once. */
export async function streamFileAtomically(produce: ByteProducer, file: string, shown = file, option = "--out"): Promise<{ file: string; bytes: number }> {
  const temp = prepareTemp(file, shown, option);
  let written = 0;
  try {
    const fd = onFile(shown, "write", () => openTemp(temp.path), option);
    try {
      await produce((chunk) => {
        onFile(shown, "write", () => fs.writeFileSync(fd, chunk), option);
        written += chunk.length;
      });
      onFile(shown, "write", () => fs.fsyncSync(fd), option);
    } finally {
      fs.closeSync(fd);
    }
    onFile(shown, "write", () => fs.renameSync(temp.path, file), option);
  } finally {
    temp.remove();
  }
  return { file, bytes: written };
}

/** Checks the destination, clears stale temps beside it and names (and tracks, for a signal) this run's temp file. */
function prepareTemp(file: string, shown: string, option: string): { path: string; remove: () => void } {
  const dir = path.dirname(file);
  onFile(
    shown,
    "write",
    () => {
      fs.mkdirSync(dir, { recursive: true });
      const existing = fs.statSync(file, { throwIfNoEntry: false });
      if (existing?.isDirectory()) throw new FileFault("EISDIR", shown, "write", option);
      // A file its owner made read-only is one they meant to keep: rename would replace it regardless.
      if (existing && (existing.mode & 0o222) === 0) throw new FileFault("READONLY", shown, "write", option);
    },
    option,
  );
  removeStaleTemps(dir, path.basename(file));
  const temp = path.join(dir, tempName(path.basename(file), process.pid, crypto.randomBytes(8).toString("hex")));
  const untrack = trackTemp(temp);
  const remove = () => {
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // the temp file was never created (its name was refused): nothing to remove
    }
    untrack();
  };
  return { path: temp, remove };
}

const openTemp = (temp: string): number => fs.openSync(temp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0), 0o644);
