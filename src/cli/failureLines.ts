import { type Lang } from "../engine";
import { messages } from "../messages";
import { describeFault, FileFault } from "./fileFault";
import { ScenarioError } from "./loadScenario";

/** A wrong command line: one line, then the usage when it helps. */
export class ArgumentError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join("\n"));
    this.name = "ArgumentError";
  }
}

/** What the command line prints for a failure, and its exit code: 1 for bad input or files, 2 for a bug. */
export function failureLines(error: unknown, lang: Lang, debug: boolean): { text: string; exitCode: number } {
  const say = messages(lang).cli;
  const stack = debug && error instanceof Error && error.stack ? `\n${error.stack}` : "";
  if (error instanceof ScenarioError) {
    const text = error.problems.length === 1 ? say.failed(error.problems[0]!) : say.problems(error.problems.length, error.problems.join("\n- "));
    return { text: text + stack, exitCode: 1 };
  }
  if (error instanceof ArgumentError) return { text: say.failed(error.lines.join("\n")) + stack, exitCode: 1 };
  if (error instanceof FileFault) return { text: say.failed(describeFault(error, lang)) + stack, exitCode: 1 };
  const detail = error instanceof Error ? error.name : typeof error;
  return { text: say.unexpected(detail) + (debug && error instanceof Error ? `\n${error.stack}` : ""), exitCode: 2 };
}
