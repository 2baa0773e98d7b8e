import { el } from "../../dom";
import { label } from "../../../messages";
import { numberInput, selectInput } from "../form";
import { platformOptions } from "../options";
import type { StepContext } from "../stepContext";

type Stores = Record<string, number>;

/** The stores with one row changed: renaming a platform keeps the rows in their order. */
function withRow(stores: Stores, index: number, row: [string, number] | null): Stores {
  const rows = Object.entries(stores);
  if (row === null) rows.splice(index, 1);
  else rows[index] = row;
  return Object.fromEntries(rows);
}

/**
 * "Where do you sell today?": one row per store the brand runs (platform and its current monthly sales). The plan
 * starts those stores mature from month 1 and gives them the 'selling there now' verdict.
 */
export function existingStoresEditor(ctx: StepContext): HTMLElement {
  const { lang } = ctx;
  const stores: Stores = ctx.draft.company.existingStores ?? {};
  const set = (next: Stores) =>
    ctx.update((d) => {
      if (Object.keys(next).length > 0) d.company.existingStores = next;
      else delete d.company.existingStores;
    });
  const options = platformOptions(ctx.data, lang);
  const rows = Object.entries(stores).map(([platform, sales], i) =>
    el(
      "tr",
      {},
      el(
        "td",
        {},
        selectInput(`store-platform-${i}`, options, platform, (v) => set(withRow(stores, i, [v, sales]))),
      ),
      el(
        "td",
        {},
        numberInput(`store-sales-${i}`, sales, (v) => set(withRow(stores, i, [platform, v]))),
      ),
      el(
        "td",
        {},
        button(label("remove", lang), () => set(withRow(stores, i, null))),
      ),
    ),
  );
  const unused = options.find((o) => !(o.value in stores));
  const add = button(label("addStore", lang), () => unused && set({ ...stores, [unused.value]: 0 }));
  add.id = "add-store";
  add.disabled = unused === undefined;
  const head = el("tr", {}, ...[label("platform", lang), label("existingStoreSales", lang), ""].map((h) => el("th", {}, h)));
  return el(
    "fieldset",
    { id: "existing-stores" },
    el("legend", {}, label("existingStores", lang)),
    el("div", { class: "table-scroll" }, el("table", { class: "stores" }, el("thead", {}, head), el("tbody", {}, ...rows))),
    add,
  );
}

function button(text: string, onClick: () => void): HTMLButtonElement {
  const b = el("button", { type: "button", class: "secondary" }, text);
  b.addEventListener("click", onClick);
  return b;
}
