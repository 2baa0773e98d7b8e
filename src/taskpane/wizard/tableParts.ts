import { el } from "../dom";

/** An expandable ⓘ note: also the row's hover title, so a mouse user sees it without a click. */
export const explainNote = (text: string): HTMLElement => el("details", { class: "explain" }, el("summary", {}, "ⓘ"), el("p", {}, text));

/**
 * A label and a figure, the figure marked with `data-figure` so tests and assistive tools can find it;
 * `explain` adds the ⓘ note (source, estimate or arithmetic) after the label, where it opens under it.
 */
export function figureRow(name: string, figure: string, value: string, explain?: string, cls = ""): HTMLTableRowElement {
  return el(
    "tr",
    { ...(explain ? { title: explain } : {}), ...(cls ? { class: cls } : {}) },
    el("th", { scope: "row" }, name, ...(explain ? [" ", explainNote(explain)] : [])),
    el("td", { class: value.startsWith("-") ? "num bad" : "num", "data-figure": figure }, value),
  );
}

/** A table that scrolls sideways inside its own box on a narrow pane, never the pane itself. */
export const scrollBox = (table: HTMLTableElement): HTMLElement => el("div", { class: "table-scroll" }, table);

/** Header cells, then one row per entry: the first cell a row header, the rest right-aligned numbers. */
export function numberTable(id: string, head: readonly string[], rows: ReadonlyArray<{ attrs?: Record<string, string>; cells: readonly string[] }>): HTMLTableElement {
  return el(
    "table",
    { id, class: "numbers" },
    el("thead", {}, el("tr", {}, ...head.map((h) => el("th", { scope: "col" }, h)))),
    el(
      "tbody",
      {},
      ...rows.map((r) =>
        el("tr", r.attrs ?? {}, ...r.cells.map((c, i) => (i === 0 ? el("th", { scope: "row" }, c) : el("td", { class: c.startsWith("-") ? "num bad" : "num" }, c)))),
      ),
    ),
  );
}
