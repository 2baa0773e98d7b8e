import fs from "node:fs";
import { messages, type Lang } from "../engine";
import { decodeScenario } from "./decodeScenario";
import { FileFault, MAX_SCENARIO_MB, onFile } from "./fileFault";
import { ScenarioError } from "./loadScenario";

/** The scenario's text, whatever its encoding; every failure names `shown`, the path as the user typed it. */
export function readScenarioFile(file: string, shown: string, lang: Lang, note: (line: string) => void): string {
  const bytes = onFile(shown, "read", () => {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) throw new FileFault("EISDIR", shown, "read");
    if (stat.size > MAX_SCENARIO_MB * 1024 * 1024) throw new FileFault("E2BIG", shown, "read");
    return fs.readFileSync(file);
  });
  const decoded = decodeScenario(bytes);
  if (!decoded.ok) throw new ScenarioError([messages(lang).cli.notUtf8(shown)]);
  if (decoded.encoding === "gb18030") note(messages(lang).cli.readAsGbk(shown));
  return decoded.text;
}
