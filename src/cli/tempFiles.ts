import fs from "node:fs";
import path from "node:path";

/** A temp file older than this, or whose process is gone, is left over from a crash. */
const STALE_AFTER_MS = 60 * 60 * 1000;
const live = new Set<string>();

/** Characters of the output's name kept in its temp name, so a legal long name (up to 255 bytes) still has a legal temp name. */
const TEMP_BASE_CHARS = 40;
const tempBase = (base: string) => [...base].slice(0, TEMP_BASE_CHARS).join("");

/** `.plan.xlsx.<pid>.<random>.channelfit.tmp`: hidden, next to the output, recognisable as ours. */
export const tempName = (base: string, pid: number, random: string) => `.${tempBase(base)}.${pid}.${random}.channelfit.tmp`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes ChannelFit temp files for `base` left by runs that crashed (process gone, or an hour old). Never follows links. */
export function removeStaleTemps(dir: string, base: string): string[] {
  // Only the current pattern: an older one (`.<name>.<pid>.tmp`) is a name a user's own file can have.
  const pattern = new RegExp(`^\\.${escape(tempBase(base))}\\.(\\d+)\\.[0-9a-f]{16}\\.channelfit\\.tmp$`);
  const removed: string[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const match = pattern.exec(name);
    if (!match) continue;
    const full = path.join(dir, name);
    try {
      const stat = fs.lstatSync(full);
      const stale = Number(match[1]) !== process.pid && (!alive(Number(match[1])) || Date.now() - stat.mtimeMs > STALE_AFTER_MS);
      if (stale && (stat.isFile() || stat.isSymbolicLink())) {
        fs.unlinkSync(full);
        removed.push(name);
      }
    } catch {
      // gone already, or not ours to remove: leave it
    }
  }
  return removed;
}

/** Remembers a temp file until `untrack` is called, so a signal handler can remove it. */
export function trackTemp(file: string): () => void {
  live.add(file);
  return () => live.delete(file);
}

/** Removes every temp file this process has open; for exit paths and signal handlers. */
export function removeLiveTemps(): void {
  for (const file of live) fs.rmSync(file, { force: true });
  live.clear();
}
