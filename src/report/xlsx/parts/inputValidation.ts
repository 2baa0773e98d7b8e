import type { InputRule } from "../../workbookSpec";
import { xmlText } from "./xmlText";

/** Excel keeps at most 255 characters in a prompt, 32 in its title, and 255 in a list. */
const cut = (s: string, n: number) => ([...s].length > n ? `${[...s].slice(0, n - 1).join("")}…` : s);

/** A data validation over an input column's cells: the accepted values, and the note shown when a cell is selected. */
export function inputValidationXml(rule: InputRule, header: string, sqref: string): string {
  const note = xmlText(cut(rule.note, 255));
  const title = xmlText(cut(header, 32));
  const messages = `allowBlank="1" showInputMessage="1" showErrorMessage="1" promptTitle="${title}" prompt="${note}" errorTitle="${title}" error="${note}" sqref="${sqref}"`;
  switch (rule.kind) {
    case "number":
      return `<dataValidation type="decimal" operator="greaterThanOrEqual" ${messages}><formula1>0</formula1></dataValidation>`;
    case "fraction":
      return `<dataValidation type="decimal" operator="between" ${messages}><formula1>0</formula1><formula2>1</formula2></dataValidation>`;
    case "whole":
      return `<dataValidation type="whole" operator="greaterThanOrEqual" ${messages}><formula1>0</formula1></dataValidation>`;
    case "list":
      return `<dataValidation type="list" ${messages}><formula1>"${xmlText(cut((rule.list ?? []).join(","), 250))}"</formula1></dataValidation>`;
    case "text":
      return `<dataValidation allowBlank="1" showInputMessage="1" promptTitle="${title}" prompt="${note}" sqref="${sqref}"/>`;
  }
}
