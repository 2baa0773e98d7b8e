import { type Lang } from "../engine";
import { messages } from "../messages";

/** A file-system failure on a path the user gave, kept with that path (not a temp file's) for the message. */
export class FileFault extends Error {
  constructor(
    readonly code: string,
    readonly file: string,
    readonly action: "read" | "write",
    /** The option that named a written file, for the advice: --out or --json. */
    readonly option = "--out",
  ) {
    super(`${action} ${file}: ${code}`);
    this.name = "FileFault";
  }
}

export const errorCode = (error: unknown): string => (error && typeof error === "object" && "code" in error ? String((error as { code: unknown }).code) : "EIO");

/** Runs a file operation; a failure becomes a FileFault naming `file`. */
export function onFile<T>(file: string, action: "read" | "write", body: () => T, option?: string): T {
  try {
    return body();
  } catch (error) {
    if (error instanceof FileFault) throw error;
    throw new FileFault(errorCode(error), file, action, option);
  }
}

/** One line in the user's language: what happened to the path and what to do. */
export function describeFault(fault: FileFault, lang: Lang): string {
  const say = messages(lang).cli;
  const { code, file, action, option } = fault;
  if (code === "ENOENT" && action === "read") return say.noSuchFile(file);
  if (code === "EISDIR") return action === "read" ? say.isFolder(file) : say.outIsFolder(file, option);
  if (code === "ENAMETOOLONG") return say.nameTooLong(file);
  if (code === "READONLY") return say.readOnlyOutput(file, option);
  if (code === "ENOSPC" || code === "EDQUOT") return say.diskFull(file);
  if (code === "EFBIG") return say.fileTooLarge(file);
  if (code === "E2BIG") return say.tooBig(file, MAX_SCENARIO_MB);
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") return action === "read" ? say.cannotRead(file) : say.cannotWrite(file, option);
  if (code === "ENOTDIR" || code === "EEXIST") return say.notAFolder(file, option);
  return say.fileFault(file, code);
}

export const MAX_SCENARIO_MB = 20;
