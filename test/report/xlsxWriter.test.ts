import { XMLValidator } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";
import { joinBytes } from "../../src/report/xlsx/parts/zipWriter";
import { writeSpec } from "../../src/report/xlsx/writeSpec";
import type { SheetSpec, WorkbookSpec } from "../../src/report/workbookSpec";

const parts = async (spec: WorkbookSpec) => {
  const files = unzipSync(joinBytes((await writeSpec(spec, new Date("2026-12-04T00:00:00Z"))).chunks));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
};

const sheet = (over: Partial<SheetSpec> = {}): SheetSpec => ({
  name: "Plan",
  blocks: [
    { kind: "title", text: "Title\uFFFE with \u0007 bell" },
    {
      kind: "table",
      table: {
        name: "Inputs",
        columns: [
          { header: "SKU", format: "text", width: 8 },
          { header: "Price", format: "money", width: 8, input: { kind: "number", note: "¥, 0 or more" } },
          { header: "Helper", format: "rate", width: 8, hidden: true },
        ],
        rows: Array.from({ length: 25 }, (_, i) => [`S${i}`, i === 3 ? 12_345_678.9 : i, { formula: `B${i + 3}*2`, value: i * 2 }]),
      },
    },
  ],
  ...over,
});

describe("writeSpec (the streaming .xlsx writer)", () => {
  let files: Record<string, string>;
  let plan: string;
  beforeAll(async () => {
    files = await parts({ title: "T", sheets: [sheet({ protect: true }), { ...sheet(), name: "Open sheet" }] });
    plan = files["xl/worksheets/sheet1.xml"]!;
  });

  it("writes only well-formed XML parts, with characters XML cannot hold removed", () => {
    for (const [name, text] of Object.entries(files)) expect([name, XMLValidator.validate(text)]).toEqual([name, true]);
    expect(plan).toContain("Title with  bell");
  });

  it("sizes a money column for its largest value, so ¥12,345,678.90 never shows ###", () => {
    const width = Number(/<col min="2" max="2" width="([\d.]+)"/.exec(plan)![1]);
    expect(width).toBeGreaterThanOrEqual("¥12,345,678.90".length);
  });

  it("sizes the second column for a fact's number too: a year's loss of -¥1,044,929.30 shows, not ###", async () => {
    const facts = await parts({
      title: "T",
      sheets: [{ name: "Summary", blocks: [{ kind: "facts", rows: [{ label: "Net profit, year 1 (¥)", value: -1044929.3, format: "money" }] }] }],
    });
    const width = Number(/<col min="2" max="2" width="([\d.]+)"/.exec(facts["xl/worksheets/sheet1.xml"]!)![1]);
    expect(width).toBeGreaterThanOrEqual("-¥1,044,929.30".length);
  });

  it("hides helper columns, validates and notes input columns, and keeps inputs editable under protection", () => {
    expect(plan).toMatch(/<col min="3" max="3" width="[\d.]+" customWidth="1" hidden="1"\/>/);
    expect(plan).toContain('<dataValidation type="decimal" operator="greaterThanOrEqual"');
    expect(plan).toContain('prompt="¥, 0 or more"');
    expect(plan).toContain('sqref="B4:B28"');
    expect(plan).toContain("<sheetProtection ");
    expect(files["xl/worksheets/sheet2.xml"]).not.toContain("<sheetProtection ");
    expect(files["xl/styles.xml"]).toContain('<protection locked="0"/>');
  });

  it("repeats a long table's header row on every printed page", () => {
    expect(files["xl/workbook.xml"]).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'Plan'!$3:$3</definedName>`);
  });

  it("fits a sheet to the pages down it is told to (the summary: two), and leaves every other sheet its length", async () => {
    const tall = await parts({ title: "T", sheets: [sheet({ printPagesTall: 2 })] });
    expect(tall["xl/worksheets/sheet1.xml"]).toMatch(/<pageSetup [^>]*fitToHeight="2"\/>/);
    expect(plan).toMatch(/<pageSetup [^>]*fitToHeight="0"\/>/);
  });

  it("keeps a screen-only notes column out of the print area, on one line, without making its row taller", async () => {
    const long = "Sourced: a title (a publisher), https://example.com/a/very/long/address, 2024; Estimate: reasoning ".repeat(3);
    const notes = sheet({
      blocks: [
        { kind: "title", text: "T" },
        {
          kind: "table",
          table: {
            name: "Reasons",
            columns: [
              { header: "Reason", format: "text", width: 20 },
              { header: "Helper", format: "rate", width: 8, hidden: true },
              { header: "Basis", format: "text", width: 30, screenOnly: true },
            ],
            rows: [["short", 1, long]],
          },
        },
      ],
    });
    const written = await parts({ title: "T", sheets: [notes] });
    // Title 2 rows, header, one row and the gap: rows 1-5; the area stops at column B (the hidden helper prints nothing).
    expect(written["xl/workbook.xml"]).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="0">'Plan'!$A$1:$B$5</definedName>`);
    const xml = written["xl/worksheets/sheet1.xml"]!;
    expect(xml).toMatch(/<row r="4">/);
    expect(xml).not.toMatch(/<row r="4" ht=/);
    // No print area on a sheet without such a column or a printRows.
    expect(files["xl/workbook.xml"]).not.toContain("Print_Area");
  });

  it("ends a printed page after the rows it is told to (the P&L's platforms each start a page)", async () => {
    const broken = await parts({ title: "T", sheets: [sheet({ pageBreaksAfter: [10, 20] })] });
    expect(broken["xl/worksheets/sheet1.xml"]).toContain(
      '<rowBreaks count="2" manualBreakCount="2"><brk id="10" max="16383" man="1"/><brk id="20" max="16383" man="1"/></rowBreaks>',
    );
    expect(plan).not.toContain("<rowBreaks");
  });

  it("writes a formula with its cached value and a table part per table", () => {
    expect(plan).toContain("<f>B6*2</f><v>6</v>");
    expect(files["xl/tables/table1.xml"]).toContain('name="CF_Inputs"');
    expect(files["xl/tables/table1.xml"]).toContain('ref="A3:C28"');
  });
});

it("wraps a fact label longer than its column and makes its row tall enough, so the value beside it cuts nothing off", async () => {
  const long = "Shared fixed costs a month: shared team, rent and other (¥)";
  const facts: SheetSpec = {
    name: "Facts",
    blocks: [
      {
        kind: "facts",
        rows: [
          { label: long, value: 24750, format: "money" },
          { label: "Short", value: 1, format: "money" },
        ],
      },
    ],
  };
  const files = await parts({ title: "T", sheets: [facts] });
  const xml = files["xl/worksheets/sheet1.xml"]!;
  const row1 = /<row r="1"([^>]*)>(.*?)<\/row>/.exec(xml)!;
  const row2 = /<row r="2"([^>]*)>/.exec(xml)!;
  expect(Number(/ht="([\d.]+)"/.exec(row1[1]!)![1])).toBeGreaterThanOrEqual(32);
  expect(row2[1]).not.toContain("ht=");
  const labelStyle = Number(/<c r="A1" s="(\d+)"/.exec(row1[2]!)![1]);
  const xfs = [...files["xl/styles.xml"]!.split("<cellXfs")[1]!.matchAll(/<xf [^>]*?(?:\/>|>.*?<\/xf>)/g)].map((m) => m[0]);
  expect(xfs[labelStyle]).toContain('wrapText="1"');
});
