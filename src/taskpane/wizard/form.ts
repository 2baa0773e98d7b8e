import { el } from "../dom";

export type Option = { value: string; label: string };

/** A labelled control; ids tie label and control together for screen readers and tests. */
export function field(id: string, label: string, control: HTMLElement): HTMLElement {
  return el("div", { class: "field" }, el("label", { for: id }, label), control);
}

export function numberInput(id: string, value: number | undefined, onChange: (v: number) => void, step = "any"): HTMLInputElement {
  const input = el("input", { id, type: "number", step, inputmode: "decimal", value: value === undefined ? "" : String(value) });
  input.addEventListener("change", () => onChange(input.value.trim() === "" ? Number.NaN : Number(input.value)));
  return input;
}

export function textInput(id: string, value: string, onChange: (v: string) => void, maxLength: number): HTMLInputElement {
  const input = el("input", { id, type: "text", value, maxlength: String(maxLength) });
  input.addEventListener("change", () => onChange(input.value));
  return input;
}

export function selectInput(id: string, options: readonly Option[], value: string, onChange: (v: string) => void): HTMLSelectElement {
  const select = el("select", { id }, ...options.map((o) => el("option", { value: o.value }, o.label)));
  select.value = value;
  select.addEventListener("change", () => onChange(select.value));
  return select;
}

/** Whole yuan without the sign, for table cells whose heading carries (¥). */
export const wholeYuan = (x: number): string => Math.round(x).toLocaleString("en");
/** Yuan to the fen without the sign, for per-order figures under a heading that carries (¥). */
export const fen = (x: number): string => x.toLocaleString("en", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Free text with suggestions: the engine reads whatever the user types ("18-30", "一二线"), the list only offers the usual values. */
export function comboInput(id: string, options: readonly Option[], value: string, onChange: (v: string) => void): HTMLElement {
  const input = el("input", { id, type: "text", list: `${id}-options`, value, maxlength: "80", autocomplete: "off" });
  input.addEventListener("change", () => onChange(input.value));
  return el("span", { class: "combo" }, input, el("datalist", { id: `${id}-options` }, ...options.map((o) => el("option", { value: o.value }, o.label))));
}
