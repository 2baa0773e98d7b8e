import type { CalibratedFiles } from "../../../calibrate/calibrateFiles";
import { BILLS_NOTE, withBillRates } from "../../../calibrate/calibrationOverrides";
import { type Lang } from "../../../engine";
import { label } from "../../../messages";
import { CALIBRATE_NAMES } from "../../../messages/catalogue/calibrateMessages";
import { billFaultText } from "../../../report/billFaultText";
import { platformName } from "../../../report/planText";
import { el } from "../../dom";
import type { StepContext } from "../stepContext";

/** The last bills read in this pane: shown again whenever the step is redrawn. */
let lastRead: CalibratedFiles | undefined;

const percent = (x: number) => `${(x * 100).toFixed(2)}%`;
const RATE_KEYS = ["commission", "softwareFee", "points", "affiliate", "paymentFees", "refundRate"] as const;

function resultTable(ctx: StepContext, read: CalibratedFiles): HTMLElement {
  const { lang } = ctx;
  const name = (k: string) => CALIBRATE_NAMES[k]![lang];
  const head = [label("platform", lang), label("billsPeriod", lang), label("billsOrders", lang), label("billsSales", lang), ...RATE_KEYS.map(name), label("billsSettlement", lang)];
  const rows = Object.entries(read.calibration.platforms).map(([code, p]) =>
    el(
      "tr",
      {},
      ...[
        platformName(ctx.data, code, lang),
        `${p.period.from}…${p.period.to}`,
        String(p.orders),
        p.sales.toLocaleString("en-US", { minimumFractionDigits: 2 }),
        ...RATE_KEYS.map((k) => (p.rates[k] === undefined ? "–" : percent(p.rates[k]!))),
        p.settlementDays === undefined ? "–" : String(p.settlementDays),
      ].map((t) => el("td", {}, t)),
    ),
  );
  return el(
    "div",
    { id: "bill-result" },
    el("div", { class: "table-scroll" }, el("table", { class: "bills" }, el("thead", {}, el("tr", {}, ...head.map((h) => el("th", {}, h)))), el("tbody", {}, ...rows))),
    ...(rows.length ? [el("p", { class: "hint" }, label("billsApplied", lang))] : []),
    ...read.faults.map(({ file, fault }) => el("p", { class: "error", role: "alert" }, billFaultText(file, fault, lang as Lang))),
  );
}

/** Drop or choose bill exports: read in the browser, their rates become the plan's negotiated rates. */
export function billDropZone(ctx: StepContext): HTMLElement {
  const { lang } = ctx;
  const input = el("input", { type: "file", id: "bill-files", multiple: "", accept: ".csv,.txt,.xlsx" });
  const zone = el("label", { class: "drop-zone", id: "bill-drop", for: "bill-files" }, label("billsDrop", lang), input);
  const read = async (files: ArrayLike<File>) => {
    const { calibrateFiles } = await import(/* webpackChunkName: "calibrate" */ "../../../calibrate/calibrateFiles");
    const loaded = await Promise.all(Array.from(files, async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
    lastRead = await calibrateFiles(loaded, new Date(), Object.keys(ctx.data.rateCard.categories));
    const rows = lastRead.overrides;
    ctx.update(
      (d) =>
        (d.overrides = withBillRates(
          ctx.data.rateCard,
          (d.overrides ?? []).filter((o) => !o.note?.startsWith(BILLS_NOTE)),
          rows,
        )),
    );
  };
  input.addEventListener("change", () => void (input.files && read(input.files)));
  zone.addEventListener("dragover", (e) => e.preventDefault());
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    if (e.dataTransfer?.files.length) void read(e.dataTransfer.files);
  });
  return el(
    "fieldset",
    {},
    el("legend", {}, label("billsTitle", lang)),
    el("p", { class: "hint" }, label("billsHint", lang)),
    zone,
    ...(lastRead ? [resultTable(ctx, lastRead)] : []),
  );
}
