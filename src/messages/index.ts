export { describeIssue } from "./describeIssue";
export { label, messages, optionLabels, provenanceLabel, stepNames, LABELS, type LabelKey, yuanText, fenText, percentText } from "./catalogue";
export { fitReasonText } from "./fitReasonText";
