import fs from "node:fs";
import { type Lang } from "../engine";
import { messages } from "../messages";
import { decodeScenario } from "./decodeScenario";
import { errorCode, FileFault, MAX_SCENARIO_MB } from "./fileFault";
import { ScenarioError } from "./loadScenario";

const MAX_BYTES = MAX_SCENARIO_MB * 1024 * 1024;

const CHUNK = 1024 * 1024;
const IDLE_MS = 25;
const pause = () => new Promise((resolve) => setTimeout(resolve, IDLE_MS));

/**
 * At most MAX_BYTES of any source (a file, a pipe, a FIFO, a device such as /dev/zero): one byte more and it is
 * refused. A source that is not a regular file is opened non-blocking and read between pauses, so a FIFO with no
 * writer yet, or a terminal, never blocks a thread and SIGINT/SIGTERM still end the run at once.
 */
async function readBounded(file: string, shown: string, regular: boolean): Promise<Buffer> {
  const fault = (error: unknown) => new FileFault(errorCode(error), shown, "read");
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (regular ? 0 : fs.constants.O_NONBLOCK));
  } catch (error) {
    throw fault(error);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let heard = false;
  try {
    for (;;) {
      const chunk = Buffer.alloc(CHUNK);
      let read: number;
      try {
        read = fs.readSync(fd, chunk, 0, CHUNK, null);
      } catch (error) {
        if (errorCode(error) !== "EAGAIN") throw fault(error);
        heard = true;
        await pause();
        continue;
      }
      if (read === 0) {
        // A FIFO reads 0 both at its end and before any writer opened it: wait for a writer until one was heard.
        if (regular || heard) break;
        await pause();
        continue;
      }
      heard = true;
      size += read;
      if (size > MAX_BYTES) throw new FileFault("E2BIG", shown, "read");
      chunks.push(chunk.subarray(0, read));
      if (!regular) await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    fs.closeSync(fd);
  }
  return Buffer.concat(chunks);
}

/** The scenario's text, whatever its encoding; every failure names `shown`, the path as the user typed it. */
export async function readScenarioFile(file: string, shown: string, lang: Lang, note: (line: string) => void): Promise<string> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    throw new FileFault(errorCode(error), shown, "read");
  }
  if (stat.isDirectory()) throw new FileFault("EISDIR", shown, "read");
  if (stat.size > MAX_BYTES) throw new FileFault("E2BIG", shown, "read");
  const decoded = decodeScenario(await readBounded(file, shown, stat.isFile()));
  if (!decoded.ok) throw new ScenarioError([messages(lang).cli.notUtf8(shown)]);
  if (decoded.encoding === "gb18030") note(messages(lang).cli.readAsGbk(shown));
  return decoded.text;
}
