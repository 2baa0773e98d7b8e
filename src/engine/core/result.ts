import type { Issue } from "./issue";

export type Result<T> = { ok: true; value: T } | { ok: false; issue: Issue };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(issue: Issue): Result<T> {
  return { ok: false, issue };
}
