import { DetailedCellError } from "hyperformula";
import { buildPlan } from "../../src/scenario/buildPlan";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { issueFromZod } from "../../src/scenario/zodIssues";
import { scenarioSchema } from "../../src/scenario/scenario";
import { parseProduct } from "../../src/engine";
import { headcount } from "../../src/functions/impl/teamFunctions";
import { workbook } from "../support/hyperformulaHarness";

const errorOf = (v: unknown) => (v instanceof DetailedCellError ? { type: v.type, message: v.message } : { value: v });

describe("one price floor, the fen, in every function and the plan (#8)", () => {
  it.each(["1e-308", "0.001", "0.009"])("refuses a price of %s with the range, never an internal error", (price) => {
    const wb = workbook([
      [`=CHANNEL.NETPROFIT("TMALL","APPAREL",${price},0)`, `=CHANNEL.NETMARGIN("TMALL","APPAREL",${price},0)`, `=CHANNEL.BREAKEVEN("TMALL","APPAREL",${price},0,1000)`],
      [`=CHANNEL.FIT("TMALL","APPAREL",${price})`, `=CHANNEL.TRAFFIC(100000,0.02,${price})`, `=CHANNEL.ADBUDGET(100000,0.02,${price},0.4,1.5)`],
    ]);
    for (const cell of ["A1", "B1", "C1", "A2"])
      expect(errorOf(wb.value(cell))).toEqual({
        type: "VALUE",
        message: expect.stringMatching(/^price: .* is out of range; use from 0\.01 to 10000000 \(one fen \(0\.01\) at least\)\.$/),
      });
    for (const cell of ["B2", "C2"])
      expect(errorOf(wb.value(cell))).toEqual({ type: "VALUE", message: expect.stringMatching(/^avgOrderValue: .* is out of range; use from 0\.01 to 10000000/) });
  });

  it("accepts exactly one fen everywhere", () => {
    const wb = workbook([['=CHANNEL.NETPROFIT("TMALL","APPAREL",0.01,0)', "=CHANNEL.TRAFFIC(100000,0.02,0.01)"]]);
    expect(typeof wb.value("A1")).toBe("number");
    expect(wb.value("B1")).toBe(500_000_000);
  });

  it("the plan refuses a product below one fen instead of a −59,999 margin: the scenario's price range is the engine's", () => {
    const input = { brand: "b", company: { annualTarget: 1_000_000, monthlyAdBudget: 10_000 }, products: [{ sku: "A", name: "n", category: "服装", price: 0.001, unitCost: 0 }] };
    const parsed = scenarioSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(issueFromZod(parsed.error!.issues[0]!, input, scenarioSchema)).toMatchObject({ code: "out_of_range", min: 0.01 });
    const atFloor = scenarioSchema.parse({ ...input, products: [{ ...input.products[0]!, price: 0.01 }] });
    expect(buildPlan(defaultReferenceData(), atFloor, "2026-11-22").ok).toBe(true);
  });
});

describe("yes/no arguments accept the same words everywhere (#8)", () => {
  // What the shipped metadata (sharedDesign: boolean) lets Excel pass: checked through the built bundle.
  it.each([
    ["TRUE()", "TRUE()"],
    ["1", "TRUE()"],
    ['"TRUE"', "TRUE()"],
    ['"true"', "TRUE()"],
    ["FALSE()", "FALSE()"],
    ["0", "FALSE()"],
    ['"FALSE"', "FALSE()"],
  ])("HEADCOUNT's sharedDesign reads %s as %s in a sheet", (v, as) => {
    const wb = workbook([[`=CHANNEL.HEADCOUNT("TMALL",1000,"lean",${v})`, `=CHANNEL.HEADCOUNT("TMALL",1000,"lean",${as})`]]);
    expect(wb.value("A1")).toEqual(wb.value("B1"));
  });

  it("shared design changes the count", () => {
    const wb = workbook([['=CHANNEL.HEADCOUNT("TMALL",1000,"lean",TRUE())', '=CHANNEL.HEADCOUNT("TMALL",1000,"lean",FALSE())']]);
    expect(wb.value("A1")).toBe(Number(wb.value("B1")) - 1);
  });

  // Every word, as the function body receives it, alongside the trademark argument that always took them.
  it.each([
    [true, true],
    [1, true],
    ["TRUE", true],
    ["yes", true],
    ["是", true],
    ["1", true],
    [false, false],
    [0, false],
    ["FALSE", false],
    ["no", false],
    ["否", false],
    ["0", false],
    [null, false],
    ["", false],
  ] as const)("sharedDesign %j is %s, and the trademark argument reads it the same way", (value, shared) => {
    expect(headcount("TMALL", 1000, "lean", value)).toBe(headcount("TMALL", 1000, "lean", shared));
    if (value !== null && value !== "")
      expect(parseProduct(defaultReferenceData().rateCard, { category: "APPAREL", price: 199, brandStatus: value })).toMatchObject({
        ok: true,
        value: { brandStatus: shared ? "registered" : "none" },
      });
  });

  it("nonsense gets the accepted values", () => {
    expect(() => headcount("TMALL", 1000, "lean", "maybe")).toThrow(/^sharedDesign: "maybe" is not recognised\..* Accepted: TRUE, FALSE\.$/);
  });
});
