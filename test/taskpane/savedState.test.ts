import fc from "fast-check";
import { readSavedState, serializeState } from "../../src/taskpane/wizard/savedState";
import { loadWorkbookState, saveWorkbookState } from "../../src/taskpane/office/workbookState";
import { defaultDraft } from "../../src/taskpane/wizard/wizardDraft";
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
    ["corrupt JSON", "{\"version\":1,", "not valid JSON"],
    ["foreign data", JSON.stringify({ hello: "world" }), "version"],
    ["a bad field", serializeState({ ...defaultDraft(), company: { ...defaultDraft().company, annualTarget: -5 } }, new Date()), "draft.company.annualTarget"],
    ["a 10 MB string", "x".repeat(10 * 1024 * 1024), "more than 1000000"],
    ["prototype-pollution keys", JSON.stringify({ version: 1, savedAt: new Date().toISOString(), draft: defaultDraft() }).replace('"draft"', '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"draft"'), "unknown field(s)"],
  ])("rejects %s with a message and no draft", (_what, raw, detail) => {
    const r = readSavedState(raw, "en");
    expect(r.draft).toBeUndefined();
    expect(r.notice).toContain("could not be read, so the wizard starts fresh");
    expect(r.notice).toContain(detail);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("recognises state from a newer add-in instead of misreading it", () => {
    expect(readSavedState(JSON.stringify({ version: 2, anything: true }), "zh")).toEqual({ draft: undefined, notice: "此工作簿由更新版本的 ChannelFit 保存,请更新插件以恢复输入。" });
  });

  it("keeps hostile text as plain data (it is rendered with textContent, never as HTML)", () => {
    const draft = { ...defaultDraft(), brand: "<img src=x onerror=alert(1)>" };
    expect(readSavedState(serializeState(draft, new Date()), "en").draft?.brand).toBe("<img src=x onerror=alert(1)>");
  });

  it("never throws, whatever the setting holds", () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json(), fc.anything()), (raw) => {
      const r = readSavedState(raw, "en");
      expect(r.draft === undefined || typeof r.draft.brand === "string").toBe(true);
    }));
  });
});
