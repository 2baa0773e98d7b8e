import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { FileFault, onFile } from "./fileFault";
import { removeStaleTemps, tempName, trackTemp } from "./tempFiles";

/**
 * Writes bytes (one array, or pieces written one after another) to a new, randomly named temp file next to their destination (created exclusively, so a planted
 * file or symlink is never followed) and renames it into place: a failed run never leaves half a file.
 * Failures are FileFaults naming `shown`, the path as the user typed it.
 */
export function writeFileAtomically(content: Uint8Array | readonly Uint8Array[], file: string, shown = file, option = "--out"): { file: string; bytes: number } {
  const chunks = content instanceof Uint8Array ? [content] : content;
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
  try {
    onFile(
      shown,
      "write",
      () => {
        const fd = fs.openSync(temp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0), 0o644);
        try {
          for (const chunk of chunks) fs.writeFileSync(fd, chunk);
          fs.fsyncSync(fd);
        } finally {
          fs.closeSync(fd);
        }
        fs.renameSync(temp, file);
      },
      option,
    );
  } finally {
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // the temp file was never created (its name was refused): nothing to remove
    }
    untrack();
  }
  return { file, bytes: chunks.reduce((n, c) => n + c.length, 0) };
}
