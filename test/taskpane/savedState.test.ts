import fc from "fast-check";
import { readSavedState, serializeState } from "../../src/taskpane/wizard/savedState";
import { loadWorkbookState, saveWorkbookState } from "../../src/taskpane/office/workbookState";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { computePlan } from "../../src/taskpane/wizard/computePlan";
import { defaultDraft, STATE_VERSION } from "../../src/taskpane/wizard/wizardDraft";
import { FakeWorkbook } from "../support/fakeExcel";

describe("the wizard's state saved in the workbook", () => {
  it("round-trips through workbook settings", async () => {
    const book = new FakeWorkbook();
    const draft = { ...defaultDraft(), brand: "茶山 TeaHill" };
    await saveWorkbookState(book.run, draft, new Date("2026-11-22T09:00:00Z"));
    expect(await loadWorkbookState(book.run, "en")).toEqual({ draft, notice: "Restored the inputs saved in this workbook." });
  });

  it("opens fresh, silently, when nothing was saved", async () => {
    expect(await loadWorkbookState(new FakeWorkbook().run, "en")).toEqual({ draft: undefined, notice: undefined });
  });

  it.each([
    ["not text", 42, "not text"],
    ["corrupt JSON", '{"version":1,', "not valid JSON"],
    ["foreign data", JSON.stringify({ hello: "world" }), "version"],
    ["a bad field", serializeState({ ...defaultDraft(), company: { ...defaultDraft().company, annualTarget: -5 } }, new Date()), "draft.company.annualTarget"],
    ["a 10 MB string", "x".repeat(10 * 1024 * 1024), "more than 1000000"],
    [
      "prototype-pollution keys",
      JSON.stringify({ version: 1, savedAt: new Date().toISOString(), draft: defaultDraft() }).replace(
        '"draft"',
        '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"draft"',
      ),
      "unknown field(s)",
    ],
  ])("rejects %s with a message and no draft", (_what, raw, detail) => {
    const r = readSavedState(raw, "en");
    expect(r.draft).toBeUndefined();
    expect(r.notice).toContain("could not be read, so the wizard starts fresh");
    expect(r.notice).toContain(detail);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("recognises state from a newer add-in instead of misreading it", () => {
    expect(readSavedState(JSON.stringify({ version: 3, anything: true }), "zh")).toEqual({
      draft: undefined,
      notice: "此工作簿由更新版本的 ChannelFit 保存,请更新插件以恢复输入。",
    });
  });

  describe("state saved by the version-1 wizard (before brand stage and the user's own CPC)", () => {
    // Exactly what the version-1 wizard wrote: its default draft, with the old model's assumed ¥1.5 a click.
    const v1 = {
      version: 1,
      savedAt: "2026-11-20T08:00:00.000Z",
      draft: {
        brand: "茶山 TeaHill",
        company: {
          annualTarget: 5_000_000,
          monthlyAdBudget: 70_000,
          cityTier: 1,
          configuration: "standard",
          rentPerMonth: 12_000,
          otherFixedPerMonth: 0,
          conversionRate: 0.02,
          paidShare: 0.4,
          costPerClick: 1.5,
          maxPlatforms: 2,
          teamAvailable: 6,
        },
        products: [
          {
            sku: "SKU-1",
            name: "Cardigan",
            category: "APPAREL",
            price: 259,
            unitCost: 80,
            shipping: 8,
            monthlyOrders: 1000,
            ageBand: "25-30",
            gender: "female",
            cityTier: 2,
            brandStatus: "registered",
            contentCapacity: "medium",
          },
        ],
        overrides: [{ platform: "TMALL", field: "commission", category: "APPAREL", value: 0.04 }],
      },
    };

    it("is migrated: every input kept, brand stage new, the assumed CPC dropped, and the user told what to check", () => {
      expect(STATE_VERSION).toBe(2);
      const r = readSavedState(JSON.stringify(v1), "en");
      expect(r.notice).toMatch(/older ChannelFit.*brand stage is new.*cost per click is blank/);
      const { costPerClick: _assumed, ...kept } = v1.draft.company;
      expect(r.draft).toEqual({ ...v1.draft, company: { ...kept, brandStage: "new", currentAnnualSales: 0 } });
      expect(r.draft!.company.costPerClick).toBeUndefined();
      const planned = computePlan(defaultReferenceData(), r.draft!, "en", new Date("2026-11-23T00:00:00Z"));
      expect(planned.ok && planned.plan.company.costPerClick).toBeNull();
      expect(planned.ok && planned.plan.company.brandStage).toBe("new");
    });

    it("tells the user in zh too", () => {
      expect(readSavedState(JSON.stringify(v1), "zh").notice).toContain("旧版 ChannelFit");
    });

    it.each([
      ["a bad field", { ...v1, draft: { ...v1.draft, company: { ...v1.draft.company, annualTarget: "lots" } } }, "draft.company.annualTarget"],
      ["no draft", { version: 1, savedAt: v1.savedAt }, "draft"],
      ["a draft that is not an object", { ...v1, draft: "hello" }, "draft"],
      ["a company that is not an object", { ...v1, draft: { ...v1.draft, company: [1, 2] } }, "draft.company"],
    ])("with %s still gives a message and no draft", (_what, raw, detail) => {
      const r = readSavedState(JSON.stringify(raw), "en");
      expect(r.draft).toBeUndefined();
      expect(r.notice).toContain("could not be read");
      expect(r.notice).toContain(detail);
    });
  });

  it("keeps hostile text as plain data (it is rendered with textContent, never as HTML)", () => {
    const draft = { ...defaultDraft(), brand: "<img src=x onerror=alert(1)>" };
    expect(readSavedState(serializeState(draft, new Date()), "en").draft?.brand).toBe("<img src=x onerror=alert(1)>");
  });

  it("never throws, whatever the setting holds", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.anything()), (raw) => {
        const r = readSavedState(raw, "en");
        expect(r.draft === undefined || typeof r.draft.brand === "string").toBe(true);
      }),
    );
  });
});
