/* A fake of the Excel JavaScript API surface ChannelFit uses, strict where Excel is strict:
   properties must be loaded and synced before they are read, errors surface at sync(), range and
   array sizes must match, sheet and table names must be unique, and the last sheet cannot go.
   Like Excel, a string written as a value into a cell that is not text-formatted ("@") at that moment is parsed
   as typed input: one starting with =, +, - or @ (after any tab, CR or space) becomes a live formula, recorded
   in `formulas`. It counts syncs and the bytes each request would carry. */

type Matrix = unknown[][];

export const EXCEL_ENUMS = {
  ChartType: { barClustered: "BarClustered", line: "Line" },
  ChartSeriesBy: { columns: "Columns" },
  ConditionalFormatType: { dataBar: "DataBar", colorScale: "ColorScale", cellValue: "CellValue" },
  ConditionalFormatColorCriterionType: { lowestValue: "LowestValue", percentile: "Percentile", highestValue: "HighestValue" },
  ConditionalCellValueOperator: { lessThan: "LessThan" },
};

const FORMULA_START = /^[\s]*[=+\-@]/;
const colNumber = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const colLetters = (n: number): string => (n <= 0 ? "" : colLetters(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)));

/** Every cell address of "A1" or "A1:C3", row by row. */
function cellsOf(address: string): string[][] {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(address);
  if (!m) return [];
  const [c1, r1] = [colNumber(m[1]!), Number(m[2])];
  const [c2, r2] = m[3] ? [colNumber(m[3]), Number(m[4])] : [c1, r1];
  return Array.from({ length: r2 - r1 + 1 }, (_, i) => Array.from({ length: c2 - c1 + 1 }, (_, j) => `${colLetters(c1 + j)}${r1 + i}`));
}

function dims(address: string): { rows: number; cols: number } | undefined {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(address);
  if (!m) return undefined;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const [r1, c1] = [Number(m[2]), col(m[1]!)];
  const [r2, c2] = m[3] ? [Number(m[4]), col(m[3])] : [r1, c1];
  return { rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
}

export class FakeRange {
  private _values?: Matrix;
  private _numberFormat?: Matrix;
  format = { font: {} as Record<string, unknown>, columnWidth: undefined as number | undefined, fill: {} as { color?: string }, protection: {} as { locked?: boolean } };
  columnHidden = false;
  dataValidation = {} as { rule?: Record<string, unknown>; prompt?: Record<string, unknown>; errorAlert?: Record<string, unknown> };
  conditionalFormats = {
    items: [] as Array<Record<string, unknown>>,
    add: (type: string) => {
      const cf = { type, colorScale: {}, cellValue: { format: { font: {} } } };
      this.conditionalFormats.items.push(cf);
      return cf;
    },
  };
  constructor(
    readonly sheet: FakeWorksheet,
    readonly address: string,
  ) {}
  private check(what: string, m: Matrix) {
    const d = dims(this.address);
    if (d && (m.length !== d.rows || m.some((r) => r.length !== d.cols)))
      this.sheet.book.fail(`InvalidArgument: ${what} for ${this.address} is ${m.length}×${m[0]?.length ?? 0}, the range is ${d.rows}×${d.cols}`);
    this.sheet.book.queue(m);
  }
  set values(m: Matrix) {
    this.check("values", m);
    this._values = m;
    this.sheet.cells(this.address, m);
    this.sheet.parse(this.address, m);
  }
  get values(): Matrix {
    return this._values!;
  }
  /** Like Excel: what range.formulas sets is parsed as typed input, so "=…" in a cell not formatted "@" is a live formula. */
  set formulas(m: Matrix) {
    this.check("formulas", m);
    this._values = m;
    this.sheet.cells(this.address, m);
    this.sheet.parse(this.address, m);
  }
  get formulas(): Matrix {
    return this._values!;
  }
  set numberFormat(m: Matrix) {
    this.check("numberFormat", m);
    this._numberFormat = m;
    this.sheet.formats.set(this.address, m);
    cellsOf(this.address).forEach((row, i) => row.forEach((cell, j) => this.sheet.cellFormats.set(cell, m[i]?.[j])));
  }
  get numberFormat(): Matrix {
    return this._numberFormat!;
  }
}

export class FakeWorksheet {
  showGridlines = true;
  ranges: FakeRange[] = [];
  values = new Map<string, unknown>();
  formats = new Map<string, Matrix>();
  /** The number format each cell has now. */
  cellFormats = new Map<string, unknown>();
  /** Cells whose written text Excel would have turned into a live formula. */
  formulas = new Map<string, string>();
  tables = {
    items: [] as Array<{ name: string; address: string; hasHeaders: boolean }>,
    add: (address: string, hasHeaders: boolean) => {
      const t = { name: "", address, hasHeaders };
      this.tables.items.push(t);
      this.book.queue(address);
      return t;
    },
  };
  charts = {
    items: [] as Array<Record<string, unknown>>,
    add: (type: string, range: FakeRange, seriesBy: string) => {
      const c = {
        type,
        source: range.address,
        seriesBy,
        title: { text: "" },
        legend: { visible: true },
        position: [] as string[],
        setPosition: (a: string, b: string) => (c.position = [a, b]),
      };
      this.charts.items.push(c);
      return c;
    },
  };
  deleted = false;
  protection = {
    options: null as Record<string, unknown> | null,
    protect: (options: Record<string, unknown>) => (this.protection.options = options),
  };
  printTitleRows: string | null = null;
  printTitleColumns: string | null = null;
  printArea: string | null = null;
  pageLayout = {
    orientation: "Portrait",
    zoom: {} as Record<string, unknown>,
    setPrintTitleRows: (rows: string) => (this.printTitleRows = rows),
    setPrintTitleColumns: (columns: string) => (this.printTitleColumns = columns),
    setPrintArea: (area: string) => (this.printArea = area),
  };
  pageBreaks: string[] = [];
  horizontalPageBreaks = { add: (at: string) => this.pageBreaks.push(at) };
  constructor(
    readonly book: FakeWorkbook,
    public name: string,
  ) {}
  getRange(address: string) {
    const r = new FakeRange(this, address);
    this.ranges.push(r);
    return r;
  }
  activate() {
    this.book.active = this;
  }
  delete() {
    this.deleted = true;
    this.book.queue("delete");
  }
  parse(address: string, m: Matrix) {
    cellsOf(address).forEach((row, i) =>
      row.forEach((cell, j) => {
        const v = m[i]?.[j];
        if (typeof v === "string" && this.cellFormats.get(cell) !== "@" && FORMULA_START.test(v)) this.formulas.set(cell, v);
        else this.formulas.delete(cell);
      }),
    );
  }
  cells(address: string, m: Matrix) {
    const start = /^([A-Z]+)(\d+)/.exec(address);
    if (!start) return;
    const col0 = start[1]!.charCodeAt(0) - 65;
    m.forEach((row, i) => row.forEach((v, j) => this.values.set(`${String.fromCharCode(65 + col0 + j)}${Number(start[2]) + i}`, v)));
  }
}

export class FakeWorkbook {
  sheets: FakeWorksheet[];
  settingsStore = new Map<string, unknown>();
  active?: FakeWorksheet;
  syncs = 0;
  requestBytes: number[] = [];
  calcSuspended = 0;
  private pendingBytes = 0;
  private errors: string[] = [];
  constructor(sheetNames: string[] = ["Sheet1"]) {
    this.sheets = sheetNames.map((n) => new FakeWorksheet(this, n));
  }
  queue(payload: unknown) {
    this.pendingBytes += JSON.stringify(payload).length;
  }
  fail(message: string) {
    this.errors.push(message);
  }
  live() {
    return this.sheets.filter((s) => !s.deleted);
  }
  sheet(name: string) {
    return this.live().find((s) => s.name === name);
  }

  context() {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getters below must reach the workbook, not the context object
    const book = this;
    let loadedItems = false;
    const worksheets = {
      load: (_: string) => undefined,
      get items() {
        if (!loadedItems) throw new Error("PropertyNotLoaded: worksheets.items was read before load() and sync()");
        return book.live().map((s) => ({ name: s.name, tables: { items: s.tables.items.map((t) => ({ name: t.name })) } }));
      },
      add: (name: string) => {
        if (name.length > 31 || /[[\]:*?/\\]/.test(name)) book.fail(`InvalidArgument: bad sheet name ${name}`);
        if (book.live().some((s) => s.name.toLowerCase() === name.toLowerCase())) book.fail(`ItemAlreadyExists: sheet ${name}`);
        const ws = new FakeWorksheet(book, name);
        book.sheets.push(ws);
        book.queue(name);
        return ws;
      },
      getItem: (name: string) => {
        const ws = book.sheet(name);
        if (!ws) throw new Error(`ItemNotFound: ${name}`);
        return ws;
      },
    };
    const pendingLoads: Array<() => void> = [];
    const settings = {
      getItemOrNullObject: (key: string) => {
        const item = {
          isNullObject: true,
          value: undefined as unknown,
          loaded: false,
          load: (_: string) => pendingLoads.push(() => ((item.loaded = true), (item.isNullObject = !book.settingsStore.has(key)), (item.value = book.settingsStore.get(key)))),
        };
        return new Proxy(item, {
          get: (target, prop) => {
            if ((prop === "value" || prop === "isNullObject") && !target.loaded) throw new Error(`PropertyNotLoaded: setting ${key}`);
            return target[prop as keyof typeof target];
          },
        });
      },
      add: (key: string, value: unknown) => {
        book.settingsStore.set(key, value);
        book.queue(value);
      },
    };
    const tables = {
      getItemOrNullObject: (name: string) => {
        const found = book
          .live()
          .flatMap((ws) => ws.tables.items.map((t) => ({ ws, t })))
          .find(({ t }) => t.name.toLowerCase() === name.toLowerCase());
        let loaded = false;
        const body = {
          load: (_: string) => pendingLoads.push(() => (loaded = true)),
          get values(): Matrix {
            if (!loaded) throw new Error("PropertyNotLoaded: range.values");
            if (!found) throw new Error("InvalidObjectPath: the table does not exist");
            const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(found.t.address)!;
            const rows: Matrix = [];
            for (let r = Number(m[2]) + 1; r <= Number(m[4]); r++) {
              const row: unknown[] = [];
              for (let c = m[1]!.charCodeAt(0); c <= m[3]!.charCodeAt(0); c++) row.push(found.ws.values.get(`${String.fromCharCode(c)}${r}`) ?? "");
              rows.push(row);
            }
            return rows;
          },
        };
        return { isNullObject: !found, getDataBodyRange: () => body };
      },
    };
    return {
      workbook: { worksheets, settings, tables, application: { calculate: () => undefined } },
      application: { suspendApiCalculationUntilNextSync: () => void book.calcSuspended++ },
      sync: async () => {
        book.syncs++;
        book.requestBytes.push(book.pendingBytes);
        book.pendingBytes = 0;
        const names = book.live().map((s) => s.name.toLowerCase());
        if (new Set(names).size !== names.length) book.errors.push("ItemAlreadyExists: duplicate sheet names after renaming");
        if (book.live().length === 0) book.errors.push("InvalidOperation: a workbook must keep at least one visible sheet");
        const tableNames = book.live().flatMap((s) => s.tables.items.map((t) => t.name.toLowerCase()));
        if (new Set(tableNames).size !== tableNames.length) book.errors.push("ItemAlreadyExists: duplicate table names");
        pendingLoads.splice(0).forEach((f) => f());
        loadedItems = true;
        const errors = book.errors.splice(0);
        if (errors.length) throw new Error(errors.join("; "));
      },
    };
  }

  /** An Excel.run that runs the batch against this workbook. */
  get run() {
    return (async <T>(batch: (context: ReturnType<FakeWorkbook["context"]>) => Promise<T>) => batch(this.context())) as unknown as typeof Excel.run;
  }
}

export function installExcelEnums(): void {
  (globalThis as Record<string, unknown>).Excel = EXCEL_ENUMS;
}

/** Office's requirement-set check, answering as an Excel that has ExcelApi up to `version` would. */
export function installOffice(version = "1.9"): void {
  const [major, minor] = version.split(".").map(Number) as [number, number];
  const isSetSupported = (name: string, wanted = "1.1") => {
    const [m, n] = wanted.split(".").map(Number) as [number, number];
    return name === "ExcelApi" && (m < major || (m === major && n <= minor));
  };
  (globalThis as Record<string, unknown>).Office = { context: { requirements: { isSetSupported } } };
}
