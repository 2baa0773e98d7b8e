/** A structured reason why an engine call could not answer. Adapters turn it into text with `describeIssue`. */
export type Issue =
  | { code: "unknown_name"; field: string; received: string; accepted: readonly string[]; suggestion?: string }
  | { code: "not_a_number"; field: string; received: string }
  | { code: "out_of_range"; field: string; received: number; min: number; max: number; minExclusive?: boolean; hint?: string }
  | { code: "not_an_integer"; field: string; received: number }
  | { code: "wrong_length"; field: string; expected: number; received: number }
  | { code: "mismatched_lengths"; field: string; otherField: string; length: number; otherLength: number }
  | { code: "empty"; field: string }
  | { code: "no_positive_score"; field: string }
  | { code: "never_breaks_even"; field: string; contributionPerOrder: number }
  | { code: "invalid_data"; field: string; detail: string };

export type IssueCode = Issue["code"];
