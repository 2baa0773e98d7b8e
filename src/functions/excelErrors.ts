import { type Issue, type Result } from "../engine";
import { describeIssue } from "../messages";
import { displayLanguage } from "../shared/displayLanguage";

const MAX_MESSAGE = 400;

export function issueToExcelError(issue: Issue): CustomFunctions.Error {
  const code = issue.code === "never_breaks_even" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  const message = describeIssue(issue, displayLanguage());
  return new CustomFunctions.Error(code, message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}…` : message);
}

/** The value of an engine result, or the Excel error that explains why there is none. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw issueToExcelError(result.issue);
  return result.value;
}

function isExcelError(e: unknown): e is CustomFunctions.Error {
  return e instanceof CustomFunctions.Error;
}

const isCellValue = (v: unknown) => typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v)) || isExcelError(v);

/**
 * Runs one custom function body so that a cell only ever gets a finite number, text, a matrix of those,
 * or a CustomFunctions.Error with a message: never a raw exception, NaN or Infinity.
 */
export function cell<T extends number | string | boolean | unknown[][]>(body: () => T): T {
  let value: T;
  try {
    value = body();
  } catch (e) {
    if (isExcelError(e)) throw e;
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `ChannelFit internal error: ${e instanceof Error ? e.message : "unknown"}`.slice(0, MAX_MESSAGE));
  }
  const ok = Array.isArray(value) ? value.every((row) => Array.isArray(row) && row.every(isCellValue)) : isCellValue(value);
  if (!ok) throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber, "ChannelFit internal error: the result is not a finite number");
  return value;
}
