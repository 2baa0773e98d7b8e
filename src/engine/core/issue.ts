import type { HintKey } from "./hintKeys";

/** What a value should have been, in words the catalogue knows. */
export type ExpectedKind = "number" | "text" | "list" | "table" | "boolean";

/** A structured reason why an engine call could not answer. Adapters turn it into text with `describeIssue`. */
export type Issue =
  | { code: "unknown_name"; field: string; received: string; accepted: readonly string[]; suggestion?: string }
  | { code: "not_a_number"; field: string; received: string }
  | { code: "out_of_range"; field: string; received: number; min: number; max: number; minExclusive?: boolean; hint?: HintKey }
  | { code: "not_an_integer"; field: string; received: number }
  | { code: "wrong_length"; field: string; expected: number; received: number }
  | { code: "mismatched_lengths"; field: string; otherField: string; length: number; otherLength: number }
  | { code: "empty"; field: string }
  | { code: "no_positive_score"; field: string }
  | { code: "never_breaks_even"; field: string; contributionPerOrder: number }
  | { code: "must_not_exceed"; field: string; lower: string; upper: string }
  | { code: "missing"; field: string }
  | { code: "wrong_type"; field: string; expected: ExpectedKind; received: string }
  | { code: "unknown_field"; field: string; keys: readonly string[] }
  | { code: "too_long"; field: string; max: number }
  | { code: "too_many"; field: string; max: number }
  | { code: "duplicate"; field: string; received: string; otherField: string }
  | { code: "illegal_character"; field: string; codePoint: string; position: number }
  | { code: "not_whole_fen"; field: string; received: number }
  | { code: "new_brand_with_sales"; field: string; received: number };

export type IssueCode = Issue["code"];
export type IssueOf<C extends IssueCode> = Extract<Issue, { code: C }>;
