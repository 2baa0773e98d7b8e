import type { Issue, IssueCode, IssueOf } from "../engine/core/issue";
import { ISSUE_MESSAGES } from "./catalogue/issueMessages";
import type { Lang } from "../engine/core/lang";

/** The one place engine issues become words, for cells, the wizard and the command line. */
export function describeIssue(issue: Issue, lang: Lang = "en"): string {
  const template = ISSUE_MESSAGES[issue.code][lang] as (i: IssueOf<IssueCode>) => string;
  return template(issue);
}
